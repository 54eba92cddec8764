import { vi } from 'vitest';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { resetEnvForTests } from '@/lib/env';
import { startVindiStandIn } from './vindi-stand-in';

/**
 * A test database plus a Vindi stand-in, with the app configured to use it as its gateway (the
 * private token, the stand-in's public key and the webhook secret). `stop` undoes all of it.
 */
export async function useVindiTestEnvironment(apiKey: string, webhookSecret: string) {
  // eslint-disable-next-line react-hooks/rules-of-hooks -- a test-database helper, not a React hook
  const t = await useAuthTestDatabase();
  const standIn = await startVindiStandIn(apiKey);
  vi.stubEnv('PAYMENT_GATEWAY', 'vindi');
  vi.stubEnv('VINDI_API_URL', standIn.url);
  vi.stubEnv('VINDI_API_TOKEN', apiKey);
  vi.stubEnv('VINDI_PUBLIC_KEY', standIn.publicKey);
  vi.stubEnv('VINDI_WEBHOOK_SECRET', webhookSecret);
  resetEnvForTests();
  const stop = async () => {
    vi.unstubAllEnvs();
    resetEnvForTests();
    await standIn.close();
    await t.release();
  };
  return { t, standIn, stop };
}
