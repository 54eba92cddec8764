/**
 * Checks on a zone polygon's rings beyond GeoJSON's shape: enough distinct corners, no edge
 * crossing another (a bow-tie has no sensible inside), and every point in Brazil, where the
 * store delivers (a swapped [lat, lng] pair lands in the ocean and is caught here). Positions
 * are GeoJSON's [longitude, latitude]. Pure: used by the form in the browser and the server.
 */

/** Brazil's extremes (Ponta do Seixas, Chuí, Monte Caburaí, Serra do Divisor; Trindade island). */
export const BRAZIL_BOUNDS = { minLng: -74, maxLng: -28, minLat: -34, maxLat: 6 } as const;

export type RingIssue = 'ring_too_few_points' | 'ring_self_intersecting' | 'polygon_outside_brazil';

type Point = readonly number[];

const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/** The ring's corners without the closing repeat of the first. */
function corners(ring: readonly Point[]): Point[] {
  return ring.length > 1 && same(ring[0]!, ring.at(-1)!) ? ring.slice(0, -1) : [...ring];
}

export function inBrazil([lng, lat]: Point): boolean {
  const b = BRAZIL_BOUNDS;
  return lng! >= b.minLng && lng! <= b.maxLng && lat! >= b.minLat && lat! <= b.maxLat;
}

/** Sign of the turn a→b→c: >0 left, <0 right, 0 collinear. */
const orient = (a: Point, b: Point, c: Point) =>
  Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));

const onSegment = (a: Point, b: Point, p: Point) =>
  Math.min(a[0]!, b[0]!) <= p[0]! &&
  p[0]! <= Math.max(a[0]!, b[0]!) &&
  Math.min(a[1]!, b[1]!) <= p[1]! &&
  p[1]! <= Math.max(a[1]!, b[1]!);

/** Whether segments ab and cd touch or cross (collinear overlaps included). */
export function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/** True when two edges that do not share a corner touch, or a corner repeats. */
export function isSelfIntersecting(ring: readonly Point[]): boolean {
  const pts = corners(ring);
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (same(pts[i]!, pts[j]!)) return true;
      // Edges i and j are neighbours when they share a corner: j = i + 1, or the wrap-around.
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsIntersect(pts[i]!, pts[(i + 1) % n]!, pts[j]!, pts[(j + 1) % n]!)) return true;
    }
  }
  return false;
}

/** The first problem with one closed ring, or null. */
export function ringIssue(ring: readonly Point[]): RingIssue | null {
  const pts = corners(ring);
  const distinct = new Set(pts.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return 'ring_too_few_points';
  if (!pts.every(inBrazil)) return 'polygon_outside_brazil';
  if (isSelfIntersecting(ring)) return 'ring_self_intersecting';
  // Three distinct but collinear corners enclose nothing.
  if (pts.every((p) => orient(pts[0]!, pts[1]!, p) === 0)) return 'ring_too_few_points';
  return null;
}
