/**
 * Delivery zones (with their rates) and couriers through their server actions on real
 * PostgreSQL: two admins open version v, the first save wins, the second gets a conflict naming
 * the first and writes nothing; bad input names the field and changes nothing. Only the request
 * plumbing is stubbed (../admin/testing/admin-action-harness.ts).
 */
import {
  as,
  auditCount as countAudit,
  expectConflictBy,
  form,
} from '../admin/testing/admin-action-harness';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couriers } from '@/db/schema';
import { deliveryZones } from '@/db/schema/logistics-zones';
import { versionToken } from '@/lib/admin/optimistic-lock';
import type { Actor } from '@/lib/auth/actor';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { createCourier } from '@/lib/logistics/dispatch/couriers';

const { saveZoneAction } = await import('./zone-actions');
const { saveCourierAction } = await import('../dispatch/actions');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
const auditCount = (entity: string, entityId: string) => countAudit(t.db, entity, entityId);

beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => t?.release());

describe('saveZoneAction', () => {
  const zoneForm = (id: string, version: string, overrides: Record<string, string> = {}) =>
    form({
      id,
      expectedVersion: version,
      name: 'Centro SP',
      kind: 'own_fleet',
      active: 'on',
      priority: '10',
      cepRanges: '01000-000..01599-999',
      polygon: '',
      freeShippingFromCents: '',
      sameDayCutoff: '14:00',
      'rates.0.service': 'padrao',
      'rates.0.label': 'Entrega padrão',
      'rates.0.priceCents': '12,90',
      ...overrides,
    });

  async function createZone(admin: Actor) {
    as.actor = admin;
    const target = await saveZoneAction({ ok: false }, zoneForm('', '')).catch(
      (e: { digest?: string }) => e.digest,
    );
    const id = String(target).match(/zones\/([0-9a-f-]{36})/)![1]!;
    const [zone] = await t.db.select().from(deliveryZones).where(eq(deliveryZones.id, id));
    return zone!;
  }

  it('refuses a stale edit of the zone and its rates, naming who saved first', async () => {
    const [ana, bia] = await Promise.all([
      createAdminActor(t.db, ['logistics']),
      createAdminActor(t.db, ['logistics']),
    ]);
    const zone = await createZone(ana);
    const v = versionToken(zone.updatedAt);
    as.actor = ana;
    expect(
      await saveZoneAction({ ok: false }, zoneForm(zone.id, v, { 'rates.0.priceCents': '9,90' })),
    ).toMatchObject({ ok: true });
    const audits = await auditCount('delivery_zone', zone.id);

    as.actor = bia;
    const state = await saveZoneAction(
      { ok: false },
      zoneForm(zone.id, v, { name: 'Centro', 'rates.0.priceCents': '19,90' }),
    );
    expectConflictBy(state, ana);
    const { rows } = await t.db.execute<{ price_cents: number; name: string }>(
      sql`select r.price_cents, z.name from zone_rates r join delivery_zones z on z.id = r.zone_id
          where z.id = ${zone.id}`,
    );
    expect(rows).toEqual([{ price_cents: 990, name: 'Centro SP' }]);
    expect(await auditCount('delivery_zone', zone.id)).toBe(audits);
  });

  it('names the invalid field (a rate cell by its row) and changes nothing', async () => {
    const admin = await createAdminActor(t.db, ['logistics']);
    const zone = await createZone(admin);
    const state = await saveZoneAction(
      { ok: false },
      zoneForm(zone.id, versionToken(zone.updatedAt), { 'rates.0.priceCents': 'doze' }),
    );
    expect(state).toMatchObject({ ok: false, errors: { 'rates.0.priceCents': 'invalid_money' } });
    const [row] = await t.db.select().from(deliveryZones).where(eq(deliveryZones.id, zone.id));
    expect(row).toEqual(zone);
  });

  it('refuses a polygon that crosses itself or leaves Brazil, on the polygon field', async () => {
    const admin = await createAdminActor(t.db, ['logistics']);
    const zone = await createZone(admin);
    const ring = (pts: number[][]) =>
      JSON.stringify({ type: 'Polygon', coordinates: [[...pts, pts[0]]] });
    for (const [polygon, code] of [
      [
        ring([
          [-46.7, -23.6],
          [-46.6, -23.5],
          [-46.6, -23.6],
          [-46.7, -23.5],
        ]),
        'ring_self_intersecting',
      ],
      [
        ring([
          [-23.6, -46.7],
          [-23.6, -46.6],
          [-23.5, -46.6],
        ]),
        'polygon_outside_brazil',
      ],
    ] as const) {
      const state = await saveZoneAction(
        { ok: false },
        zoneForm(zone.id, versionToken(zone.updatedAt), { polygon }),
      );
      expect(state).toMatchObject({ ok: false, errors: { polygon: code } });
    }
    const [row] = await t.db.select().from(deliveryZones).where(eq(deliveryZones.id, zone.id));
    expect(row).toEqual(zone);
  });
});

describe('saveCourierAction', () => {
  const courierForm = (id: string, version: string, overrides: Record<string, string> = {}) =>
    form({
      id,
      expectedVersion: version,
      firstName: 'Caio',
      vehicleKind: 'motorcycle',
      status: 'available',
      capacityKg: '20',
      capacityLitres: '',
      averageSpeedKmh: '25',
      shiftStart: '08:00',
      shiftEnd: '18:00',
      weekdays: ['1', '2', '3'],
      ...overrides,
    });

  async function createCourierRow(admin: Actor) {
    const { courierId } = await createCourier(t.db, admin, {
      email: `caio-${Math.random().toString(36).slice(2)}@loja.test`,
      invite: true,
      firstName: 'Caio',
      vehicleKind: 'motorcycle',
      capacityGrams: 20_000,
      capacityLitres: null,
      shiftStartMinute: 480,
      shiftEndMinute: 1080,
      weekdays: [1, 2, 3],
      status: 'available',
      averageSpeedKmh: 25,
    });
    const [row] = await t.db.select().from(couriers).where(eq(couriers.id, courierId));
    return row!;
  }

  it('refuses the second of two edits of the same version, naming the first editor', async () => {
    const [ana, bia] = await Promise.all([
      createAdminActor(t.db, ['logistics']),
      createAdminActor(t.db, ['logistics']),
    ]);
    const courier = await createCourierRow(ana);
    const v = versionToken(courier.updatedAt);
    as.actor = ana;
    expect(
      await saveCourierAction({ ok: false }, courierForm(courier.id, v, { capacityKg: '30' })),
    ).toMatchObject({ ok: true });
    const audits = await auditCount('courier', courier.id);

    as.actor = bia;
    const state = await saveCourierAction(
      { ok: false },
      courierForm(courier.id, v, { capacityKg: '5', status: 'off' }),
    );
    expectConflictBy(state, ana);
    expect(state.values?.capacityKg).toBe('5');
    const [row] = await t.db.select().from(couriers).where(eq(couriers.id, courier.id));
    expect(row).toMatchObject({ capacityGrams: 30_000, status: 'available' });
    expect(await auditCount('courier', courier.id)).toBe(audits);
  });

  it('a change nobody audited on the courier (a route moved its status) is "someone else"', async () => {
    const admin = await createAdminActor(t.db, ['logistics']);
    const courier = await createCourierRow(admin);
    await t.db
      .update(couriers)
      .set({ status: 'on_route', updatedAt: new Date(courier.updatedAt.getTime() + 5_000) })
      .where(eq(couriers.id, courier.id));
    as.actor = admin;
    const state = await saveCourierAction(
      { ok: false },
      courierForm(courier.id, versionToken(courier.updatedAt), { status: 'off' }),
    );
    expect(state.message).toMatch(/^stale /);
    expect(state.message).toContain('"by":"someoneElse"');
    const [row] = await t.db.select().from(couriers).where(eq(couriers.id, courier.id));
    expect(row!.status).toBe('on_route');
  });

  it('names the invalid fields by their inputs and changes nothing', async () => {
    const admin = await createAdminActor(t.db, ['logistics']);
    const courier = await createCourierRow(admin);
    as.actor = admin;
    const state = await saveCourierAction(
      { ok: false },
      courierForm(courier.id, versionToken(courier.updatedAt), {
        capacityKg: '0',
        shiftStart: '18:00',
        shiftEnd: '08:00',
      }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['capacityKg', 'shiftEnd']);
    const [row] = await t.db.select().from(couriers).where(eq(couriers.id, courier.id));
    expect(row).toEqual(courier);
  });
});
