import { defineConfig, devices } from '@playwright/test';
import { freePortSync } from './e2e/support/free-port';

// Workers re-read this file; the ports chosen by the main process reach them through env.
process.env.E2E_PORT ??= String(freePortSync());
process.env.E2E_FLAGS_PORT ??= String(freePortSync());
const port = process.env.E2E_PORT;
const flagsPort = process.env.E2E_FLAGS_PORT;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Journeys run axe on every page they visit, on a 2-core machine shared by two workers, two
  // production servers and PostgreSQL: 30 s was too tight for the longer ones as the suite grew.
  timeout: 90_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-dev-shm-usage',
      ],
    },
  },
  // A Brazilian shopper's browser: pt-BR is what a first visit negotiates.
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' },
      testIgnore: /cache-two-instances\.spec\.ts/,
    },
    {
      // Starts two more production servers of its own: run after the rest, not beside it, so a
      // 2-core machine is not running six servers and two browsers at once.
      name: 'multi-instance',
      use: { ...devices['Desktop Chrome'], locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' },
      testMatch: /cache-two-instances\.spec\.ts/,
      dependencies: ['chromium'],
    },
  ],
  webServer: [
    {
      // The main store, flags at their defaults (all experimental features off).
      command: `npx tsx e2e/support/server.ts ${port} main`,
      url: `http://127.0.0.1:${port}/health/ready`,
      timeout: 15 * 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
    {
      // The same build with RECOMMENDATION_AI on, to prove a flag turns UI and API on together,
      // and OR_TOOLS_LOGISTICS on, to plan routes with the optimizer's bundled worker.
      command: `npx tsx e2e/support/server.ts ${flagsPort} flags FEATURE_RECOMMENDATION_AI=true FEATURE_OR_TOOLS_LOGISTICS=true`,
      url: `http://127.0.0.1:${flagsPort}/health/ready`,
      timeout: 15 * 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
});
