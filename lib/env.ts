import { z } from 'zod';

/**
 * The only reader of process.env. Every variable Loja documents is declared here (and in
 * .env.example); a wrong value stops start-up with a message naming the variable.
 */

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol.replace(':', ''));
        } catch {
          return false;
        }
      },
      `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    );

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

/** A true/false flag that is on unless set to false (or 0). */
const flagOnByDefault = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value !== 'false' && value !== '0');

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const DEV_SECRET = 'loja-development-secret-change-me-in-production';
export const WEAK_SECRETS = new Set([DEV_SECRET, 'secret', 'changeme', 'change-me', 'password']);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOJA_DEMO: flag,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: optional(url(['http', 'https'])),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LOJA_DATA_DIR: z.string().default('.data'),

    DATABASE_URL: optional(url(['postgres', 'postgresql'])),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /** Background jobs (pg-boss) run inside each app server; false = a web-only instance. */
    JOBS_ENABLED: flagOnByDefault,
    REDIS_URL: optional(url(['redis', 'rediss'])),
    UPSTASH_REDIS_REST_URL: optional(url(['https', 'http'])),
    UPSTASH_REDIS_REST_TOKEN: optional(z.string().min(1)),
    ELASTICSEARCH_URL: optional(url(['http', 'https'])),
    ELASTICSEARCH_API_KEY: optional(z.string().min(1)),
    QDRANT_URL: optional(url(['http', 'https'])),
    QDRANT_API_KEY: optional(z.string().min(1)),
    MONGODB_URL: optional(url(['mongodb', 'mongodb+srv'])),
    MQTT_URL: optional(url(['mqtt', 'mqtts', 'ws', 'wss'])),
    SMTP_URL: optional(url(['smtp', 'smtps'])),
    /** Product images go to S3-compatible storage when S3_BUCKET is set, else under .data/uploads. */
    S3_BUCKET: optional(z.string().min(3)),
    S3_REGION: z.string().default('us-east-1'),
    S3_ENDPOINT: optional(url(['http', 'https'])),
    S3_ACCESS_KEY_ID: optional(z.string().min(1)),
    S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
    S3_FORCE_PATH_STYLE: flag,

    JWT_SECRET: optional(z.string().min(1)),
    JWT_REFRESH_SECRET: optional(z.string().min(1)),
    /** The secrets replaced by a rotation: still accepted for verification, never used to sign. */
    JWT_SECRET_PREVIOUS: optional(z.string().min(1)),
    JWT_REFRESH_SECRET_PREVIOUS: optional(z.string().min(1)),
    METRICS_TOKEN: optional(z.string().min(1)),
    /** Auth.js cookie encryption key; derived from JWT_SECRET when unset. */
    AUTH_SECRET: optional(z.string().min(1)),
    AUTH_TRUST_HOST: z
      .enum(['true', 'false', '1', '0', ''])
      .optional()
      .transform((value) =>
        value === '' || value === undefined ? undefined : value === 'true' || value === '1',
      ),
    AUTH_GOOGLE_ID: optional(z.string().min(1)),
    AUTH_GOOGLE_SECRET: optional(z.string().min(1)),
    API_CORS_ORIGINS: optional(
      z
        .string()
        .transform((value) =>
          value
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
        )
        .pipe(
          z.array(
            z.url({
              protocol: /^https?$/,
              error: 'must be a comma-separated list of http(s) origins',
            }),
          ),
        ),
    ),
    MAIL_FROM: z.string().min(3).default('Loja <nao-responda@loja.dev>'),
    CEP_PROVIDER_URL: optional(url(['https', 'http'])),
    /** Nominatim-compatible geocoder for CEP → coordinates; the bundled prefix table without it. */
    GEOCODER_URL: optional(url(['https', 'http'])),

    STRIPE_MODE: z.enum(['sandbox', 'test', 'production']).default('sandbox'),
    STRIPE_SECRET_KEY: optional(
      z
        .string()
        .regex(/^(sk|rk)_(test|live)_/, 'must be a Stripe secret key (sk_test_… or sk_live_…)'),
    ),
    STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_/, 'must start with whsec_')),
    /** The browser's key for Stripe Elements (pk_test_… with STRIPE_MODE=test, pk_live_… live). */
    STRIPE_PUBLISHABLE_KEY: optional(
      z
        .string()
        .regex(/^pk_(test|live)_/, 'must be a Stripe publishable key (pk_test_… or pk_live_…)'),
    ),
    /** Points the Stripe client elsewhere (an egress proxy, or the local stand-in in tests). */
    STRIPE_API_BASE: optional(url(['https', 'http'])),
    /** Which gateway charges: unset = the sandbox or Stripe as STRIPE_MODE says; vindi = Vindi. */
    PAYMENT_GATEWAY: optional(z.enum(['stripe', 'vindi'])),
    VINDI_API_URL: optional(url(['https', 'http'])),
    VINDI_API_TOKEN: optional(z.string().min(1)),
    /** The store's public key: the browser sends card data straight to Vindi with it (never here). */
    VINDI_PUBLIC_KEY: optional(z.string().min(1)),
    /** The password Vindi sends (HTTP Basic) with each webhook; set it in the webhook URL there. */
    VINDI_WEBHOOK_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
    PUSHER_APP_ID: optional(z.string().min(1)),
    PUSHER_KEY: optional(z.string().min(1)),
    PUSHER_SECRET: optional(z.string().min(1)),
    PUSHER_CLUSTER: optional(z.string().min(1)),
    /** Another Channels-compatible endpoint (self-hosted, or the local stand-in in tests). */
    PUSHER_HOST: optional(
      z.string().regex(/^[\w.-]+$/, 'must be a host name without scheme or port'),
    ),
    PUSHER_PORT: optional(z.coerce.number().int().min(1).max(65535)),
    /** OSRM-compatible table service for road distances in route planning; haversine without it. */
    OSRM_URL: optional(url(['https', 'http'])),
    /** Raster tile template ({z}/{x}/{y}) for maps; without it maps show their plain fallback. */
    NEXT_PUBLIC_MAP_TILE_URL: optional(
      z.string().regex(/\{z\}.*\{x\}.*\{y\}/, 'must be a tile URL template with {z}, {x} and {y}'),
    ),

    BIGQUERY_DATASET: optional(
      z.string().regex(/^\w+$/, 'must be a BigQuery dataset id (letters, digits, _)'),
    ),
    GCP_PROJECT_ID: optional(z.string().min(1)),
    SENTRY_DSN: optional(url(['https', 'http'])),

    FEATURE_RECOMMENDATION_AI: flag,
    FEATURE_OR_TOOLS_LOGISTICS: flag,
    FEATURE_REAL_IOT: flag,
    FEATURE_FEEDBACK_LOOP: flag,
    FEATURE_TIMESCALEDB: flag,
    FEATURE_BIGQUERY_SYNC: flag,
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.AUTH_GOOGLE_ID) !== Boolean(env.AUTH_GOOGLE_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.AUTH_GOOGLE_ID ? 'AUTH_GOOGLE_SECRET' : 'AUTH_GOOGLE_ID'],
        message: 'is required when the other Google OAuth variable is set',
      });
    }
    const pk = env.STRIPE_PUBLISHABLE_KEY;
    if (
      pk &&
      env.STRIPE_MODE !== 'sandbox' &&
      (env.STRIPE_MODE === 'test') === pk.startsWith('pk_live_')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_PUBLISHABLE_KEY'],
        message: `must be a ${env.STRIPE_MODE === 'test' ? 'pk_test_' : 'pk_live_'} key with STRIPE_MODE=${env.STRIPE_MODE}`,
      });
    }
    if (env.PAYMENT_GATEWAY === 'vindi') {
      for (const key of [
        'VINDI_API_URL',
        'VINDI_API_TOKEN',
        'VINDI_PUBLIC_KEY',
        'VINDI_WEBHOOK_SECRET',
      ] as const)
        if (!env[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message:
              key === 'VINDI_PUBLIC_KEY'
                ? 'is required when PAYMENT_GATEWAY=vindi (the checkout tokenizes cards in the browser with this public key)'
                : 'is required when PAYMENT_GATEWAY=vindi',
          });
      // The public key is sent to every shopper's browser: the private one must never be used there.
      if (env.VINDI_PUBLIC_KEY && env.VINDI_PUBLIC_KEY === env.VINDI_API_TOKEN)
        ctx.addIssue({
          code: 'custom',
          path: ['VINDI_PUBLIC_KEY'],
          message: 'must be the public key, not the private VINDI_API_TOKEN',
        });
    }
    const strict = env.NODE_ENV === 'production' && !env.LOJA_DEMO;
    if (!strict) return;
    for (const name of ['JWT_SECRET', 'JWT_REFRESH_SECRET', 'METRICS_TOKEN'] as const) {
      const value = env[name];
      if (!value) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'is required in production (set LOJA_DEMO=true only for a demo)',
        });
      } else if (value.length < 32 || WEAK_SECRETS.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'must be a strong secret of at least 32 characters in production',
        });
      }
    }
    if (!env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required in production (the embedded database is for development and demos)',
      });
    }
    if (env.AUTH_SECRET && (env.AUTH_SECRET.length < 32 || WEAK_SECRETS.has(env.AUTH_SECRET))) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'must be a strong secret of at least 32 characters in production',
      });
    }
    if (env.STRIPE_MODE !== 'sandbox' && !env.STRIPE_SECRET_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_SECRET_KEY'],
        message: `is required when STRIPE_MODE=${env.STRIPE_MODE}`,
      });
    }
  });

export type Env = z.infer<typeof envSchema> & {
  JWT_SECRET: string;
  JWT_REFRESH_SECRET: string;
  /** True when secrets may be defaults and demo logins may be printed. */
  isDemo: boolean;
  isProduction: boolean;
};

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p.variable} ${p.message}`).join('\n')}\nSee .env.example for every variable.`,
    );
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: issue.path.map(String).join('.') || '(environment)',
        message: issue.message,
      })),
    );
  }
  const data = result.data;
  const isProduction = data.NODE_ENV === 'production';
  return {
    ...data,
    JWT_SECRET: data.JWT_SECRET ?? DEV_SECRET,
    JWT_REFRESH_SECRET: data.JWT_REFRESH_SECRET ?? `${DEV_SECRET}-refresh`,
    isProduction,
    isDemo: !isProduction || data.LOJA_DEMO,
  };
}

let cached: Env | undefined;

/** Validated configuration of this process, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests and scripts that change process.env call this to re-read it. */
export function resetEnvForTests() {
  cached = undefined;
}

/**
 * The test harness's own settings, never the app's: the machine's services the suites use when
 * they answer, and the credentials that turn on the live tests against the real third-party
 * services (skipped, with the reason printed, when unset). Declared here so that this file stays
 * the one reader of the environment and every variable the project reads is listed in one place.
 */
export const TEST_SETTINGS = [
  'TEST_DATABASE_URL',
  'TEST_REDIS_URL',
  'TEST_MQTT_URL',
  'TEST_ELASTICSEARCH_URL',
  'TEST_ELASTICSEARCH_API_KEY',
  'ELASTICSEARCH_LIVE_URL',
  'ELASTICSEARCH_LIVE_API_KEY',
  'QDRANT_LIVE_URL',
  'QDRANT_LIVE_API_KEY',
  'TEST_PUSHER_APP_ID',
  'TEST_PUSHER_KEY',
  'TEST_PUSHER_SECRET',
  'TEST_PUSHER_CLUSTER',
  'STRIPE_TEST_SECRET_KEY',
  'TEST_VINDI_API_URL',
  'TEST_VINDI_API_TOKEN',
  'TEST_VINDI_PUBLIC_KEY',
  'TEST_S3_BUCKET',
  'TEST_S3_REGION',
  'TEST_S3_ENDPOINT',
  'TEST_S3_ACCESS_KEY_ID',
  'TEST_S3_SECRET_ACCESS_KEY',
  'TEST_OSRM_URL',
  'LIVE_GEOCODER_URL',
] as const;
export type TestSetting = (typeof TEST_SETTINGS)[number];

/** One harness setting (see TEST_SETTINGS); empty counts as unset. */
export function testSetting(name: TestSetting): string | undefined {
  return process.env[name] || undefined;
}

/** What a child process a test spawns inherits (PATH, HOME, the harness settings…), as a copy. */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env };
}

/**
 * Whether this module runs inside a Next.js server bundle: Next itself sets NEXT_RUNTIME (it is
 * not deployment config), while tsx scripts, vitest and worker threads run from source.
 */
export function inNextServer(): boolean {
  return process.env.NEXT_RUNTIME === 'nodejs';
}
