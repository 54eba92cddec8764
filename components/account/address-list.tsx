import { getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/ui/submit-button';
import type { SavedAddress } from '@/lib/accounts/addresses';
import { deleteAddressAction } from './address-actions';

const formatCep = (cep: string) => `${cep.slice(0, 5)}-${cep.slice(5)}`;

export async function AddressList({ addresses }: { addresses: SavedAddress[] }) {
  const t = await getTranslations('account.addresses');
  if (addresses.length === 0) return <p className="text-stone-600">{t('empty')}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid="address-list">
      {addresses.map((address) => {
        const label = address.label ?? address.recipient;
        return (
          <li
            key={address.id}
            className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4"
          >
            <p className="font-semibold">
              {label}{' '}
              {address.isDefault ? (
                <span className="ml-1 rounded bg-emerald-50 px-2 py-0.5 text-xs text-emerald-900">
                  {t('default')}
                </span>
              ) : null}
            </p>
            <address className="text-sm text-stone-700 not-italic">
              {address.recipient}
              <br />
              {address.street}, {address.number}
              {address.complement ? ` — ${address.complement}` : ''}
              <br />
              {address.district}, {address.city} — {address.state}
              <br />
              {formatCep(address.cep)}
            </address>
            <form action={deleteAddressAction}>
              <input type="hidden" name="addressId" value={address.id} />
              <SubmitButton variant="quiet" aria-label={t('deleteLabel', { label })}>
                {t('delete')}
              </SubmitButton>
            </form>
          </li>
        );
      })}
    </ul>
  );
}
