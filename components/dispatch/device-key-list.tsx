import { getFormatter, getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DeviceKeySummary } from '@/lib/tracking/device-keys';
import { revokeDeviceKeyAction } from './device-key-actions';

/** The courier's device keys (never the key itself: its last four characters tell them apart). */
export async function DeviceKeyList({
  courierId,
  keys,
}: {
  courierId: string;
  keys: DeviceKeySummary[];
}) {
  const [t, format] = await Promise.all([getTranslations('adminDeviceKeys'), getFormatter()]);
  if (keys.length === 0) return <p className="text-sm text-stone-700">{t('empty')}</p>;
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : t('never');
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="border-b border-stone-300">
          <th className="py-2 pr-3">{t('columns.label')}</th>
          <th className="py-2 pr-3">{t('columns.created')}</th>
          <th className="py-2 pr-3">{t('columns.lastUsed')}</th>
          <th className="py-2 pr-3">{t('columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id} className="border-b border-stone-200" data-testid="device-key-row">
            <td className="py-2 pr-3">
              {key.label} <span className="font-mono text-stone-600">…{key.hint}</span>
            </td>
            <td className="py-2 pr-3">
              {t('createdBy', {
                when: when(key.createdAt),
                name: key.createdByName ?? t('unknown'),
              })}
            </td>
            <td className="py-2 pr-3">{when(key.lastUsedAt)}</td>
            <td className="py-2 pr-3">
              {key.revokedAt ? (
                t('revokedAt', { when: when(key.revokedAt) })
              ) : (
                <form action={revokeDeviceKeyAction}>
                  <input type="hidden" name="courierId" value={courierId} />
                  <input type="hidden" name="keyId" value={key.id} />
                  <SubmitButton
                    variant="danger"
                    aria-label={t('revokeNamed', { label: key.label })}
                  >
                    {t('revoke')}
                  </SubmitButton>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
