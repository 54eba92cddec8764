import { describe, expect, it } from 'vitest';
import { AppError, toErrorBody } from './errors';
import { EnvError, parseEnv } from './env';
import {
  FEATURES,
  getStripeMode,
  isFeatureEnabled,
  listEnabledFeatures,
  requireFeature,
} from './features';

describe('feature flags', () => {
  it('are all off by default', () => {
    expect(listEnabledFeatures(parseEnv({}))).toEqual([]);
  });

  it('turn on only for FEATURE_<NAME>=true or 1', () => {
    const env = parseEnv({
      FEATURE_RECOMMENDATION_AI: 'true',
      FEATURE_REAL_IOT: '1',
      FEATURE_TIMESCALEDB: 'false',
      FEATURE_BIGQUERY_SYNC: '',
    });
    expect(isFeatureEnabled('RECOMMENDATION_AI', env)).toBe(true);
    expect(isFeatureEnabled('REAL_IOT', env)).toBe(true);
    expect(isFeatureEnabled('TIMESCALEDB', env)).toBe(false);
    expect(isFeatureEnabled('BIGQUERY_SYNC', env)).toBe(false);
    expect(isFeatureEnabled('OR_TOOLS_LOGISTICS', env)).toBe(false);
    expect(listEnabledFeatures(env)).toEqual(['RECOMMENDATION_AI', 'REAL_IOT']);
  });

  it('rejects ambiguous values instead of guessing', () => {
    expect(() => parseEnv({ FEATURE_FEEDBACK_LOOP: 'yes' })).toThrow(EnvError);
  });

  it('each flag reads its own variable', () => {
    for (const name of FEATURES) {
      const env = parseEnv({ [`FEATURE_${name}`]: 'true' });
      expect(listEnabledFeatures(env)).toEqual([name]);
    }
  });

  it('requireFeature throws feature_disabled (404) when off and passes when on', () => {
    const off = parseEnv({});
    let thrown: unknown;
    try {
      requireFeature('RECOMMENDATION_AI', off);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(toErrorBody(thrown)).toMatchObject({
      status: 404,
      body: { error: { code: 'feature_disabled' } },
    });
    expect(() =>
      requireFeature('RECOMMENDATION_AI', parseEnv({ FEATURE_RECOMMENDATION_AI: 'true' })),
    ).not.toThrow();
  });

  it('Stripe mode defaults to sandbox', () => {
    expect(getStripeMode(parseEnv({}))).toBe('sandbox');
    expect(getStripeMode(parseEnv({ STRIPE_MODE: 'test', STRIPE_SECRET_KEY: 'sk_test_abc' }))).toBe(
      'test',
    );
  });
});
