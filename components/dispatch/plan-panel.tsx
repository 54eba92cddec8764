'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

type Unassigned = { orderId: string; number: string; reason: string };
type Line =
  | { type: 'progress'; improvementPct: number; iterations: number }
  | {
      type: 'result';
      planner: 'baseline' | 'optimizer';
      routes: unknown[];
      unassigned: Unassigned[];
    }
  | { type: 'error'; error: { message: string } };

type View =
  | { phase: 'idle' }
  | { phase: 'running'; pct: number | null }
  | { phase: 'done'; routes: number; planner: 'baseline' | 'optimizer'; unassigned: Unassigned[] }
  | { phase: 'failed'; message: string };

/**
 * "Plan routes" / "Optimise routes": calls POST /api/logistics/plan and reads its NDJSON stream,
 * so the optimizer's progress shows while it searches. A fetch (not a server action) because a
 * server action cannot stream intermediate progress; the board refreshes when the plan is saved.
 */
export function PlanPanel({ optimiser }: { optimiser: boolean }) {
  const t = useTranslations('adminDispatch');
  const router = useRouter();
  const [view, setView] = useState<View>({ phase: 'idle' });

  async function plan() {
    setView({ phase: 'running', pct: null });
    try {
      const response = await fetch('/api/logistics/plan', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
        body: JSON.stringify({ timeLimitMs: 3000 }),
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as Line | null;
        const message = body && 'error' in body ? body.error.message : String(response.status);
        setView({ phase: 'failed', message });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const raw of lines) {
          if (!raw.trim()) continue;
          const line = JSON.parse(raw) as Line;
          if (line.type === 'progress') setView({ phase: 'running', pct: line.improvementPct });
          else if (line.type === 'error') setView({ phase: 'failed', message: line.error.message });
          else {
            setView({
              phase: 'done',
              routes: line.routes.length,
              planner: line.planner,
              unassigned: line.unassigned,
            });
            router.refresh();
          }
        }
      }
    } catch (error) {
      setView({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void plan()}
          disabled={view.phase === 'running'}
          className="rounded-full bg-emerald-800 px-5 py-2 text-sm font-semibold text-white hover:bg-emerald-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 disabled:opacity-60"
        >
          {optimiser ? t('plan.optimise') : t('plan.baseline')}
        </button>
        <p className="text-xs text-stone-600">
          {optimiser ? t('plan.hintOptimise') : t('plan.hintBaseline')}
        </p>
      </div>
      <div role="status" aria-live="polite" data-testid="plan-status" className="text-sm">
        {view.phase === 'running' &&
          (view.pct === null
            ? t('plan.running')
            : view.pct > 0
              ? t('plan.improving', { pct: view.pct.toFixed(1) })
              : t('plan.first'))}
        {view.phase === 'done' && (
          <div className="flex flex-col gap-1">
            <p className="font-medium text-emerald-900">
              {t('plan.done', { routes: view.routes, planner: t(`plan.planner.${view.planner}`) })}
            </p>
            {view.unassigned.length > 0 && (
              <div>
                <p className="font-medium text-red-900">{t('plan.unassigned')}</p>
                <ul className="list-disc pl-5" data-testid="unassigned">
                  {view.unassigned.map((u) => (
                    <li key={u.orderId}>
                      {u.number}: {t(`reason.${u.reason}` as 'reason.fleet_exhausted')}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {view.phase === 'failed' && (
          <p className="font-medium text-red-900">{t('plan.failed', { message: view.message })}</p>
        )}
      </div>
    </div>
  );
}
