import 'server-only';
import { planRoutes, type OptimizerProgress, type PlanStats } from '@/lib/logistics/routing';
import type { Actor } from '@/lib/auth/actor';
import type { Database } from '@/lib/db/client';
import {
  buildRoutingProblem,
  matrixPoints,
  matrixSpeedKmh,
  remainingShift,
  type DispatchUnassignedReason,
} from './build-problem';
import { listPlannableCouriers } from './couriers';
import { getDispatchSettings } from './depot';
import type { TravelMatrices } from './geo';
import { persistPlannedRoutes, type PersistedRoute } from './persist-routes';
import { listReadyOrders } from './ready-orders';
import { readStoreClock } from '@/lib/time/store-clock';
import { loadTravelMatrices } from './travel-matrices';

export type PlanDispatchInput = {
  orderIds?: readonly string[];
  courierIds?: readonly string[];
  timeLimitMs?: number;
  /** isFeatureEnabled('OR_TOOLS_LOGISTICS'), read by the caller where the request is. */
  useOptimizer: boolean;
  /** OSRM-compatible table service; haversine distances without it. */
  osrmUrl?: string;
  onProgress?: (progress: OptimizerProgress) => void;
  signal?: AbortSignal;
  ip?: string | null;
  now?: Date;
};

export type DispatchPlanResult = {
  planner: 'baseline' | 'optimizer';
  distanceSource: TravelMatrices['source'];
  routes: PersistedRoute[];
  unassigned: { orderId: string; number: string; reason: DispatchUnassignedReason }[];
  stats: PlanStats | null;
};

/**
 * Plans today's routes for the ready own-fleet orders with the available couriers: builds the
 * routing model (store origin as depot, package weights against vehicle capacity, shifts from
 * working hours), runs the baseline or the optimizer, and saves routes and stops in one
 * transaction. Orders that cannot be served are reported with a reason and stay ready.
 */
export async function planDispatch(
  db: Database,
  actor: Actor,
  input: PlanDispatchInput,
): Promise<DispatchPlanResult> {
  const clock = readStoreClock(input.now);
  const settings = await getDispatchSettings(db);
  const ready = await listReadyOrders(db, {
    orderIds: input.orderIds,
    defaultWeightGrams: settings.defaultWeightGrams,
  });
  const couriers = (await listPlannableCouriers(db, input.courierIds)).filter((c) =>
    remainingShift(c, clock),
  );
  const planner = input.useOptimizer ? 'optimizer' : 'baseline';
  const routable = ready.filter((order) => order.location);
  const unassigned: DispatchPlanResult['unassigned'] = ready
    .filter((order) => !order.location)
    .map((order) => ({ orderId: order.id, number: order.number, reason: 'missing_location' }));

  if (routable.length === 0 || couriers.length === 0) {
    for (const order of routable) {
      unassigned.push({ orderId: order.id, number: order.number, reason: 'no_courier_available' });
    }
    return { planner, distanceSource: 'haversine', routes: [], unassigned, stats: null };
  }

  const points = matrixPoints(settings.depot, routable);
  const matrices = await loadTravelMatrices(points, matrixSpeedKmh(couriers), input.osrmUrl);
  const problem = buildRoutingProblem({ orders: routable, couriers, clock, matrices });
  const plan = await planRoutes(problem, {
    useOptimizer: input.useOptimizer,
    timeLimitMs: input.timeLimitMs,
    seed: 1,
    onProgress: input.onProgress,
    signal: input.signal,
  });
  for (const missed of plan.unassigned) {
    const order = routable[missed.order]!;
    unassigned.push({ orderId: order.id, number: order.number, reason: missed.reason });
  }
  const routes = await persistPlannedRoutes(db, actor, {
    plan,
    orders: routable,
    couriers,
    clock,
    planner,
    ip: input.ip,
  });
  return { planner, distanceSource: matrices.source, routes, unassigned, stats: plan.stats };
}
