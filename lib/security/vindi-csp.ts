import type { Env } from '@/lib/env';

/**
 * The origin the browser posts card data to (Vindi's public payment_profiles endpoint), or null
 * when Vindi is not the store's gateway. Only the origin: a CSP source cannot be narrower usefully.
 */
export function vindiCardOrigin(
  env: Pick<Env, 'PAYMENT_GATEWAY' | 'VINDI_API_URL' | 'VINDI_PUBLIC_KEY'>,
): string | null {
  if (env.PAYMENT_GATEWAY !== 'vindi' || !env.VINDI_API_URL || !env.VINDI_PUBLIC_KEY) return null;
  return new URL(env.VINDI_API_URL).origin;
}

/** Adds Vindi's API origin to connect-src only (plain fetch: no script, no frame from Vindi). */
export function withVindiSources(csp: string, origin: string | null): string {
  if (!origin) return csp;
  const directives = csp.split('; ');
  const index = directives.findIndex((d) => d.split(' ')[0] === 'connect-src');
  if (index === -1) directives.push(`connect-src 'self' ${origin}`);
  else directives[index] = `${directives[index]} ${origin}`;
  return directives.join('; ');
}
