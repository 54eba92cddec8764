import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * What the checkout's card form needs to tokenize with Vindi from the browser: the API base and
 * the store's public key (public by design; never VINDI_API_TOKEN). Null unless Vindi charges.
 */
export function getVindiCardConfig(): { apiUrl: string; publicKey: string } | null {
  const env = getEnv();
  if (env.PAYMENT_GATEWAY !== 'vindi' || !env.VINDI_API_URL || !env.VINDI_PUBLIC_KEY) return null;
  return { apiUrl: env.VINDI_API_URL, publicKey: env.VINDI_PUBLIC_KEY };
}
