/**
 * The long-lived admin forms (store settings, coupons, delivery zones with their rates,
 * couriers) through their server actions on real PostgreSQL: two admins open version v, the
 * first save wins, the second gets a conflict naming the first and writes nothing (no change, no
 * audit row); bad input names the field and changes nothing. Only the request plumbing
 * (cookies → actor, translations, revalidation) is stubbed.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '@/db/schema/audit';
import { coupons } from '@/db/schema/coupons';
import { couriers, users } from '@/db/schema';
import { deliveryZones } from '@/db/schema/logistics-zones';
import { storeSettings } from '@/db/schema/settings';
import { versionToken } from '@/lib/admin/optimistic-lock';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { saveCoupon } from '@/lib/coupons/save-coupon';
import { createCourier } from '@/lib/logistics/dispatch/couriers';

const as = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/current-actor', () => ({
  requireActor: async (need: Parameters<typeof assertAllowed>[1]) => assertAllowed(as.actor, need),
  getCurrentActor: async () => as.actor,
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: `NEXT_REDIRECT;${to}` });
  },
}));
vi.mock('next-intl/server', () => ({
  getTranslations: async () =>
    Object.assign(
      (key: string, values?: Record<string, unknown>) =>
        values ? `${key} ${JSON.stringify(values)}` : key,
      { has: () => true },
    ),
  getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString() }),
}));

const { saveSettingsAction } = await import('./settings-actions');
const { saveCouponAction } = await import('./coupons/actions');
const { saveZoneAction } = await import('../logistics/zone-actions');
const { saveCourierAction } = await import('../dispatch/actions');
const { createStaffAction } = await import('./staff-actions');
const { deleteCustomerAction } = await import('./customer-actions');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values))
    (Array.isArray(v) ? v : [v]).forEach((x) => data.append(k, x));
  return data;
}

async function auditCount(entity: string, entityId: string) {
  const [row] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)));
  return row!.n;
}

/** The conflict message (translation key + values in this stub) names the first editor. */
function expectConflictBy(state: { ok: boolean; message?: string }, first: Actor) {
  expect(state.ok).toBe(false);
  expect(state.message).toMatch(/^stale /);
  expect(state.message).toContain(`"by":"${first.name}"`);
}

beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => t?.release());

describe('saveSettingsAction', () => {
  const settingsForm = (overrides: Record<string, string> = {}) =>
    form({
      storeName: 'Loja Azul',
      contactEmail: 'contato@azul.example',
      contactPhone: '+55 11 4000-0000',
      logoPath: '',
      returnWindowDays: '7',
      maxInstallments: '12',
      interestFreeInstallments: '3',
      minInstallment: '5,00',
      monthlyInterest: '1,99',
      expectedVersion: '',
      ...overrides,
    });

  it('lets the first of two editors of the same version win and refuses the second by name', async () => {
    const [ana, bia] = await Promise.all([
      createAdminActor(t.db, ['settings']),
      createAdminActor(t.db, ['settings']),
    ]);
    // Both open the page before anything was ever saved (no row: version '').
    as.actor = ana;
    expect(
      await saveSettingsAction({ ok: false }, settingsForm({ storeName: 'Loja da Ana' })),
    ).toMatchObject({ ok: true });
    const audits = await auditCount('store_settings', '1');

    as.actor = bia;
    const state = await saveSettingsAction(
      { ok: false },
      settingsForm({ storeName: 'Loja da Bia' }),
    );
    expectConflictBy(state, ana);
    expect(state.values?.storeName).toBe('Loja da Bia');
    const [row] = await t.db.select().from(storeSettings);
    expect((row!.data as { storeName: string }).storeName).toBe('Loja da Ana');
    expect(await auditCount('store_settings', '1')).toBe(audits);

    // Reloaded (current version), Bia's save goes through.
    const fresh = settingsForm({
      storeName: 'Loja da Bia',
      expectedVersion: versionToken(row!.updatedAt),
    });
    expect(await saveSettingsAction({ ok: false }, fresh)).toMatchObject({ ok: true });
  });

  it('names the invalid fields by their inputs and changes nothing', async () => {
    as.actor = await createAdminActor(t.db, ['settings']);
    const [before] = await t.db.select().from(storeSettings);
    const state = await saveSettingsAction(
      { ok: false },
      settingsForm({
        returnWindowDays: '3',
        contactEmail: 'contato@',
        minInstallment: 'doze',
        expectedVersion: versionToken(before!.updatedAt),
      }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([
      'contactEmail',
      'minInstallment',
      'returnWindowDays',
    ]);
    const crossed = await saveSettingsAction(
      { ok: false },
      settingsForm({
        maxInstallments: '2',
        interestFreeInstallments: '6',
        expectedVersion: versionToken(before!.updatedAt),
      }),
    );
    expect(Object.keys(crossed.fieldErrors ?? {})).toEqual(['interestFreeInstallments']);
    const [after] = await t.db.select().from(storeSettings);
    expect(after).toEqual(before);
  });
});

describe('saveCouponAction', () => {
  const couponForm = (id: string, version: string, overrides: Record<string, string> = {}) =>
    form({
      id,
      expectedVersion: version,
      code: 'BEMVINDO',
      kind: 'percentage',
      value: '10',
      minSubtotal: '',
      startsAt: '',
      endsAt: '',
      usageLimit: '',
      perCustomerLimit: '',
      active: 'on',
      ...overrides,
    });

  it('refuses the second of two edits of the same version, naming the first editor', async () => {
    const [ana, bia] = await Promise.all([
      createAdminActor(t.db, ['orders']),
      createAdminActor(t.db, ['orders']),
    ]);
    const coupon = await saveCoupon(
      ana,
      { code: 'BEMVINDO', kind: 'percentage', value: 10 },
      {
        db: t.db,
      },
    );
    const v = versionToken(coupon.updatedAt);
    as.actor = ana;
    expect(
      await saveCouponAction({ ok: false }, couponForm(coupon.id, v, { value: '15' })),
    ).toMatchObject({ ok: true });
    const audits = await auditCount('coupon', coupon.id);

    as.actor = bia;
    const state = await saveCouponAction({ ok: false }, couponForm(coupon.id, v, { value: '50' }));
    expectConflictBy(state, ana);
    expect(state.values?.value).toBe('50');
    const [row] = await t.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row!.value).toBe(15);
    expect(await auditCount('coupon', coupon.id)).toBe(audits);
  });

  it('names the invalid fields (minSubtotal by its input name) and changes nothing', async () => {
    const admin = await createAdminActor(t.db, ['orders']);
    const coupon = await saveCoupon(
      admin,
      { code: 'FRETE10', kind: 'percentage', value: 10 },
      {
        db: t.db,
      },
    );
    as.actor = admin;
    const state = await saveCouponAction(
      { ok: false },
      couponForm(coupon.id, versionToken(coupon.updatedAt), {
        code: 'FRETE 10!',
        value: '150',
        minSubtotal: 'x',
      }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['code', 'minSubtotal']);
    const [row] = await t.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row).toEqual(coupon);
  });
});

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

describe('createStaffAction', () => {
  it('names each invalid field, never echoes the password, and creates nobody', async () => {
    as.actor = await createAdminActor(t.db, ['staff']);
    const state = await createStaffAction(
      { ok: false },
      form({ email: 'nova@', name: ' ', password: 'senha123', permissions: ['orders'] }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password']);
    expect(state.values).toEqual({ email: 'nova@', name: ' ', permissions: 'orders' });
    const weak = await createStaffAction(
      { ok: false },
      form({ email: 'nova@loja.test', name: 'Nova', password: 'senha123' }),
    );
    expect(Object.keys(weak.fieldErrors ?? {})).toEqual(['password']);
    const [row] = await t.db.select().from(users).where(eq(users.email, 'nova@loja.test'));
    expect(row).toBeUndefined();
    expect(await auditCount('user', 'nova@loja.test')).toBe(0);
  });

  it('creates the admin when the form is valid', async () => {
    as.actor = await createAdminActor(t.db, ['staff']);
    const state = await createStaffAction(
      { ok: false },
      form({
        email: 'nova2@loja.test',
        name: 'Nova',
        password: 'cavalo-correto-bateria',
        permissions: ['orders'],
      }),
    );
    expect(state.ok).toBe(true);
    const [row] = await t.db.select().from(users).where(eq(users.email, 'nova2@loja.test'));
    expect(row).toMatchObject({ role: 'admin', permissions: ['orders'] });
  });
});

describe('deleteCustomerAction', () => {
  it('names the confirmation field and deletes nothing without DELETE typed', async () => {
    as.actor = await createAdminActor(t.db, ['customers']);
    const customer = await createTestUser(t.db);
    const target = await deleteCustomerAction(
      form({ userId: customer.id, confirm: 'delete' }),
    ).catch((e: { digest?: string }) => e.digest);
    expect(target).toContain('error=confirm.confirm_delete');
    const [row] = await t.db.select().from(users).where(eq(users.id, customer.id));
    expect(row).toMatchObject({ email: customer.email, deletedAt: null });
    expect(await auditCount('user', customer.id)).toBe(0);
  });
});
