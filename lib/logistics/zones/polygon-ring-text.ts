/**
 * The zone form's polygon text ↔ the corners the map draws. Pure, for the browser. Only a single
 * ring round-trips; anything else (MultiPolygon, holes, invalid JSON) gives null.
 */

/** GeoJSON order: [longitude, latitude]. */
export type LngLat = [lng: number, lat: number];

/** One ring's corners (closing repeat dropped) from GeoJSON text; null when it is not one ring. */
export function ringFromText(text: string): LngLat[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const geometry =
    json && typeof json === 'object' && (json as { type?: unknown }).type === 'Feature'
      ? (json as { geometry?: unknown }).geometry
      : json;
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g?.type !== 'Polygon' || !Array.isArray(g.coordinates) || g.coordinates.length !== 1)
    return null;
  const ring = g.coordinates[0] as unknown[];
  if (!Array.isArray(ring)) return null;
  const points = ring.filter(
    (p): p is LngLat => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number',
  );
  if (points.length !== ring.length) return null;
  const [first, last] = [points[0], points.at(-1)];
  const open =
    points.length > 1 && first![0] === last![0] && first![1] === last![1]
      ? points.slice(0, -1)
      : points;
  return open.map(([lng, lat]) => [lng, lat]);
}

/** One closed GeoJSON Polygon from a ring's corners. */
export const ringToText = (corners: readonly LngLat[]) =>
  JSON.stringify({ type: 'Polygon', coordinates: [[...corners, corners[0]]] });
