import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import {
  ActionNotice,
  AdminPage,
  errorText,
  linkClass,
  param,
  quietButtonClass,
  type SearchParams,
} from '@/components/admin/admin-ui';
import { blockCustomerAction, unblockCustomerAction } from '@/components/admin/customer-actions';
import { CustomerDeleteForm } from '@/components/admin/customer-delete-form';
import { Forbidden } from '@/components/admin/forbidden';
import { SubmitButton } from '@/components/ui/submit-button';
import { getCustomer } from '@/lib/admin/customers/customer-ops';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.customers'))('title') };
}

export default async function AdminCustomerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/customers/${id}`);
  if (!hasPermission(actor, 'customers')) return <Forbidden />;
  const customer = await getCustomer(getDb(), id);
  if (!customer) notFound();
  const query = await searchParams;
  const error = param(query, 'error');
  const [t, ts, format, locale] = await Promise.all([
    getTranslations('adminDashboard.customers'),
    getTranslations('orders.status'),
    getFormatter(),
    getLocale(),
  ]);
  const { user } = customer;
  const notices = Object.fromEntries(
    (['blocked', 'unblocked', 'deleted'] as const).map((k) => [k, t(`notices.${k}`)]),
  );
  return (
    <AdminPage
      title={user.name}
      actions={
        <Link href="/admin/customers" className={linkClass}>
          {t('back')}
        </Link>
      }
    >
      <ActionNotice notice={param(query, 'notice')} error={error} notices={notices} />
      <section aria-labelledby="profile-heading" className="text-sm">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t('profile')}
        </h2>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>{t('email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('cpf')}</dt>
          <dd>{user.cpf ?? '—'}</dd>
          <dt>{t('phone')}</dt>
          <dd>{user.phone ?? '—'}</dd>
          <dt>{t('since')}</dt>
          <dd>{format.dateTime(user.createdAt, { dateStyle: 'medium' })}</dd>
          <dt>{t('verified')}</dt>
          <dd>{user.emailVerifiedAt ? t('yes') : t('no')}</dd>
          <dt>{t('state')}</dt>
          <dd data-testid="customer-state">
            {user.deletedAt ? t('deleted') : user.blockedAt ? t('blocked') : t('active')}
          </dd>
        </dl>
      </section>

      {!user.deletedAt ? (
        <section
          aria-labelledby="manage-heading"
          className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4"
        >
          <h2 id="manage-heading" className="text-lg font-semibold">
            {t('lgpd')}
          </h2>
          <form
            action={user.blockedAt ? unblockCustomerAction : blockCustomerAction}
            className="flex flex-col gap-1"
          >
            <input type="hidden" name="userId" value={user.id} />
            <div>
              <SubmitButton variant="quiet">
                {user.blockedAt ? t('unblock') : t('block')}
              </SubmitButton>
            </div>
            <p className="text-sm text-stone-700">{t('blockHelp')}</p>
          </form>
          <div>
            <a
              className={quietButtonClass}
              href={`/api/admin/customers/${user.id}/export`}
              download
            >
              {t('export')}
            </a>
          </div>
          <CustomerDeleteForm
            userId={user.id}
            serverErrors={
              error?.startsWith('confirm.') ? { confirm: [await errorText(error)] } : undefined
            }
          />
        </section>
      ) : null}

      <section aria-labelledby="orders-heading" className="flex flex-col gap-2">
        <h2 id="orders-heading" className="text-lg font-semibold">
          {t('orders')}
        </h2>
        <p className="text-sm">
          {t('orderCount', {
            count: customer.orderCount,
            spent: formatMoney(customer.spentCents, 'BRL', locale),
          })}
        </p>
        <ul className="text-sm">
          {customer.orders.map((order) => (
            <li key={order.id}>
              <Link href={`/admin/orders/${order.id}`} className={linkClass}>
                {order.number}
              </Link>{' '}
              · {format.dateTime(order.createdAt, { dateStyle: 'short' })} · {ts(order.status)} ·{' '}
              {formatMoney(order.totalCents, order.currency, locale)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="addresses-heading">
        <h2 id="addresses-heading" className="text-lg font-semibold">
          {t('addresses')}
        </h2>
        {customer.addresses.length === 0 ? <p className="text-sm">{t('noAddresses')}</p> : null}
        <ul className="grid gap-2 text-sm md:grid-cols-2">
          {customer.addresses.map((a) => (
            <li key={a.id} className="rounded-md border border-stone-200 bg-white p-2">
              <address className="not-italic">
                {a.recipient}
                <br />
                {a.street}, {a.number}
                {a.complement ? ` — ${a.complement}` : ''}
                <br />
                {a.district} · {a.city}/{a.state} · {a.cep}
              </address>
            </li>
          ))}
        </ul>
      </section>
    </AdminPage>
  );
}
