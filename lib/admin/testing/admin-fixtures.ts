import { eq } from 'drizzle-orm';
import { users, type AdminPermission } from '@/db/schema';
import type { TestDatabase } from '@/db/testing/test-db';
import { toActor, type Actor } from '@/lib/auth/actor';
import { createTestUser } from '@/lib/auth/testing/auth-test-env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { tokenizeSandboxCard } from '@/lib/payments/sandbox-cards';
import { createSandboxGateway } from '@/lib/payments/sandbox-gateway';
import { startPayment } from '@/lib/payments/start-payment';

/** An admin actor holding exactly these permissions (or a super-admin), backed by a real row. */
export async function adminActor(
  db: TestDatabase['db'],
  permissions: AdminPermission[],
  superAdmin = false,
): Promise<Actor> {
  const row = await createTestUser(db, { role: 'admin', permissions, superAdmin });
  const [user] = await db.select().from(users).where(eq(users.id, row.id));
  return toActor(user!, 'test-session', 'session');
}

export async function customerActor(db: TestDatabase['db']): Promise<Actor> {
  const row = await createTestUser(db);
  const [user] = await db.select().from(users).where(eq(users.id, row.id));
  return toActor(user!, 'test-session', 'session');
}

/** A card order paid through the sandbox: status paid, stock sold. */
export async function paidOrder(db: TestDatabase['db'], priceCents = 10_000, onHand = 5) {
  const variant = await createStockedVariant(db, priceCents, onHand);
  const placed = await placeOrder(db, GUEST, guestOrder([{ variantId: variant.id, quantity: 1 }]));
  await startPayment(db, createSandboxGateway(), {
    orderId: placed.id,
    token: tokenizeSandboxCard('4242424242424242'),
    actor: 'guest',
  });
  return { orderId: placed.id, variant };
}
