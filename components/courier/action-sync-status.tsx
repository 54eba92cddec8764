'use client';

import { useTranslations } from 'next-intl';
import { StopSyncNotes } from './stop-sync-notes';
import { useOutboxSync } from './use-action-outbox';

/**
 * "2 ações aguardando conexão": the courier sees that the app kept what they did offline. Also
 * shows refusals for stops no longer on the route (`stopIds` are the stops the page shows).
 */
export function ActionSyncStatus({ stopIds }: { stopIds: readonly string[] }) {
  const t = useTranslations('courierSync');
  const { entries, flush } = useOutboxSync();
  const queued = entries.filter((entry) => entry.state === 'queued').length;
  const elsewhere = entries.filter(
    (entry) => entry.state === 'rejected' && !stopIds.includes(entry.stopId),
  );
  return (
    <>
      <div
        role="status"
        aria-live="polite"
        data-testid="action-sync"
        data-queued={queued}
        className={
          queued > 0
            ? 'flex items-center justify-between gap-2 rounded-md bg-amber-100 px-3 py-2 text-sm font-medium text-amber-900'
            : 'sr-only'
        }
      >
        {queued > 0 && (
          <>
            <span>{t('pending', { count: queued })}</span>
            <button
              type="button"
              onClick={flush}
              className="rounded-full border border-amber-900 px-3 py-1 text-xs font-semibold"
            >
              {t('sendNow')}
            </button>
          </>
        )}
      </div>
      <StopSyncNotes entries={elsewhere} withLabel />
    </>
  );
}
