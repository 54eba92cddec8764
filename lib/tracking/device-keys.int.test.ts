/**
 * Device keys on real PostgreSQL: issued and revoked through their server actions (only the
 * request plumbing is stubbed), then used on the positions route handler. A key posts positions
 * for its own courier and does nothing anywhere else.
 */
import { as, auditCount, form } from '@/components/admin/testing/admin-action-harness';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as courierRoute } from '@/app/api/courier/route/route';
import { POST as postPositions } from '@/app/api/tracking/positions/route';
import { courierDeviceKeys, courierPositions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { hashToken } from '@/lib/auth/secure-token';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { forgetDeviceKey } from './device-key-auth';
import { insertCourierUser } from './testing/tracking-fixtures';

const { issueDeviceKeyAction, revokeDeviceKeyAction } =
  await import('@/components/dispatch/device-key-actions');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let logistics: Actor;
let courierA: Awaited<ReturnType<typeof insertCourierUser>>;
let courierB: Awaited<ReturnType<typeof insertCourierUser>>;
let ip = 0;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  logistics = await createAdminActor(t.db, ['logistics']);
  courierA = await insertCourierUser(t.db, 'Ana');
  courierB = await insertCourierUser(t.db, 'Bruno');
}, 60_000);
afterAll(async () => t?.release());

const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();

function post(authorization: string | undefined, body: unknown) {
  ip += 1;
  return postPositions(
    new Request('http://loja.test/api/tracking/positions', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `203.0.113.${ip % 250}`,
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

const onePoint = (secondsAgo: number, lat = -23.56) => ({
  points: [{ lat, lng: -46.65, recordedAt: at(secondsAgo) }],
});

async function issue(courierId: string, label = 'Moto 3 — Android') {
  as.actor = logistics;
  const state = await issueDeviceKeyAction({ ok: false }, form({ courierId, label }));
  expect(state).toMatchObject({ ok: true });
  return state.key!;
}

const positionsOf = (userId: string) =>
  t.db.select().from(courierPositions).where(eq(courierPositions.courierId, userId));

describe('device keys', () => {
  it('are issued once in clear and stored only as a SHA-256 hash, audited', async () => {
    const key = await issue(courierA.courierId);
    expect(key).toMatch(/^lojadk_[A-Za-z0-9_-]{43}$/);
    const rows = await t.db
      .select()
      .from(courierDeviceKeys)
      .where(eq(courierDeviceKeys.courierId, courierA.courierId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      keyHash: hashToken(key),
      label: 'Moto 3 — Android',
      createdBy: logistics.userId,
      hint: key.slice(-4),
      revokedAt: null,
    });
    // Nowhere in the table or the audit log in clear text.
    const { rows: clear } = await t.db.execute<{ n: number }>(
      sql`select (select count(*) from courier_device_keys k where k::text like ${'%' + key + '%'})
        + (select count(*) from audit_log a where a::text like ${'%' + key.slice(7) + '%'}) as n`,
    );
    expect(Number(clear[0]!.n)).toBe(0);
    expect(await auditCount(t.db, 'courier', courierA.courierId)).toBe(1);
  });

  it('posts positions for the key’s courier, whatever the body claims', async () => {
    const key = await issue(courierA.courierId, 'Tracker A');
    const ok = await post(`DeviceKey ${key}`, onePoint(40));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ accepted: 1 });
    expect(await positionsOf(courierA.user.id)).toHaveLength(1);
    // The body has no courier field: one naming B is refused and records nothing for anyone.
    const forged = await post(`DeviceKey ${key}`, {
      courierId: courierB.user.id,
      ...onePoint(30),
    });
    expect(forged.status).toBe(422);
    expect(await positionsOf(courierB.user.id)).toHaveLength(0);
    expect(await positionsOf(courierA.user.id)).toHaveLength(1);
    const [row] = await t.db
      .select({ lastUsedAt: courierDeviceKeys.lastUsedAt })
      .from(courierDeviceKeys)
      .where(eq(courierDeviceKeys.keyHash, hashToken(key)));
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
  });

  it('refuses malformed, unknown and revoked keys with the same bare 401, storing nothing', async () => {
    const key = await issue(courierB.courierId, 'Tracker B');
    expect((await post(`DeviceKey ${key}`, onePoint(50, -23.57))).status).toBe(200);
    as.actor = logistics;
    const [row] = await t.db
      .select({ id: courierDeviceKeys.id })
      .from(courierDeviceKeys)
      .where(eq(courierDeviceKeys.keyHash, hashToken(key)));
    await revokeDeviceKeyAction(form({ courierId: courierB.courierId, keyId: row!.id }));
    const before = (await positionsOf(courierB.user.id)).length;
    const unknown = `lojadk_${'A'.repeat(43)}`;
    const bodies = await Promise.all(
      [`DeviceKey ${key}`, `DeviceKey ${unknown}`, 'DeviceKey nope', 'DeviceKey '].map(
        async (auth) => {
          const res = await post(auth, onePoint(20, -23.571));
          expect(res.status, auth).toBe(401);
          return res.json();
        },
      ),
    );
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(await positionsOf(courierB.user.id)).toHaveLength(before);
    const [revoked] = await t.db
      .select()
      .from(courierDeviceKeys)
      .where(eq(courierDeviceKeys.id, row!.id));
    expect(revoked).toMatchObject({ revokedBy: logistics.userId });
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
  });

  it('stops working once the cache entry is gone when another instance revoked it', async () => {
    const key = await issue(courierA.courierId, 'Tracker cached');
    expect((await post(`DeviceKey ${key}`, onePoint(15, -23.5602))).status).toBe(200);
    // Revoked elsewhere: this instance still trusts its cached lookup for at most a few seconds…
    await t.db
      .update(courierDeviceKeys)
      .set({ revokedAt: new Date() })
      .where(eq(courierDeviceKeys.keyHash, hashToken(key)));
    // …and refuses the key once that entry has expired (cleared here instead of waiting).
    forgetDeviceKey();
    expect((await post(`DeviceKey ${key}`, onePoint(10, -23.5603))).status).toBe(401);
  });

  it('is refused on every other route, e.g. the courier’s own route API', async () => {
    const key = await issue(courierA.courierId, 'Tracker other route');
    const res = await courierRoute(
      new Request('http://loja.test/api/courier/route', {
        headers: { authorization: `DeviceKey ${key}` },
      }),
    );
    expect(res.status).toBe(401);
  });

  it('cannot be issued or revoked without the logistics permission', async () => {
    const key = await issue(courierA.courierId, 'Tracker kept');
    const [row] = await t.db
      .select({ id: courierDeviceKeys.id })
      .from(courierDeviceKeys)
      .where(eq(courierDeviceKeys.keyHash, hashToken(key)));
    const count = async () =>
      (
        await t.db
          .select({ id: courierDeviceKeys.id })
          .from(courierDeviceKeys)
          .where(eq(courierDeviceKeys.courierId, courierA.courierId))
      ).length;
    const keys = await count();
    as.actor = await createAdminActor(t.db, ['orders', 'catalog']);
    await expect(
      issueDeviceKeyAction({ ok: false }, form({ courierId: courierA.courierId, label: 'x' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      revokeDeviceKeyAction(form({ courierId: courierA.courierId, keyId: row!.id })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await count()).toBe(keys);
    expect((await post(`DeviceKey ${key}`, onePoint(5, -23.5604))).status).toBe(200);
  });

  it('names the label when it is empty or too long, and issues nothing', async () => {
    as.actor = logistics;
    for (const label of ['  ', 'x'.repeat(81)]) {
      const state = await issueDeviceKeyAction(
        { ok: false },
        form({ courierId: courierB.courierId, label }),
      );
      expect(state.ok).toBe(false);
      expect(Object.keys(state.fieldErrors ?? {})).toEqual(['label']);
      expect(state.key).toBeUndefined();
    }
  });
});
