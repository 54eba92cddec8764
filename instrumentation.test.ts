import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/lib/env';

const init = vi.fn();
const captureException = vi.fn();
const flush = vi.fn(async () => true);
vi.mock('@sentry/node', () => ({ init, captureException, flush }));
const startJobs = vi.fn(async () => ({}));
vi.mock('@/lib/jobs/jobs', () => ({ startJobs }));

const request = { path: '/p/x', method: 'GET', headers: { cookie: 'sid=secret' } };
const context = {
  routerKind: 'App Router',
  routePath: '/p/[slug]',
  routeType: 'render',
  renderSource: 'server-rendering',
  revalidateReason: undefined,
  renderType: 'dynamic',
} as const;

async function load(vars: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv('NEXT_RUNTIME', 'nodejs');
  vi.stubEnv('SENTRY_DSN', '');
  vi.stubEnv('JOBS_ENABLED', 'false');
  vi.stubEnv('NEXT_PHASE', '');
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  resetEnvForTests();
  const instrumentation = await import('./instrumentation');
  await instrumentation.register();
  return instrumentation;
}

beforeEach(() => vi.clearAllMocks());
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('instrumentation', () => {
  it('does nothing without SENTRY_DSN', async () => {
    const { onRequestError } = await load({});
    await onRequestError(new Error('x'), request, context);
    expect(init).not.toHaveBeenCalled();
    expect(captureException).not.toHaveBeenCalled();
  });

  it('initialises Sentry with the DSN and forwards request errors without headers', async () => {
    const { onRequestError } = await load({ SENTRY_DSN: 'https://key@sentry.example/1' });
    expect(init).toHaveBeenCalledWith(
      expect.objectContaining({
        dsn: 'https://key@sentry.example/1',
        dataCollection: expect.objectContaining({ cookies: false, httpHeaders: false }),
      }),
    );
    const error = new Error('render failed');
    await onRequestError(error, request, context);
    expect(captureException).toHaveBeenCalledTimes(1);
    expect(captureException.mock.calls[0]?.[0]).toBe(error);
    expect(JSON.stringify(captureException.mock.calls[0]?.[1])).not.toContain('secret');
  });

  it('stays off on the edge runtime', async () => {
    const { onRequestError } = await load({
      SENTRY_DSN: 'https://key@sentry.example/1',
      NEXT_RUNTIME: 'edge',
    });
    await onRequestError(new Error('x'), request, context);
    expect(init).not.toHaveBeenCalled();
  });

  it('starts the background jobs in the server process unless disabled', async () => {
    await load({ JOBS_ENABLED: '' });
    await vi.waitFor(() => expect(startJobs).toHaveBeenCalledTimes(1));
    expect(startJobs.mock.calls[0]).toEqual([expect.objectContaining({ JOBS_ENABLED: true })]);
  });

  it('never starts jobs for a web-only instance, during next build or on the edge', async () => {
    await load({ JOBS_ENABLED: 'false' });
    await load({ JOBS_ENABLED: 'true', NEXT_PHASE: 'phase-production-build' });
    await load({ JOBS_ENABLED: 'true', NEXT_RUNTIME: 'edge' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(startJobs).not.toHaveBeenCalled();
  });
});
