import type { RoutingProblem, UnassignedReason } from '../types';

/**
 * The problem compiled to flat typed arrays for the hot loops. Location 0 is the depot.
 * The fleet is expanded to one slot per vehicle copy; slots of the same vehicle share a class so
 * the search only ever tries one empty slot per class.
 */
export interface Instance {
  size: number;
  dist: Float64Array;
  /**
   * Travel times per slot: the problem's matrix itself for vehicles at scale 1 (so a homogeneous
   * fleet computes exactly as before), one scaled copy per distinct `travelTimeScale` otherwise.
   */
  slotTime: Float64Array[];
  demand: Float64Array;
  service: Float64Array;
  ready: Float64Array;
  due: Float64Array;
  slotCount: number;
  slotVehicle: Int32Array;
  slotCapacity: Float64Array;
  slotStart: Float64Array;
  /** Latest return to the depot: shift end, depot close and start + max duration folded together. */
  slotEnd: Float64Array;
  slotFixedCost: Float64Array;
  /** Whether any time limit can bind; without one the time checks are skipped. */
  timed: boolean;
  neighbourCount: number;
  /** neighbourCount nearest other orders of each location, row-major. */
  neighbours: Int32Array;
  /** Orders no single vehicle can serve, and why. */
  impossible: Map<number, UnassignedReason>;
}

const NEIGHBOURS = 40;

export function compileInstance(problem: RoutingProblem): Instance {
  const size = problem.orders.length + 1;
  if (problem.distances.length !== size * size) {
    throw new RangeError(`distances must hold ${size}×${size} values`);
  }
  const time = problem.travelTimes ?? problem.distances;
  const demand = new Float64Array(size);
  const service = new Float64Array(size);
  const ready = new Float64Array(size);
  const due = new Float64Array(size).fill(Infinity);
  const [open, close] = problem.depot?.timeWindow ?? [0, Infinity];
  let timed = Number.isFinite(close);
  problem.orders.forEach((order, i) => {
    demand[i + 1] = order.demand;
    service[i + 1] = order.serviceTime ?? 0;
    if (order.timeWindow) {
      ready[i + 1] = order.timeWindow[0];
      due[i + 1] = order.timeWindow[1];
      timed = true;
    }
  });

  const slots: number[] = [];
  problem.vehicles.forEach((vehicle, v) => {
    for (let k = 0; k < (vehicle.count ?? 1); k++) slots.push(v);
  });
  const slotCount = slots.length;
  const slotVehicle = Int32Array.from(slots);
  const slotCapacity = new Float64Array(slotCount);
  const slotStart = new Float64Array(slotCount);
  const slotEnd = new Float64Array(slotCount);
  const slotFixedCost = new Float64Array(slotCount);
  const scaled = new Map<number, Float64Array>([[1, time]]);
  const slotTime = slots.map((v) => {
    const scale = problem.vehicles[v]!.travelTimeScale ?? 1;
    if (!(scale > 0) || !Number.isFinite(scale)) {
      throw new RangeError(`vehicle ${problem.vehicles[v]!.id}: travelTimeScale must be > 0`);
    }
    let matrix = scaled.get(scale);
    if (!matrix) {
      matrix = time.map((t) => t * scale);
      scaled.set(scale, matrix);
    }
    return matrix;
  });
  slots.forEach((v, s) => {
    const vehicle = problem.vehicles[v]!;
    const [shiftStart, shiftEnd] = vehicle.shift ?? [-Infinity, Infinity];
    const start = Math.max(open, shiftStart);
    const maxDuration = vehicle.maxDuration ?? problem.maxRouteDuration ?? Infinity;
    slotCapacity[s] = vehicle.capacity;
    slotStart[s] = Number.isFinite(start) ? start : 0;
    slotEnd[s] = Math.min(close, shiftEnd, slotStart[s]! + maxDuration);
    slotFixedCost[s] = vehicle.fixedCost ?? 0;
    if (Number.isFinite(slotEnd[s]!)) timed = true;
  });

  const instance: Instance = {
    size,
    dist: problem.distances,
    slotTime,
    demand,
    service,
    ready,
    due,
    slotCount,
    slotVehicle,
    slotCapacity,
    slotStart,
    slotEnd,
    slotFixedCost,
    timed,
    neighbourCount: Math.min(NEIGHBOURS, Math.max(0, size - 2)),
    neighbours: new Int32Array(0),
    impossible: new Map(),
  };
  instance.neighbours = listNeighbours(instance);
  instance.impossible = findImpossibleOrders(instance);
  return instance;
}

function listNeighbours({ size, dist, neighbourCount }: Instance): Int32Array {
  const result = new Int32Array(size * neighbourCount);
  const others: number[] = [];
  for (let i = 1; i < size; i++) {
    others.length = 0;
    for (let j = 1; j < size; j++) if (j !== i) others.push(j);
    others.sort((a, b) => dist[i * size + a]! - dist[i * size + b]!);
    for (let k = 0; k < neighbourCount; k++) result[i * neighbourCount + k] = others[k]!;
  }
  return result;
}

function findImpossibleOrders(ins: Instance): Map<number, UnassignedReason> {
  const impossible = new Map<number, UnassignedReason>();
  for (let i = 1; i < ins.size; i++) {
    let fits = false;
    let reachable = false;
    let returns = false;
    for (let s = 0; s < ins.slotCount && !returns; s++) {
      if (ins.demand[i]! > ins.slotCapacity[s]!) continue;
      fits = true;
      const time = ins.slotTime[s]!;
      const start = Math.max(ins.slotStart[s]! + time[i]!, ins.ready[i]!);
      if (start > ins.due[i]!) continue;
      reachable = true;
      returns = start + ins.service[i]! + time[i * ins.size]! <= ins.slotEnd[s]!;
    }
    if (!fits) impossible.set(i, 'demand_exceeds_capacity');
    else if (!reachable) impossible.set(i, 'time_window_unreachable');
    else if (!returns) impossible.set(i, 'route_duration_exceeded');
  }
  return impossible;
}
