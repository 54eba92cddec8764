import { CITY_RANGES, KNOWN_CEPS, STATE_RANGES, UFS, type Uf } from './cep-data';

export { UFS, type Uf };

export type CepAddress = {
  cep: string;
  state: Uf;
  city: string | null;
  street: string | null;
  district: string | null;
  source: 'provider' | 'local';
};

/** "01310-100" → "01310100"; undefined unless exactly eight digits remain. */
export function normalizeCep(value: string): string | undefined {
  const digits = value.replace(/[\s.-]/g, '');
  return /^\d{8}$/.test(digits) ? digits : undefined;
}

export function isUf(value: string): value is Uf {
  return (UFS as readonly string[]).includes(value);
}

const inRange = (prefix: number, [from, to]: readonly [number, number]) =>
  prefix >= from && prefix <= to;

/** The state a CEP belongs to, from Correios' ranges. */
export function stateForCep(cep: string): Uf | undefined {
  const prefix = Number(cep.slice(0, 5));
  return STATE_RANGES.find(([, range]) => inRange(prefix, range))?.[0];
}

/** What the built-in table knows: always the state, the city for large cities, rarely the street. */
export function lookupLocalCep(cep: string): CepAddress | undefined {
  const state = stateForCep(cep);
  if (!state) return undefined;
  const prefix = Number(cep.slice(0, 5));
  const city = CITY_RANGES.find(([, uf, range]) => uf === state && inRange(prefix, range))?.[0];
  const known = KNOWN_CEPS[cep];
  return {
    cep,
    state,
    city: city ?? null,
    street: known?.street ?? null,
    district: known?.district ?? null,
    source: 'local',
  };
}
