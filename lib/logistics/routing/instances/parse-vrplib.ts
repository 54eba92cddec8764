import type { RoutingProblem } from '../types';
import { buildDistanceMatrix, type DistanceRounding } from './distance-matrix';

/**
 * Parses a TSPLIB/CVRPLIB `.vrp` file (EUC_2D coordinates only). The fleet is unlimited (the X
 * and CMT convention) unless `fleetSize` is given (A, B, P define it as k in the name); CMT's DISTANCE and SERVICE_TIME become max route duration and service
 * time. X files use CRLF and tabs, so every line is split on any whitespace.
 */
export function parseVrplib(
  text: string,
  rounding: DistanceRounding,
  fleetSize?: number,
): RoutingProblem {
  const header = new Map<string, string>();
  const sections = new Map<string, number[][]>();
  let section: number[][] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line === 'EOF') continue;
    const colon = line.indexOf(':');
    if (colon > 0 && /^[A-Z_]+\s*$/.test(line.slice(0, colon))) {
      header.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      section = null;
    } else if (/^[A-Z_]+_SECTION$/.test(line.split(/\s+/)[0]!)) {
      section = [];
      sections.set(line.split(/\s+/)[0]!, section);
    } else if (section) {
      section.push(line.split(/\s+/).map(Number));
    }
  }
  const type = header.get('EDGE_WEIGHT_TYPE');
  if (type !== 'EUC_2D') throw new Error(`Unsupported EDGE_WEIGHT_TYPE ${type ?? '(missing)'}`);
  const coords = sections.get('NODE_COORD_SECTION') ?? [];
  const demands = new Map((sections.get('DEMAND_SECTION') ?? []).map(([id, q]) => [id!, q!]));
  const depotId = sections.get('DEPOT_SECTION')?.[0]?.[0] ?? coords[0]?.[0];
  const depot = coords.find(([id]) => id === depotId);
  if (!depot) throw new Error('The depot has no coordinates');
  const customers = coords.filter(([id]) => id !== depotId);
  const capacity = Number(header.get('CAPACITY'));
  const serviceTime = Number(header.get('SERVICE_TIME') ?? 0);
  const maxDuration = header.has('DISTANCE') ? Number(header.get('DISTANCE')) : undefined;
  const points = [depot, ...customers];
  return {
    name: header.get('NAME'),
    orders: customers.map(([id]) => ({
      id: String(id),
      demand: demands.get(id!) ?? 0,
      serviceTime,
    })),
    vehicles: [{ id: 'vehicle', capacity, count: fleetSize ?? customers.length, maxDuration }],
    distances: buildDistanceMatrix(
      points.map((p) => p[1]!),
      points.map((p) => p[2]!),
      rounding,
    ),
  };
}
