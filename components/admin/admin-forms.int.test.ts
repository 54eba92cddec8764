/**
 * Store settings, coupons, staff and customer erasure through their server actions on real
 * PostgreSQL: two admins open version v, the first save wins, the second gets a conflict naming
 * the first and writes nothing (no change, no audit row); bad input names the field and changes
 * nothing. Only the request plumbing is stubbed (testing/admin-action-harness.ts).
 */
import {
  as,
  auditCount as countAudit,
  expectConflictBy,
  form,
} from './testing/admin-action-harness';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coupons } from '@/db/schema/coupons';
import { users } from '@/db/schema';
import { storeSettings } from '@/db/schema/settings';
import { versionToken } from '@/lib/admin/optimistic-lock';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { saveCoupon } from '@/lib/coupons/save-coupon';

const { saveSettingsAction } = await import('./settings-actions');
const { saveCouponAction } = await import('./coupons/actions');
const { createStaffAction } = await import('./staff-actions');
const { deleteCustomerAction } = await import('./customer-actions');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
const auditCount = (entity: string, entityId: string) => countAudit(t.db, entity, entityId);

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
