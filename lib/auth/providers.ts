import { getEnv } from '@/lib/env';

/** "Sign in with Google" exists only when both OAuth variables are set. */
export function isGoogleSignInEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET);
}
