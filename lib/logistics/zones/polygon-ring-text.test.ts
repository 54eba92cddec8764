import { describe, expect, it } from 'vitest';
import { ringFromText, ringToText, type LngLat } from './polygon-ring-text';

const triangle: LngLat[] = [
  [-46.66, -23.56],
  [-46.64, -23.56],
  [-46.65, -23.54],
];

describe('zone polygon text ↔ map corners', () => {
  it('round-trips a drawn triangle as one closed GeoJSON ring', () => {
    const text = ringToText(triangle);
    expect(JSON.parse(text)).toEqual({
      type: 'Polygon',
      coordinates: [[...triangle, triangle[0]]],
    });
    expect(ringFromText(text)).toEqual(triangle);
  });

  it('reads a pasted Feature, and an open ring as it is', () => {
    const feature = { type: 'Feature', geometry: JSON.parse(ringToText(triangle)) };
    expect(ringFromText(JSON.stringify(feature))).toEqual(triangle);
    const open = { type: 'Polygon', coordinates: [triangle] };
    expect(ringFromText(JSON.stringify(open))).toEqual(triangle);
  });

  it('gives null for what the map cannot draw: holes, MultiPolygon, bad JSON, bad points', () => {
    const ring = [...triangle, triangle[0]];
    expect(ringFromText(JSON.stringify({ type: 'Polygon', coordinates: [ring, ring] }))).toBeNull();
    expect(
      ringFromText(JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring]] })),
    ).toBeNull();
    expect(ringFromText('{"type":"Polygon"')).toBeNull();
    expect(
      ringFromText(JSON.stringify({ type: 'Polygon', coordinates: [[['a', 1], ...ring]] })),
    ).toBeNull();
  });
});
