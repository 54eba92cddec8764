'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { CourierStop } from '@/lib/logistics/dispatch/courier-route';
import type { CourierStep } from './action-queue';
import { navigationUrl } from './navigation-url';
import { ProofForm } from './proof-form';
import { StopSyncNotes } from './stop-sync-notes';
import { courierOutbox, useQueuedActions } from './use-action-outbox';
import { useSyncErrorText } from './use-sync-error-text';

const FAILURE_REASONS = [
  'recipient_absent',
  'address_not_found',
  'refused',
  'unsafe_area',
  'damaged',
  'other',
] as const;

const button =
  'rounded-full px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 disabled:opacity-60';

/**
 * One stop of the courier's route with its actions. Mutations go to the courier API (the same
 * endpoints serve the installed PWA and API clients with tokens) through the device's action
 * queue: without a connection they wait on the phone and go out when it is back. The page
 * re-renders from the server after an action was applied.
 */
export function StopCard({ stop, routeRunning }: { stop: CourierStop; routeRunning: boolean }) {
  const t = useTranslations('courierApp');
  const router = useRouter();
  const tSync = useTranslations('courierSync');
  const errorText = useSyncErrorText();
  const [panel, setPanel] = useState<'none' | 'deliver' | 'fail'>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const held = useQueuedActions().filter((a) => a.stopId === stop.id);
  const waiting = held.filter((a) => a.state === 'queued');
  const closedHere = waiting.some((a) => a.step !== 'arrive');
  const open = (stop.status === 'pending' || stop.status === 'arrived') && !closedHere;
  const arrivedHere = stop.status === 'arrived' || waiting.some((a) => a.step === 'arrive');

  async function run(step: CourierStep, body?: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      const label = `${t('stop', { sequence: stop.sequence })} · ${stop.orderNumber}`;
      const { state, entry } = await courierOutbox().submit({ stopId: stop.id, step, body, label });
      if (state === 'rejected' && entry.error) {
        setError(errorText(entry.error));
        if (entry.error.wrongCode) router.refresh();
        return;
      }
      setPanel('none');
      if (state === 'done') router.refresh();
    } catch (e) {
      setError(t('error', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  function submitFailure(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const note = String(form.get('note') ?? '').trim();
    void run('fail', { reason: form.get('reason'), ...(note ? { note } : {}) });
  }

  const plannedTime = stop.plannedArrivalAt
    ? new Intl.DateTimeFormat(undefined, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'America/Sao_Paulo',
      }).format(new Date(stop.plannedArrivalAt))
    : null;

  return (
    <article
      aria-labelledby={`stop-${stop.id}`}
      data-testid="courier-stop"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4"
    >
      <header className="flex items-start justify-between gap-2">
        <div>
          <h2 id={`stop-${stop.id}`} className="text-lg font-semibold">
            {t('stop', { sequence: stop.sequence })} · {stop.recipient}
          </h2>
          <p className="text-sm text-stone-700">{stop.addressLine}</p>
          <p className="text-xs text-stone-600">
            <span className="font-mono">{stop.orderNumber}</span>
            {plannedTime && ` · ${t('planned', { time: plannedTime })}`}
          </p>
        </div>
        <span className="flex flex-col items-end gap-1">
          <span
            className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-800"
            data-testid="stop-status"
          >
            {t(`status.${stop.status}`)}
          </span>
          {waiting.length > 0 && (
            <span
              className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"
              data-testid="stop-sync"
            >
              {tSync('stopPending')}
            </span>
          )}
        </span>
      </header>
      <StopSyncNotes entries={held} />
      {open && (
        <div className="flex flex-wrap gap-2">
          <a
            href={navigationUrl(stop)}
            target="_blank"
            rel="noreferrer"
            className={`${button} border border-stone-400 bg-white text-stone-900`}
          >
            {t('navigate')}
          </a>
          {routeRunning && !arrivedHere && (
            <button
              type="button"
              disabled={busy}
              onClick={() => void run('arrive')}
              className={`${button} bg-emerald-800 text-white`}
            >
              {t('arrived')}
            </button>
          )}
          {routeRunning && (
            <>
              <button
                type="button"
                disabled={busy}
                onClick={() => setPanel('deliver')}
                className={`${button} bg-emerald-800 text-white`}
              >
                {t('deliver')}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => setPanel('fail')}
                className={`${button} border border-red-800 bg-white text-red-800`}
              >
                {t('fail')}
              </button>
            </>
          )}
        </div>
      )}
      <div role="alert" className="text-sm font-medium text-red-800">
        {error}
      </div>
      {panel === 'deliver' && (
        <ProofForm
          attemptsLeft={stop.codeAttemptsLeft}
          busy={busy}
          onCancel={() => setPanel('none')}
          onSubmit={(body) => void run('deliver', body)}
        />
      )}
      {panel === 'fail' && (
        <form onSubmit={submitFailure} className="flex flex-col gap-3 rounded-md bg-stone-50 p-3">
          <h3 className="font-semibold">{t('failure.title')}</h3>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-semibold">{t('failure.reason')}</span>
            <select name="reason" className="rounded-md border border-stone-400 bg-white px-2 py-2">
              {FAILURE_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`failure.reasons.${reason}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-semibold">{t('failure.note')}</span>
            <input
              name="note"
              maxLength={300}
              className="rounded-md border border-stone-400 bg-white px-2 py-2"
            />
          </label>
          <div className="flex gap-2">
            <button type="submit" disabled={busy} className={`${button} bg-red-800 text-white`}>
              {t('failure.submit')}
            </button>
            <button
              type="button"
              onClick={() => setPanel('none')}
              className={`${button} border border-stone-400 bg-white`}
            >
              {t('proof.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
