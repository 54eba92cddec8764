'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/action-state';
import { FormStatus } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { cancelRouteAction, reorderRouteAction } from './route-actions';

export type RouteStopRow = {
  id: string;
  sequence: number;
  number: string;
  status: 'pending' | 'arrived' | 'delivered' | 'failed';
  /** Recipient · district, ETA and status, already formatted by the page. */
  label: string;
  detail: string;
  proofHref: string | null;
};

const moveClass =
  'rounded-full border border-stone-400 px-2 py-0.5 text-sm focus-visible:outline-2 focus-visible:outline-emerald-700 disabled:opacity-40';

/**
 * A route's stops in order. On an open route each pending stop moves up or down among the
 * pending ones (native buttons: keyboard accessible without scripts); each button submits the
 * whole new pending order with the version the board showed, so a stale board is refused. A
 * planned route can be cancelled.
 */
export function RouteStops({
  route,
}: {
  route: {
    id: string;
    courierName: string;
    status: 'planned' | 'in_progress' | 'completed' | 'cancelled';
    version: string;
    stops: RouteStopRow[];
  };
}) {
  const t = useTranslations('adminDispatch');
  const [reorderState, reorder] = useActionState(reorderRouteAction, initialActionState);
  const [cancelState, cancel] = useActionState(cancelRouteAction, initialActionState);
  const open = route.status === 'planned' || route.status === 'in_progress';
  const pending = route.stops.filter((s) => s.status === 'pending').map((s) => s.id);
  const movable = open && pending.length > 1;

  function moved(stopId: string, by: -1 | 1): string[] | null {
    const from = pending.indexOf(stopId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= pending.length) return null;
    const order = [...pending];
    [order[from], order[to]] = [order[to]!, order[from]!];
    return order;
  }

  function moveButton(stop: RouteStopRow, by: -1 | 1) {
    const order = moved(stop.id, by);
    const key = by < 0 ? 'moveUp' : 'moveDown';
    return (
      <form action={reorder} className="inline">
        <input type="hidden" name="routeId" value={route.id} />
        <input type="hidden" name="expectedVersion" value={route.version} />
        {order?.map((id) => (
          <input key={id} type="hidden" name="stopIds" value={id} />
        ))}
        <button
          type="submit"
          disabled={!order}
          aria-label={t(`edit.${key}`, { sequence: stop.sequence, number: stop.number })}
          className={moveClass}
        >
          {by < 0 ? '↑' : '↓'}
        </button>
      </form>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <ol className="flex flex-col gap-1 text-sm" data-testid="route-stops">
        {route.stops.map((stop) => (
          <li
            key={stop.id}
            className="flex flex-wrap items-center justify-between gap-2"
            data-stop={stop.number}
          >
            <span className="flex flex-wrap items-center gap-1">
              {movable && stop.status === 'pending' && (
                <>
                  {moveButton(stop, -1)}
                  {moveButton(stop, 1)}
                </>
              )}
              <span className="font-semibold">{stop.sequence}.</span>{' '}
              <span className="font-mono">{stop.number}</span> · {stop.label}
            </span>
            <span className="text-stone-700">
              {stop.detail}
              {stop.proofHref && (
                <>
                  {' · '}
                  <a
                    href={stop.proofHref}
                    target="_blank"
                    rel="noreferrer"
                    className="text-emerald-800 underline"
                  >
                    {t('proof')}
                  </a>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
      <FormStatus state={reorderState} />
      {/* Success redirects to the board with a banner: the cancelled route leaves the list. */}
      {route.status === 'planned' && (
        <form action={cancel}>
          <input type="hidden" name="routeId" value={route.id} />
          <input type="hidden" name="expectedVersion" value={route.version} />
          <SubmitButton
            variant="danger"
            aria-label={t('edit.cancelLabel', { courier: route.courierName })}
          >
            {t('edit.cancel')}
          </SubmitButton>
        </form>
      )}
      <FormStatus state={cancelState} />
    </div>
  );
}
