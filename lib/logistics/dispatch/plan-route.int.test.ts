/**
 * POST /api/logistics/plan through its real handler: admin auth by session cookie or bearer token,
 * and both sides of FEATURE_OR_TOOLS_LOGISTICS.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deliveryRoutes } from '@/db/schema';
import { POST } from '@/app/api/logistics/plan/route';
import { issueTokenPair } from '@/lib/auth/api-tokens';
import { createTestUser, testContext, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { sessionCookieFor } from '@/lib/auth/testing/matrix-actors';
import { resetEnvForTests } from '@/lib/env';
import { createCourierFixture, createReadyOrder, SAO_PAULO_POINTS } from './testing/fixtures';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let cookie: string;
let bearer: string;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  const admin = await createTestUser(t.db, { role: 'admin', permissions: ['logistics'] });
  const session = await sessionCookieFor(admin);
  cookie = `${session.name}=${session.value}`;
  bearer = `Bearer ${(await issueTokenPair(admin.id, testContext())).accessToken}`;
}, 60_000);
afterAll(() => t.release());

function setFlag(on: boolean) {
  vi.stubEnv('FEATURE_OR_TOOLS_LOGISTICS', on ? 'true' : 'false');
  resetEnvForTests();
}

async function plan(body: object, headers: Record<string, string>) {
  const req = new Request('http://loja.test/api/logistics/plan', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return POST(req, { params: Promise.resolve({}) });
}

async function scenario() {
  const courier = await createCourierFixture(t.db, { capacityGrams: 30_000 });
  const orders = [];
  for (const point of SAO_PAULO_POINTS.slice(0, 5))
    orders.push(await createReadyOrder(t.db, point));
  return { courierIds: [courier.id], orderIds: orders.map((o) => o.id) };
}

describe('POST /api/logistics/plan', () => {
  it('flag off: plans with the baseline; an explicit optimizer request is 404 feature_disabled', async () => {
    setFlag(false);
    const body = await scenario();
    const refused = await plan({ ...body, planner: 'optimizer' }, { cookie });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'feature_disabled',
    );
    const response = await plan(body, { cookie });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { planner: string; routes: { id: string }[] };
    expect(result.planner).toBe('baseline');
    const [route] = await t.db
      .select()
      .from(deliveryRoutes)
      .where(eq(deliveryRoutes.id, result.routes[0]!.id));
    expect(route!.planner).toBe('baseline');
  });

  it('flag on: the optimizer plans on a worker thread and streams its progress (token auth)', async () => {
    setFlag(true);
    const body = await scenario();
    const response = await plan(
      { ...body, timeLimitMs: 600 },
      { authorization: bearer, accept: 'application/x-ndjson' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { type: string; planner?: string; stats?: { algorithm: string } },
      );
    const result = lines.at(-1)!;
    expect(result).toMatchObject({
      type: 'result',
      planner: 'optimizer',
      stats: { algorithm: 'sisr' },
    });
    expect(lines.slice(0, -1).every((line) => line.type === 'progress')).toBe(true);
  }, 30_000);

  it('refuses a signed-in admin without the logistics permission and bad input', async () => {
    const other = await createTestUser(t.db, { role: 'admin', permissions: ['catalog'] });
    const session = await sessionCookieFor(other);
    const refused = await plan({}, { cookie: `${session.name}=${session.value}` });
    expect(refused.status).toBe(403);
    const invalid = await plan({ timeLimitMs: 5 }, { cookie });
    expect(invalid.status).toBe(422);
  });
});
