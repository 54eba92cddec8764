/** A position as the API takes it; recordedAt is the device's epoch milliseconds. */
export type QueuedPoint = {
  lat: number;
  lng: number;
  accuracy: number | null;
  speed: number | null;
  heading: number | null;
  recordedAt: number;
};

const KEY = 'loja.courier.positions';
/** About an hour of reports at one every few seconds; older ones are the least useful. */
const MAX_QUEUED = 2_000;

/**
 * Reports not yet accepted by the server, kept in localStorage so a reload or a dead zone loses
 * nothing. localStorage (not IndexedDB) because the queue is small and must be read synchronously
 * when the page comes back.
 */
export function loadQueue(): QueuedPoint[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedPoint[]) : [];
  } catch {
    return [];
  }
}

export function saveQueue(points: readonly QueuedPoint[]) {
  try {
    localStorage.setItem(KEY, JSON.stringify(points.slice(-MAX_QUEUED)));
  } catch {
    // Storage full or disabled: the in-memory queue still works until the page closes.
  }
}

export function toQueuedPoint(position: GeolocationPosition): QueuedPoint {
  const { latitude, longitude, accuracy, speed, heading } = position.coords;
  return {
    lat: latitude,
    lng: longitude,
    accuracy: Number.isFinite(accuracy) ? accuracy : null,
    speed: speed !== null && Number.isFinite(speed) && speed >= 0 ? speed : null,
    heading: heading !== null && Number.isFinite(heading) && heading >= 0 ? heading : null,
    recordedAt: Math.round(position.timestamp),
  };
}

/** Next retry delay: doubling from 2 s up to a minute. */
export const backoffMs = (failures: number) =>
  Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
