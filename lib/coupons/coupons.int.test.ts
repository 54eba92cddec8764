import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { auditLog, couponRedemptions, coupons, orders, users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { toActor, type Actor } from '@/lib/auth/actor';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { placeOrder } from '@/lib/orders/place-order';
import { FLAT_SHIPPING_CENTS } from '@/lib/orders/shipping';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { transitionOrder } from '@/lib/orders/transition-order';
import { couponFailureOf } from './coupon-errors';
import { saveCoupon, setCouponActive } from './save-coupon';

let t: TestDatabase;
let wide: pg.Pool;
let db: Database;
let admin: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  wide = new pg.Pool({ connectionString: t.url, max: 40 });
  wide.on('error', () => {});
  db = drizzle(wide, { schema });
  const [row] = await db
    .insert(users)
    .values({
      email: 'coupons-admin@loja.test',
      name: 'Admin',
      role: 'admin',
      permissions: ['orders'],
    })
    .returning();
  admin = toActor({ ...row!, emailVerifiedAt: new Date() }, 's', 'session');
});
afterAll(async () => {
  await wide.end();
  await t.drop();
});

let n = 0;
const code = (prefix: string) => `${prefix}${++n}${Date.now().toString(36)}`.toUpperCase();
const reasonOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (error) {
    return couponFailureOf(error) ?? (error as Error).message;
  }
};
const usedCount = async (id: string) =>
  (await db.select().from(coupons).where(eq(coupons.id, id)))[0]!.usedCount;

describe('coupons at placement', () => {
  it('percentage off the server-side subtotal; a client-sent discount is ignored', async () => {
    const c = await saveCoupon(admin, { code: code('dez'), kind: 'percentage', value: 10 }, { db });
    const v = await createStockedVariant(db, 100_00, 5);
    const input = guestOrder([{ variantId: v.id, quantity: 1 }], {
      couponCodes: [c.code.toLowerCase()],
    });
    const placed = await placeOrder(db, GUEST, {
      ...input,
      discountCents: 99_00,
    } as typeof input);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order).toMatchObject({
      subtotalCents: 100_00,
      discountCents: 10_00,
      totalCents: 90_00 + FLAT_SHIPPING_CENTS,
    });
    const [redemption] = await db
      .select()
      .from(couponRedemptions)
      .where(eq(couponRedemptions.orderId, placed.id));
    expect(redemption).toMatchObject({ couponId: c.id, discountCents: 10_00, status: 'active' });
  });

  it('free shipping, minimum subtotal, validity window and combinability', async () => {
    const v = await createStockedVariant(db, 50_00, 50);
    const frete = await saveCoupon(
      admin,
      { code: code('frete'), kind: 'free_shipping', value: 0, minSubtotalCents: 100_00 },
      { db },
    );
    const items = (quantity: number) => [{ variantId: v.id, quantity }];
    expect(
      await reasonOf(placeOrder(db, GUEST, guestOrder(items(1), { couponCodes: [frete.code] }))),
    ).toBe('coupon_min_subtotal');
    const placed = await placeOrder(db, GUEST, guestOrder(items(2), { couponCodes: [frete.code] }));
    expect(placed.totalCents).toBe(100_00);

    const later = await saveCoupon(
      admin,
      {
        code: code('later'),
        kind: 'fixed',
        value: 5_00,
        startsAt: new Date(Date.now() + 86_400_000),
      },
      { db },
    );
    expect(
      await reasonOf(placeOrder(db, GUEST, guestOrder(items(1), { couponCodes: [later.code] }))),
    ).toBe('coupon_not_started');
    expect(
      await reasonOf(placeOrder(db, GUEST, guestOrder(items(1), { couponCodes: ['NOPE-XYZ'] }))),
    ).toBe('coupon_unknown');

    const a = await saveCoupon(admin, { code: code('a'), kind: 'fixed', value: 1_00 }, { db });
    const b = await saveCoupon(
      admin,
      { code: code('b'), kind: 'fixed', value: 2_00, combinable: true },
      { db },
    );
    const c = await saveCoupon(
      admin,
      { code: code('c'), kind: 'percentage', value: 10, combinable: true },
      { db },
    );
    expect(
      await reasonOf(
        placeOrder(db, GUEST, guestOrder(items(2), { couponCodes: [a.code, b.code] })),
      ),
    ).toBe('coupon_not_combinable');
    const both = await placeOrder(
      db,
      GUEST,
      guestOrder(items(2), { couponCodes: [b.code, c.code] }),
    );
    expect(both.totalCents).toBe(100_00 - 10_00 - 2_00 + FLAT_SHIPPING_CENTS);
    // Nothing was taken by the refused attempts.
    expect(await usedCount(a.id)).toBe(0);
    expect(await usedCount(later.id)).toBe(0);
  });

  it('20 shoppers race for the last 3 uses: exactly 3 orders get the coupon', async () => {
    const c = await saveCoupon(
      admin,
      { code: code('ultimo'), kind: 'fixed', value: 10_00, usageLimit: 3 },
      { db },
    );
    const v = await createStockedVariant(db, 80_00, 100);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        reasonOf(
          placeOrder(
            db,
            GUEST,
            guestOrder([{ variantId: v.id, quantity: 1 }], {
              guestEmail: `racer${i}@loja.test`,
              couponCodes: [c.code],
            }),
          ),
        ),
      ),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(3);
    expect(results.filter((r) => r === 'coupon_exhausted')).toHaveLength(17);
    expect(await usedCount(c.id)).toBe(3);
    const live = await db
      .select()
      .from(couponRedemptions)
      .where(eq(couponRedemptions.couponId, c.id));
    expect(live).toHaveLength(3);
  });

  it('per-customer limit holds under concurrency, per account and per guest e-mail', async () => {
    const c = await saveCoupon(
      admin,
      { code: code('uma'), kind: 'percentage', value: 5, perCustomerLimit: 1 },
      { db },
    );
    const v = await createStockedVariant(db, 30_00, 100);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        reasonOf(
          placeOrder(
            db,
            GUEST,
            guestOrder([{ variantId: v.id, quantity: 1 }], {
              guestEmail: 'Same@Loja.test',
              couponCodes: [c.code],
            }),
          ),
        ),
      ),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 'coupon_customer_limit')).toHaveLength(7);
    expect(await usedCount(c.id)).toBe(1);
  });

  it('a use comes back when the order is cancelled or expires before payment, not after', async () => {
    const c = await saveCoupon(
      admin,
      { code: code('volta'), kind: 'fixed', value: 1_00, usageLimit: 1 },
      { db },
    );
    const v = await createStockedVariant(db, 30_00, 100);
    const order = () =>
      placeOrder(
        db,
        GUEST,
        guestOrder([{ variantId: v.id, quantity: 1 }], { couponCodes: [c.code] }),
      );
    const first = await order();
    expect(await reasonOf(order())).toBe('coupon_exhausted');
    await db.transaction((tx) =>
      transitionOrder(tx, { orderId: first.id, to: 'cancelled', actor: 'system', reason: 'test' }),
    );
    expect(await usedCount(c.id)).toBe(0);
    const second = await order();
    await db.transaction((tx) =>
      transitionOrder(tx, { orderId: second.id, to: 'expired', actor: 'system', reason: 'test' }),
    );
    expect(await usedCount(c.id)).toBe(0);
    // A late payment honours the price paid: the use is taken back.
    await db.transaction((tx) =>
      transitionOrder(tx, { orderId: second.id, to: 'paid', actor: 'system', reason: 'late' }),
    );
    expect(await usedCount(c.id)).toBe(1);
    await db.transaction((tx) =>
      transitionOrder(tx, { orderId: second.id, to: 'cancelled', actor: 'system', reason: 'x' }),
    );
    // Cancelled after payment: the refund path owns it, the use stays taken.
    expect(await usedCount(c.id)).toBe(1);
  });
});

describe('coupon admin', () => {
  it('needs the orders permission, audits create/edit/disable, refuses a taken code', async () => {
    const [row] = await db
      .insert(users)
      .values({
        email: 'catalog-only@loja.test',
        name: 'C',
        role: 'admin',
        permissions: ['catalog'],
      })
      .returning();
    const catalogAdmin = toActor({ ...row!, emailVerifiedAt: new Date() }, 's', 'session');
    const c = code('adm');
    await expect(
      saveCoupon(catalogAdmin, { code: c, kind: 'fixed', value: 1 }, { db }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const created = await saveCoupon(admin, { code: c, kind: 'fixed', value: 1_00 }, { db });
    await expect(
      saveCoupon(admin, { code: c.toLowerCase(), kind: 'fixed', value: 1 }, { db }),
    ).rejects.toMatchObject({ details: { reason: 'coupon_code_taken' } });
    await saveCoupon(admin, { code: c, kind: 'fixed', value: 2_00 }, { db, id: created.id });
    await setCouponActive(admin, created.id, false, { db });
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'coupon.create',
      'coupon.disable',
      'coupon.update',
    ]);
    const v = await createStockedVariant(db, 10_00, 5);
    const err = await placeOrder(
      db,
      GUEST,
      guestOrder([{ variantId: v.id, quantity: 1 }], { couponCodes: [c] }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(couponFailureOf(err)).toBe('coupon_inactive');
  });
});
