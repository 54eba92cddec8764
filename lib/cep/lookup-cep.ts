import 'server-only';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { getLogger } from '@/lib/log';
import { isUf, lookupLocalCep, type CepAddress } from './cep';

const TIMEOUT_MS = 2_000;

const viaCepSchema = z.union([
  z.object({ erro: z.union([z.literal(true), z.literal('true')]) }),
  z.object({
    logradouro: z.string().default(''),
    bairro: z.string().default(''),
    localidade: z.string(),
    uf: z.string(),
  }),
]);

const blank = (value: string) => value.trim() || null;

/**
 * CEP → address. CEP_PROVIDER_URL (ViaCEP-compatible) when set, with a short timeout; a
 * provider that is down or answers garbage degrades to the built-in table rather than failing
 * the form. A provider's explicit "no such CEP" is believed.
 */
export async function lookupCep(
  cep: string,
  fetcher: typeof fetch = fetch,
): Promise<CepAddress | undefined> {
  const base = getEnv().CEP_PROVIDER_URL;
  if (!base) return lookupLocalCep(cep);
  try {
    const response = await fetcher(`${base.replace(/\/$/, '')}/${cep}/json/`, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`CEP provider answered ${response.status}`);
    const body = viaCepSchema.parse(await response.json());
    if ('erro' in body) return undefined;
    const state = body.uf.toUpperCase();
    if (!isUf(state)) throw new Error('CEP provider answered an unknown state');
    return {
      cep,
      state,
      city: blank(body.localidade),
      street: blank(body.logradouro),
      district: blank(body.bairro),
      source: 'provider',
    };
  } catch (error) {
    getLogger().warn(
      { err: error, component: 'cep' },
      'CEP provider unavailable, using the local table',
    );
    return lookupLocalCep(cep);
  }
}
