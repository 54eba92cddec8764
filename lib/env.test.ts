import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const strong = 'x'.repeat(24) + 'Strong-Secret-123';
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://loja@db.internal:5432/loja',
  JWT_SECRET: strong,
  JWT_REFRESH_SECRET: `${strong}-r`,
  METRICS_TOKEN: `${strong}-m`,
};

function problemsOf(source: Record<string, string>) {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
  throw new Error('expected parseEnv to throw');
}

describe('parseEnv', () => {
  it('runs with no configuration at all in development', () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.isDemo).toBe(true);
    expect(env.STRIPE_MODE).toBe('sandbox');
    expect(env.FEATURE_RECOMMENDATION_AI).toBe(false);
  });

  it('names the variable and what is expected when a value is wrong', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://nope', PORT: 'abc' });
    expect(problems.map((p) => p.variable).sort()).toEqual(['DATABASE_URL', 'PORT']);
    const message = new EnvError(problems).message;
    expect(message).toMatch(
      /DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//,
    );
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });

  it('rejects flag values that are not true/false', () => {
    expect(problemsOf({ FEATURE_REAL_IOT: 'yes' })[0]?.variable).toBe('FEATURE_REAL_IOT');
  });

  it('requires strong secrets and a database in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems.map((p) => p.variable).sort()).toEqual([
      'DATABASE_URL',
      'JWT_REFRESH_SECRET',
      'JWT_SECRET',
      'METRICS_TOKEN',
    ]);
    const weak = problemsOf({ ...production, JWT_SECRET: 'short' });
    expect(weak).toEqual([
      { variable: 'JWT_SECRET', message: expect.stringMatching(/strong secret of at least 32/) },
    ]);
  });

  it('never uses the development secret in production', () => {
    const env = parseEnv(production);
    expect(env.JWT_SECRET).toBe(strong);
    expect(env.isDemo).toBe(false);
    expect(() =>
      parseEnv({ ...production, JWT_SECRET: 'loja-development-secret-change-me-in-production' }),
    ).toThrow(/JWT_SECRET/);
  });

  it('allows defaults in a labelled production demo', () => {
    const env = parseEnv({ NODE_ENV: 'production', LOJA_DEMO: 'true' });
    expect(env.isDemo).toBe(true);
    expect(env.isProduction).toBe(true);
  });

  it('needs a Stripe key outside sandbox mode', () => {
    expect(problemsOf({ ...production, STRIPE_MODE: 'test' })[0]?.variable).toBe(
      'STRIPE_SECRET_KEY',
    );
    expect(problemsOf({ STRIPE_SECRET_KEY: 'pk_test_123' })[0]?.variable).toBe('STRIPE_SECRET_KEY');
  });
});

describe('.env.example', () => {
  it('documents every variable the schema reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const { envSchema } = await import('./env');
    const documented = new Set(
      [...(await readFile('.env.example', 'utf8')).matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map(
        (m) => m[1],
      ),
    );
    const missing = Object.keys(envSchema.shape).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});

describe('STRIPE_PUBLISHABLE_KEY', () => {
  it('must match STRIPE_MODE: no live key in test mode and no test key live', () => {
    const base = { STRIPE_SECRET_KEY: 'sk_test_x' };
    expect(() =>
      parseEnv({ ...base, STRIPE_MODE: 'test', STRIPE_PUBLISHABLE_KEY: 'pk_live_x' }),
    ).toThrow(/STRIPE_PUBLISHABLE_KEY/);
    expect(
      parseEnv({ ...base, STRIPE_MODE: 'test', STRIPE_PUBLISHABLE_KEY: 'pk_test_x' })
        .STRIPE_PUBLISHABLE_KEY,
    ).toBe('pk_test_x');
    expect(() => parseEnv({ STRIPE_PUBLISHABLE_KEY: 'sk_test_x' })).toThrow(/publishable/);
    expect(parseEnv({ STRIPE_PUBLISHABLE_KEY: 'pk_test_x' }).STRIPE_MODE).toBe('sandbox');
  });

  it('Vindi needs its public key for browser tokenization, and never the private one there', () => {
    const vindi = {
      PAYMENT_GATEWAY: 'vindi',
      VINDI_API_URL: 'https://sandbox-app.vindi.com.br/api/v1',
      VINDI_API_TOKEN: 'private-key',
      VINDI_WEBHOOK_SECRET: 'webhook-secret-0123456789',
    };
    const missing = problemsOf(vindi);
    expect(missing).toEqual([
      expect.objectContaining({
        variable: 'VINDI_PUBLIC_KEY',
        message: expect.stringMatching(/required when PAYMENT_GATEWAY=vindi/),
      }),
    ]);
    expect(problemsOf({ ...vindi, VINDI_PUBLIC_KEY: 'private-key' })).toEqual([
      expect.objectContaining({
        variable: 'VINDI_PUBLIC_KEY',
        message: expect.stringMatching(/not the private/),
      }),
    ]);
    expect(parseEnv({ ...vindi, VINDI_PUBLIC_KEY: 'public-key' }).VINDI_PUBLIC_KEY).toBe(
      'public-key',
    );
    expect(parseEnv({ VINDI_PUBLIC_KEY: 'public-key' }).PAYMENT_GATEWAY).toBeUndefined();
  });
});
