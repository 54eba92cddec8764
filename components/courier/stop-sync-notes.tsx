'use client';

import { useTranslations } from 'next-intl';
import type { QueuedAction } from './action-queue';
import { courierOutbox } from './use-action-outbox';
import { useSyncErrorText } from './use-sync-error-text';

/**
 * What the device holds for a stop: actions waiting for a connection, and actions the server
 * refused when they were replayed (wrong code, stop moved to another route…), until dismissed.
 * `withLabel` names the stop, for entries whose stop is no longer on the courier's route.
 */
export function StopSyncNotes({
  entries,
  withLabel = false,
}: {
  entries: readonly QueuedAction[];
  withLabel?: boolean;
}) {
  const t = useTranslations('courierSync');
  const errorText = useSyncErrorText();
  if (entries.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2 text-sm" data-testid="stop-sync-notes">
      {entries.map((entry) =>
        entry.state === 'queued' ? (
          <li key={entry.seq} className="text-amber-900" data-state="queued">
            {t('queued', { step: t(`steps.${entry.step}`) })}
          </li>
        ) : (
          // The alert sits inside the item: an <li role="alert"> is no list item to assistive tech.
          <li key={entry.seq} data-state="rejected">
            <div
              role="alert"
              className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-red-50 px-3 py-2 font-medium text-red-800"
            >
              <span>
                {withLabel && entry.label && <span className="font-mono">{entry.label} · </span>}
                {t('rejected', {
                  step: t(`steps.${entry.step}`),
                  reason: entry.error ? errorText(entry.error) : '',
                })}
              </span>
              <button
                type="button"
                onClick={() => void courierOutbox().dismiss(entry.seq)}
                className="rounded-full border border-red-800 bg-white px-3 py-1 text-xs font-semibold"
              >
                {t('dismiss')}
              </button>
            </div>
          </li>
        ),
      )}
    </ul>
  );
}
