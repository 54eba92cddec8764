import { stateForCep } from '@/lib/cep/cep';
import { CEP_CENTROIDS } from './cep-centroids';

export type GeoPoint = { lat: number; lng: number };

export type CepLocation = GeoPoint & {
  /** How many leading CEP digits the point stands for (8 = the exact address, from a geocoder). */
  precision: 2 | 3 | 4 | 5 | 8;
  source: 'table' | 'geocoder';
};

/**
 * The bundled table's best guess for an eight-digit CEP: the longest matching prefix. Undefined
 * when the CEP is outside every Correios state range (e.g. 00000-000), so callers can say so.
 */
export function locateCepInTable(cep: string): CepLocation | undefined {
  if (!/^\d{8}$/.test(cep) || !stateForCep(cep)) return undefined;
  for (const digits of [5, 4, 3, 2] as const) {
    const hit = CEP_CENTROIDS[cep.slice(0, digits)];
    if (hit) return { lat: hit[0], lng: hit[1], precision: digits, source: 'table' };
  }
  return undefined;
}
