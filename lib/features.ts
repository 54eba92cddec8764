import { AppError } from '@/lib/errors';
import { getEnv, type Env } from '@/lib/env';

/** Experimental capabilities; each is off unless FEATURE_<NAME>=true (or 1). */
export const FEATURES = [
  'RECOMMENDATION_AI',
  'OR_TOOLS_LOGISTICS',
  'REAL_IOT',
  'FEEDBACK_LOOP',
  'TIMESCALEDB',
  'BIGQUERY_SYNC',
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type StripeMode = Env['STRIPE_MODE'];

export function isFeatureEnabled(name: FeatureName, env: Env = getEnv()): boolean {
  return env[`FEATURE_${name}`] === true;
}

/** Guards an API of a flagged capability: disabled answers 404 feature_disabled. */
export function requireFeature(name: FeatureName, env: Env = getEnv()): void {
  if (!isFeatureEnabled(name, env)) {
    throw new AppError('feature_disabled', `The ${name} feature is not enabled on this store.`);
  }
}

export function listEnabledFeatures(env: Env = getEnv()): FeatureName[] {
  return FEATURES.filter((name) => isFeatureEnabled(name, env));
}

/** sandbox (default, built-in demo gateway), test (Stripe test keys) or production (live). */
export function getStripeMode(env: Env = getEnv()): StripeMode {
  return env.STRIPE_MODE;
}
