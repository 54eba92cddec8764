import { useFormatter, useTranslations } from 'next-intl';
import type { TrackingState } from './tracking-state';

/** The order's status history, oldest first (labels shared with the order page). */
export function TrackingTimeline({ timeline }: { timeline: TrackingState['timeline'] }) {
  const t = useTranslations('tracking.page');
  const tOrders = useTranslations('orders');
  const format = useFormatter();
  if (timeline.length === 0) return null;
  return (
    <section aria-labelledby="tracking-timeline" className="flex flex-col gap-2">
      <h2 id="tracking-timeline" className="text-lg font-semibold">
        {t('timeline')}
      </h2>
      <ol className="flex flex-col gap-1 text-sm" data-testid="tracking-timeline">
        {timeline.map((event) => (
          <li key={`${event.status}-${event.at}`} data-status={event.status}>
            <time dateTime={event.at}>
              {format.dateTime(new Date(event.at), { dateStyle: 'short', timeStyle: 'short' })}
            </time>{' '}
            — {tOrders(`status.${event.status}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}
