import 'server-only';
import { z } from 'zod';
import { normalizeCep } from '@/lib/cep/cep';
import { getCache } from '@/lib/cache';
import { getEnv } from '@/lib/env';
import { fieldError } from '@/lib/logistics/field-error';
import { getLogger } from '@/lib/log';
import { locateCepInTable, type CepLocation } from './locate-cep';

const TIMEOUT_MS = 2_500;
export const INVALID_CEP_MESSAGE = 'Enter a CEP with 8 digits.';
export const UNKNOWN_CEP_MESSAGE = 'We could not find this CEP.';
const CACHE_TTL_SECONDS = 30 * 24 * 3600;

/** Nominatim's jsonv2 search answer: an array of places, coordinates as decimal strings. */
const nominatimSchema = z.array(
  z.object({ lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180) }),
);

/**
 * GET <GEOCODER_URL>/search?postalcode=<cep>&country=br&format=jsonv2 (Nominatim-compatible).
 * Undefined when the provider knows no such postcode; throws when it is unreachable or odd.
 */
export async function searchNominatim(
  base: string,
  cep: string,
  fetcher: typeof fetch = fetch,
): Promise<CepLocation | undefined> {
  const url = new URL(`${base.replace(/\/$/, '')}/search`);
  url.search = new URLSearchParams({
    postalcode: `${cep.slice(0, 5)}-${cep.slice(5)}`,
    country: 'br',
    format: 'jsonv2',
    limit: '1',
  }).toString();
  const response = await fetcher(url, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
    // Nominatim's usage policy asks every client to identify itself.
    headers: { accept: 'application/json', 'user-agent': 'Loja shipping quotes' },
  });
  if (!response.ok) throw new Error(`geocoder answered ${response.status}`);
  const [first] = nominatimSchema.parse(await response.json());
  return first ? { lat: first.lat, lng: first.lon, precision: 8, source: 'geocoder' } : undefined;
}

/**
 * CEP → coordinates. With GEOCODER_URL: the provider (cached), falling back to the bundled
 * prefix table when it is down or does not know the CEP. Without: the table. A malformed CEP or
 * one outside every Correios range is a 422 naming `cep`.
 */
export async function geocodeCep(raw: string, fetcher: typeof fetch = fetch): Promise<CepLocation> {
  const cep = normalizeCep(raw);
  if (!cep) throw fieldError('cep', INVALID_CEP_MESSAGE);
  const local = locateCepInTable(cep);
  if (!local) throw fieldError('cep', UNKNOWN_CEP_MESSAGE);
  const base = getEnv().GEOCODER_URL;
  if (!base) return local;
  const key = `geo:cep:${cep}`;
  const cached = await getCache().get<CepLocation>(key);
  if (cached) return cached;
  try {
    const found = await searchNominatim(base, cep, fetcher);
    if (!found) return local;
    await getCache().set(key, found, CACHE_TTL_SECONDS);
    return found;
  } catch (error) {
    getLogger().warn(
      { err: error, component: 'geocoder' },
      'geocoder unavailable, using the CEP prefix table',
    );
    return local;
  }
}
