import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, orders, users } from '@/db/schema';
import { loadActorUser } from '@/lib/auth/load-actor-user';
import { signInWithPassword } from '@/lib/auth/sign-in';
import {
  TEST_PASSWORD,
  createTestUser,
  testContext,
  useAuthTestDatabase,
} from '@/lib/auth/testing/auth-test-env';
import { toErrorBody } from '@/lib/errors';
import { placeOrder } from '@/lib/orders/place-order';
import { createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { adminActor } from '../testing/admin-fixtures';
import {
  customerFiltersSchema,
  deleteCustomerOnRequest,
  exportCustomerData,
  getCustomer,
  listCustomers,
  setCustomerBlocked,
} from './customer-ops';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

const audits = (entityId: string) =>
  t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
const caught = (p: Promise<unknown>) => p.then(() => null).catch((e: unknown) => toErrorBody(e));

describe('block and unblock', () => {
  it('a blocked customer cannot sign in and their session stops resolving; unblock restores', async () => {
    const admin = await adminActor(t.db, ['customers']);
    const customer = await createTestUser(t.db);
    await setCustomerBlocked(admin, { userId: customer.id }, true, { ip: '198.51.100.4' });
    expect(await loadActorUser(customer.id)).toBeUndefined();
    const signIn = await signInWithPassword(
      { email: customer.email, password: TEST_PASSWORD },
      testContext(),
    );
    expect(signIn).toMatchObject({ ok: false, code: 'invalid_credentials' });
    await setCustomerBlocked(admin, { userId: customer.id }, false);
    expect(await loadActorUser(customer.id)).toBeDefined();
    const rows = await audits(customer.id);
    expect(rows.map((r) => r.action)).toEqual(['customer.block', 'customer.unblock']);
    expect(rows[0]).toMatchObject({ ip: '198.51.100.4', actorEmail: admin.email });
  });

  it('refuses admins without "customers" and names an invalid id', async () => {
    const customer = await createTestUser(t.db);
    const ordersOnly = await adminActor(t.db, ['orders']);
    expect(
      (await caught(setCustomerBlocked(ordersOnly, { userId: customer.id }, true)))?.status,
    ).toBe(403);
    const admin = await adminActor(t.db, ['customers']);
    const invalid = await caught(setCustomerBlocked(admin, { userId: 'nope' }, true));
    expect(invalid?.status).toBe(422);
    expect(invalid?.body.error.fields).toHaveProperty('userId');
    const [row] = await t.db.select().from(users).where(eq(users.id, customer.id));
    expect(row?.blockedAt).toBeNull();
  });
});

describe('LGPD', () => {
  it('exports the customer data with orders, audited', async () => {
    const admin = await adminActor(t.db, ['customers']);
    const customer = await createTestUser(t.db);
    const variant = await createStockedVariant(t.db, 1_000, 3);
    await placeOrder(
      t.db,
      { userId: customer.id, actor: `user:${customer.id}` },
      guestOrder([{ variantId: variant.id, quantity: 1 }], { guestEmail: undefined }),
    );
    const data = await exportCustomerData(admin, { userId: customer.id });
    expect(data.profile?.email).toBe(customer.email);
    expect(data.orders).toHaveLength(1);
    expect((await audits(customer.id)).map((r) => r.action)).toEqual(['customer.export']);
  });

  it('delete on request anonymises the person and keeps the orders; needs typed confirmation', async () => {
    const admin = await adminActor(t.db, ['customers']);
    const customer = await createTestUser(t.db);
    const variant = await createStockedVariant(t.db, 1_000, 3);
    const placed = await placeOrder(
      t.db,
      { userId: customer.id, actor: `user:${customer.id}` },
      guestOrder([{ variantId: variant.id, quantity: 1 }], { guestEmail: undefined }),
    );
    const unconfirmed = await caught(
      deleteCustomerOnRequest(admin, { userId: customer.id, confirm: 'yes' }),
    );
    expect(unconfirmed?.body.error.fields).toHaveProperty('confirm');
    await deleteCustomerOnRequest(admin, { userId: customer.id, confirm: 'DELETE' });
    const [row] = await t.db.select().from(users).where(eq(users.id, customer.id));
    expect(row).toMatchObject({ name: 'Conta excluída', cpf: null, passwordHash: null });
    expect(row?.email).not.toBe(customer.email);
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const [order] = await t.db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order?.userId).toBe(customer.id);
    const [audit] = await audits(customer.id);
    expect(audit).toMatchObject({ action: 'customer.delete' });
    expect(JSON.stringify(audit?.changes)).not.toContain(customer.email);
  });
});

describe('customers list', () => {
  it('searches e-mail or name and pages by keyset', async () => {
    const marker = `busca${Date.now()}`;
    for (let i = 0; i < 3; i += 1)
      await createTestUser(t.db, { email: `${marker}-${i}@loja.test` });
    const first = await listCustomers(
      t.db,
      customerFiltersSchema.parse({ q: marker.toUpperCase() }),
      2,
    );
    expect(first.rows).toHaveLength(2);
    const second = await listCustomers(t.db, { q: marker, cursor: first.nextCursor! }, 2);
    expect(second.rows).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(3);
    expect(await getCustomer(t.db, ids[0]!)).toMatchObject({ orderCount: 0 });
  });
});
