import { AppError } from '@/lib/errors';
import type { LatLng, TravelMatrices } from './geo';

type OsrmTableResponse = {
  code: string;
  message?: string;
  distances?: (number | null)[][];
  durations?: (number | null)[][];
};

/** An unroutable pair (null in OSRM's answer) costs this much, so the solver avoids it. */
const UNREACHABLE = 10_000_000;

/**
 * Road distances and durations from an OSRM-compatible table service
 * (`GET {base}/table/v1/driving/{lng,lat;…}?annotations=distance,duration`).
 */
export async function fetchOsrmMatrices(
  baseUrl: string,
  points: readonly LatLng[],
  { timeoutMs = 10_000, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<TravelMatrices> {
  const coords = points.map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`).join(';');
  const url = `${baseUrl.replace(/\/+$/, '')}/table/v1/driving/${coords}?annotations=distance,duration`;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    throw new AppError('service_unavailable', 'The road-distance service did not answer.', {
      cause,
    });
  }
  const body = (await response.json().catch(() => null)) as OsrmTableResponse | null;
  if (!response.ok || body?.code !== 'Ok' || !body.distances || !body.durations) {
    throw new AppError(
      'service_unavailable',
      `The road-distance service refused the request (${body?.code ?? response.status}).`,
    );
  }
  const n = points.length;
  const distances = new Float64Array(n * n);
  const durations = new Float64Array(n * n);
  let metres = 0;
  let seconds = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (i === j) continue;
      const distance = body.distances[i]?.[j];
      const duration = body.durations[i]?.[j];
      distances[i * n + j] = Math.round(distance ?? UNREACHABLE);
      durations[i * n + j] = Math.round(duration ?? UNREACHABLE);
      if (typeof distance === 'number' && typeof duration === 'number') {
        metres += distance;
        seconds += duration;
      }
    }
  }
  // OSRM's profile speed over these very trips, so couriers' speeds scale it (travel-matrices.ts).
  const speedKmh = seconds > 0 ? (metres / seconds) * 3.6 : 0;
  return { distances, durations, source: 'osrm', speedKmh };
}
