import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { toErrorBody } from '@/lib/errors';
import { isFeatureEnabled, requireFeature } from '@/lib/features';
import type { Logger } from '@/lib/log';
import { planDispatch } from './plan-dispatch';

export const planRequestSchema = z.object({
  orderIds: z.array(z.uuid()).max(500).optional(),
  courierIds: z.array(z.uuid()).max(200).optional(),
  /** How long the optimizer may search; the baseline ignores it. */
  timeLimitMs: z.number().int().min(100).max(60_000).default(3_000),
  /**
   * `auto`: FEATURE_OR_TOOLS_LOGISTICS decides. `optimizer` asks for it explicitly and is refused
   * (404 feature_disabled) while the flag is off; `baseline` is always available.
   */
  planner: z.enum(['auto', 'baseline', 'optimizer']).default('auto'),
});
export type PlanRequest = z.output<typeof planRequestSchema>;

export const NDJSON = 'application/x-ndjson';

function optimizerWanted(request: PlanRequest): boolean {
  if (request.planner === 'optimizer') requireFeature('OR_TOOLS_LOGISTICS');
  return request.planner === 'auto'
    ? isFeatureEnabled('OR_TOOLS_LOGISTICS')
    : request.planner === 'optimizer';
}

/**
 * Runs a plan for `POST /api/logistics/plan`. With `Accept: application/x-ndjson` the answer is a
 * stream: `{"type":"progress",…}` lines while the optimizer improves (what the dispatch board
 * shows), then one `{"type":"result",…}` or `{"type":"error",…}` line. Otherwise plain JSON.
 */
export async function answerPlanRequest(
  req: Request,
  actor: Actor,
  request: PlanRequest,
  { ip, log }: { ip: string | null; log: Logger },
): Promise<Response | object> {
  const useOptimizer = optimizerWanted(request);
  const input = {
    orderIds: request.orderIds,
    courierIds: request.courierIds,
    timeLimitMs: request.timeLimitMs,
    useOptimizer,
    osrmUrl: getEnv().OSRM_URL,
    signal: req.signal,
    ip,
  };
  if (!req.headers.get('accept')?.includes(NDJSON)) return planDispatch(getDb(), actor, input);

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) =>
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await planDispatch(getDb(), actor, {
          ...input,
          onProgress: (progress) => send({ type: 'progress', ...progress }),
        });
        send({ type: 'result', ...result });
      } catch (error) {
        const { status, body } = toErrorBody(error);
        if (status >= 500) log.error({ err: error }, 'route planning failed');
        send({ type: 'error', status, ...body });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { 'content-type': `${NDJSON}; charset=utf-8`, 'cache-control': 'no-store' },
  });
}
