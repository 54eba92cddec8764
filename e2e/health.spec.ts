import { expect, test } from './support/fixtures';

test.describe('health endpoints of the production build', () => {
  test('GET /health reports every service and the driver serving it', async ({ request }) => {
    const response = await request.get('/health');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['drivers', 'services', 'status', 'timestamp']);
    expect(body.status).toBe('ok');
    expect(body.services).toEqual({
      api: true,
      redis: true,
      postgres: true,
      elasticsearch: true,
      qdrant: true,
    });
    // Nothing optional is configured for the e2e server, so the built-in defaults serve.
    expect(body.drivers).toMatchObject({
      redis: 'memory',
      elasticsearch: 'postgres',
      qdrant: 'postgres',
    });
    expect(new Date(body.timestamp).toISOString()).toBe(body.timestamp);
  });

  test('GET /health/live and /health/ready', async ({ request }) => {
    const live = await request.get('/health/live');
    expect(live.status()).toBe(200);
    expect(Object.keys(await live.json()).sort()).toEqual(['status', 'timestamp']);
    const ready = await request.get('/health/ready');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', timestamp: expect.any(String) });
  });

  test('pages carry the security headers and a per-request CSP nonce', async ({ request }) => {
    const first = await request.get('/');
    const second = await request.get('/');
    const csp = first.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toBe(second.headers()['content-security-policy']);
    expect(first.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(first.headers()['x-content-type-options']).toBe('nosniff');
    expect(first.headers()['x-request-id']).toMatch(/\S{8,}/);
    const html = await first.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(html).toContain(`nonce="${nonce}"`);
  });

  test('a page runs its scripts under the CSP without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
});
