import { describe, expect, it } from 'vitest';
import { STATE_RANGES } from '@/lib/cep/cep-data';
import { CEP_CENTROIDS } from './cep-centroids';
import { locateCepInTable } from './locate-cep';
import { pointInZonePolygon } from './point-in-polygon';

describe('locateCepInTable', () => {
  it('uses the longest known prefix', () => {
    expect(locateCepInTable('01310100')).toMatchObject({ precision: 5, lat: -23.5614 });
    expect(locateCepInTable('04101000')).toMatchObject({ precision: 3 });
    expect(locateCepInTable('85851000')).toMatchObject({ precision: 4 }); // Foz do Iguaçu
    expect(locateCepInTable('44001000')).toMatchObject({ precision: 2 });
  });

  it('resolves every three-digit sector inside a Correios state range to a point in Brazil', () => {
    for (const [, [from, to]] of STATE_RANGES) {
      for (let prefix = Math.floor(from / 100); prefix <= Math.floor(to / 100); prefix++) {
        const cep = `${String(prefix).padStart(3, '0')}00000`;
        const hit = locateCepInTable(cep);
        expect(hit, cep).toBeDefined();
        // Brazil's bounding box.
        expect(hit!.lat).toBeGreaterThan(-34);
        expect(hit!.lat).toBeLessThan(5.5);
        expect(hit!.lng).toBeGreaterThan(-74);
        expect(hit!.lng).toBeLessThan(-34.7);
      }
    }
  });

  it('answers nothing for a CEP outside every range or malformed', () => {
    expect(locateCepInTable('00000000')).toBeUndefined();
    expect(locateCepInTable('00999999')).toBeUndefined();
    expect(locateCepInTable('1234')).toBeUndefined();
  });

  it('keys are digit prefixes of 2 to 5 characters', () => {
    for (const key of Object.keys(CEP_CENTROIDS)) expect(key).toMatch(/^\d{2,5}$/);
  });
});

describe('pointInZonePolygon', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [-47, -24],
        [-46, -24],
        [-46, -23],
        [-47, -23],
        [-47, -24],
      ],
      [
        [-46.6, -23.6],
        [-46.4, -23.6],
        [-46.4, -23.4],
        [-46.6, -23.4],
        [-46.6, -23.6],
      ],
    ],
  };

  it('is inside the outer ring and outside holes', () => {
    expect(pointInZonePolygon({ lat: -23.8, lng: -46.8 }, square)).toBe(true);
    expect(pointInZonePolygon({ lat: -23.5, lng: -46.5 }, square)).toBe(false); // hole
    expect(pointInZonePolygon({ lat: -22.5, lng: -46.5 }, square)).toBe(false);
  });

  it('handles MultiPolygons', () => {
    const multi = { type: 'MultiPolygon' as const, coordinates: [square.coordinates] };
    expect(pointInZonePolygon({ lat: -23.8, lng: -46.8 }, multi)).toBe(true);
  });
});
