/**
 * The routing model shared by the optimizer, the baseline planner and the checker.
 * Location 0 of every matrix is the depot; location i + 1 is `orders[i]`.
 * Units are the caller's (metres and seconds, or benchmark units): the solver never converts.
 */
export interface RoutingOrder {
  id: string;
  demand: number;
  /** Time spent at the stop; counts towards route duration. */
  serviceTime?: number;
  /** Service may start no earlier than ready and no later than due (waiting is allowed). */
  timeWindow?: readonly [ready: number, due: number];
}

export interface RoutingVehicle {
  id: string;
  capacity: number;
  /** Leaves the depot no earlier than start, must be back by end. */
  shift?: readonly [start: number, end: number];
  /** Longest allowed time from leaving the depot to returning, service included. */
  maxDuration?: number;
  /** Added to the objective when the vehicle is used: a small value breaks ties towards fewer vehicles. */
  fixedCost?: number;
  /** Identical copies of this vehicle (default 1). Benchmarks use an unlimited fleet as count = orders. */
  count?: number;
  /**
   * Multiplies `travelTimes` for this vehicle (default 1): a courier at half the speed the matrix
   * assumes has 2. Distances (the objective) are unchanged; time windows, shift and max duration
   * are checked with the vehicle's own times.
   */
  travelTimeScale?: number;
}

export interface RoutingProblem {
  name?: string;
  orders: readonly RoutingOrder[];
  vehicles: readonly RoutingVehicle[];
  /** Row-major (orders + 1)² matrix; the objective is the sum of these along every route. */
  distances: Float64Array;
  /** Same layout; defaults to `distances` (benchmarks travel at unit speed). */
  travelTimes?: Float64Array;
  depot?: { timeWindow?: readonly [open: number, close: number] };
  /** Applies to every vehicle that does not set its own. */
  maxRouteDuration?: number;
}

export interface PlannedRoute {
  vehicle: string;
  /** Indices into `problem.orders`, in visiting order. */
  stops: number[];
  orderIds: string[];
  distance: number;
  load: number;
  departureTime: number;
  /** Arrival at each stop (service starts at max(arrival, ready)). */
  arrivalTimes: number[];
  returnTime: number;
  duration: number;
}

export type UnassignedReason =
  | 'demand_exceeds_capacity'
  | 'time_window_unreachable'
  | 'route_duration_exceeded'
  | 'fleet_exhausted';

export interface UnassignedOrder {
  order: number;
  orderId: string;
  reason: UnassignedReason;
}

export interface PlanStats {
  algorithm: 'baseline' | 'sisr';
  iterations: number;
  elapsedMs: number;
  timeToBestMs: number;
  initialCost: number;
  bestCost: number;
  /** 100 · (initial − best) / initial. */
  improvementPct: number;
}

export interface RoutingPlan {
  routes: PlannedRoute[];
  unassigned: UnassignedOrder[];
  /** Total distance plus the fixed cost of used vehicles. */
  cost: number;
  distance: number;
  stats: PlanStats;
}

export interface OptimizerProgress {
  elapsedMs: number;
  iterations: number;
  initialCost: number;
  bestCost: number;
  improvementPct: number;
  unassigned: number;
}

export interface OptimizerOptions {
  timeLimitMs?: number;
  /** Stops after this many ruin-and-recreate iterations: with it a run is fully reproducible. */
  maxIterations?: number;
  seed?: number;
  onProgress?: (progress: OptimizerProgress) => void;
  progressIntervalMs?: number;
  /** Annealing temperatures as multiples of the first plan's mean edge (tuning knob for benchmarks). */
  temperature?: { start: number; end: number };
  /** Polled every few hundred iterations; returning true stops the search with the best plan so far. */
  shouldStop?: () => boolean;
}
