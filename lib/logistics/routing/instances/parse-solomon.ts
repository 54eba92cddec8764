import type { RoutingProblem } from '../types';
import { buildDistanceMatrix, type DistanceRounding } from './distance-matrix';

/**
 * Parses a Solomon VRPTW `.txt` file: the VEHICLE block gives fleet size and capacity, customer 0
 * is the depot whose due date closes every route. Travel time equals distance.
 */
export function parseSolomon(text: string, rounding: DistanceRounding = 'dimacs'): RoutingProblem {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const vehicleAt = lines.findIndex((line) => line.startsWith('VEHICLE'));
  const fleetLine = lines.slice(vehicleAt + 1).find((line) => /^\d/.test(line));
  const [count, capacity] = (fleetLine ?? '').split(/\s+/).map(Number);
  if (count === undefined || capacity === undefined) throw new Error('Missing VEHICLE block');
  const customerAt = lines.findIndex((line) => line.startsWith('CUSTOMER'));
  const rows = lines
    .slice(customerAt + 1)
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split(/\s+/).map(Number));
  const [depot, ...customers] = rows;
  if (!depot || depot[0] !== 0) throw new Error('Customer 0 (the depot) must come first');
  return {
    name: lines[0],
    orders: customers.map(([id, , , demand, ready, due, service]) => ({
      id: String(id),
      demand: demand!,
      serviceTime: service!,
      timeWindow: [ready!, due!] as const,
    })),
    vehicles: [{ id: 'vehicle', capacity, count }],
    depot: { timeWindow: [depot[4]!, depot[5]!] },
    distances: buildDistanceMatrix(
      rows.map((row) => row[1]!),
      rows.map((row) => row[2]!),
      rounding,
    ),
  };
}
