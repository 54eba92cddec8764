import { describe, expect, it } from 'vitest';
import { isSelfIntersecting, ringIssue, segmentsIntersect } from './polygon-geometry';
import { parsePolygon } from './zone-form-schema';

const close = (pts: number[][]) => [...pts, pts[0]!];
/** Around Avenida Paulista, São Paulo: [lng, lat]. */
const triangle = close([
  [-46.66, -23.56],
  [-46.64, -23.56],
  [-46.65, -23.54],
]);
const square = close([
  [-46.7, -23.6],
  [-46.6, -23.6],
  [-46.6, -23.5],
  [-46.7, -23.5],
]);
const bowTie = close([
  [-46.7, -23.6],
  [-46.6, -23.5],
  [-46.6, -23.6],
  [-46.7, -23.5],
]);
const polygon = (ring: number[][]) => JSON.stringify({ type: 'Polygon', coordinates: [ring] });

describe('zone polygon geometry', () => {
  it('accepts a triangle and a square in Brazil', () => {
    expect(ringIssue(triangle)).toBeNull();
    expect(ringIssue(square)).toBeNull();
    expect(parsePolygon(polygon(triangle))).toEqual({ type: 'Polygon', coordinates: [triangle] });
  });

  it('refuses fewer than three distinct corners, or corners on one line', () => {
    const twice = close([
      [-46.66, -23.56],
      [-46.64, -23.56],
      [-46.64, -23.56],
    ]);
    expect(ringIssue(twice)).toBe('ring_too_few_points');
    const line = close([
      [-46.66, -23.56],
      [-46.65, -23.56],
      [-46.64, -23.56],
    ]);
    expect(ringIssue(line)).toBe('ring_too_few_points');
    expect(parsePolygon(polygon(twice))).toBe('ring_too_few_points');
  });

  it('finds an outline that crosses itself, or revisits a corner', () => {
    expect(isSelfIntersecting(bowTie)).toBe(true);
    expect(isSelfIntersecting(square)).toBe(false);
    const revisit = close([
      [-46.7, -23.6],
      [-46.6, -23.6],
      [-46.65, -23.55],
      [-46.6, -23.5],
      [-46.65, -23.55],
      [-46.7, -23.5],
    ]);
    expect(isSelfIntersecting(revisit)).toBe(true);
    expect(parsePolygon(polygon(bowTie))).toBe('ring_self_intersecting');
  });

  it('segment test: crossing, touching, collinear overlap and apart', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [2, 0], [3, 1])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(segmentsIntersect([0, 0], [1, 1], [0, 1], [0.4, 0.6])).toBe(false);
  });

  it('refuses points outside Brazil, e.g. [lat, lng] swapped or Lisbon', () => {
    const swapped = triangle.map(([lng, lat]) => [lat!, lng!]);
    expect(parsePolygon(polygon(swapped))).toBe('polygon_outside_brazil');
    const lisbon = close([
      [-9.15, 38.72],
      [-9.13, 38.72],
      [-9.14, 38.74],
    ]);
    expect(ringIssue(lisbon)).toBe('polygon_outside_brazil');
  });

  it('says which rule a pasted polygon broke: open ring, not GeoJSON, any ring of a MultiPolygon', () => {
    expect(
      parsePolygon(JSON.stringify({ type: 'Polygon', coordinates: [triangle.slice(0, -1)] })),
    ).toBe('ring_not_closed');
    expect(parsePolygon('{"type":"Point","coordinates":[-46.6,-23.5]}')).toBe('invalid_polygon');
    expect(parsePolygon('not json')).toBe('invalid_json');
    const multi = { type: 'MultiPolygon', coordinates: [[square], [bowTie]] };
    expect(parsePolygon(JSON.stringify(multi))).toBe('ring_self_intersecting');
  });
});
