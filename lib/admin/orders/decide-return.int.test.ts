import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  inventoryLevels,
  mailboxMessages,
  orderEmailOutbox,
  orderEvents,
  orderRefunds,
  orders,
  stockMovements,
} from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { deliverOrderEmails } from '@/lib/email/order-emails/deliver-order-emails';
import { toErrorBody } from '@/lib/errors';
import { requestReturn } from '@/lib/orders/request-return';
import { transitionOrder } from '@/lib/orders/transition-order';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { createSandboxGateway } from '@/lib/payments/sandbox-gateway';
import { adminActor, paidOrder } from '../testing/admin-fixtures';
import { acceptReturn, declineReturn, returnRefundKey } from './decide-return';
import { moveOrderStatus } from './move-order-status';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

const caught = (p: Promise<unknown>) => p.then(() => null).catch((e: unknown) => toErrorBody(e));
const orderRow = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!;
const onHand = async (variantId: string) =>
  (await t.db.select().from(inventoryLevels).where(eq(inventoryLevels.variantId, variantId)))[0]!
    .onHand;
const restocks = (orderId: string) =>
  t.db
    .select()
    .from(stockMovements)
    .where(and(eq(stockMovements.orderId, orderId), eq(stockMovements.kind, 'restock')));
const auditActions = async (orderId: string) =>
  (
    await t.db.select().from(auditLog).where(eq(auditLog.entityId, orderId)).orderBy(auditLog.id)
  ).map((r) => r.action);

function countingGateway() {
  const calls: { amountCents: number; idempotencyKey: string }[] = [];
  const gateway: PaymentGateway = {
    name: createSandboxGateway().name,
    charge: () => Promise.reject(new Error('not here')),
    refund: async (r) => {
      calls.push({ amountCents: r.amountCents, idempotencyKey: r.idempotencyKey });
      // Slow enough that a racing accept would overlap the refund if it were not serialized.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { status: 'succeeded' };
    },
  };
  return { gateway, calls };
}

/** A paid order delivered (system moves, so no audit rows yet), then a return the shopper asked for. */
async function returnRequestedOrder(onHandBefore = 5) {
  const { orderId, variant } = await paidOrder(t.db, 10_000, onHandBefore);
  for (const to of ['preparing', 'ready_for_dispatch', 'out_for_delivery', 'delivered'] as const)
    await t.db.transaction((tx) =>
      transitionOrder(tx, { orderId, to, actor: 'system', reason: 'test' }),
    );
  const order = await orderRow(orderId);
  await requestReturn(t.db, order.number, { userId: null, orderIds: [orderId] }, 'veio quebrado');
  return { orderId, variant, order };
}

describe('accepting a return', () => {
  it('needs the orders permission; then restocks, refunds once, audits, and 409s a second accept', async () => {
    const { orderId, variant, order } = await returnRequestedOrder(5);
    expect(await onHand(variant.id)).toBe(4);
    const { gateway, calls } = countingGateway();

    const catalogOnly = await adminActor(t.db, ['catalog']);
    const denied = await caught(acceptReturn(catalogOnly, { orderId }, {}, gateway));
    expect(denied?.status).toBe(403);
    expect((await orderRow(orderId)).status).toBe('return_requested');
    expect(await onHand(variant.id)).toBe(4);

    const admin = await adminActor(t.db, ['orders']);
    const { refund } = await acceptReturn(admin, { orderId }, { ip: '198.51.100.4' }, gateway);
    expect(refund).toMatchObject({ status: 'succeeded', amountCents: order.totalCents });
    expect(calls).toEqual([{ amountCents: order.totalCents, idempotencyKey: expect.any(String) }]);
    expect(await onHand(variant.id)).toBe(5);
    const ledger = await restocks(orderId);
    expect(ledger).toMatchObject([
      { variantId: variant.id, quantity: 1, actor: `user:${admin.userId}` },
    ]);
    // returned, then the full refund moves it on to refunded.
    expect((await orderRow(orderId)).status).toBe('refunded');
    const moves = await t.db
      .select({ from: orderEvents.fromStatus, to: orderEvents.toStatus })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(orderEvents.at);
    expect(moves.slice(-2)).toEqual([
      { from: 'return_requested', to: 'returned' },
      { from: 'returned', to: 'refunded' },
    ]);
    expect(await auditActions(orderId)).toEqual(['order.return_accept', 'order.refund']);
    const [refundRow] = await t.db
      .select()
      .from(orderRefunds)
      .where(eq(orderRefunds.orderId, orderId));
    expect(refundRow?.idempotencyKey).toBe(returnRefundKey(orderId));

    const again = await caught(acceptReturn(admin, { orderId }, {}, gateway));
    expect(again?.status).toBe(409);
    expect(calls).toHaveLength(1);
    expect(await restocks(orderId)).toHaveLength(1);
    expect(await onHand(variant.id)).toBe(5);
  });

  it('two admins accepting at once: one restock, one refund, one audit; the other gets 409', async () => {
    const { orderId, variant } = await returnRequestedOrder(3);
    const { gateway, calls } = countingGateway();
    const [a, b] = [await adminActor(t.db, ['orders']), await adminActor(t.db, ['orders'])];
    const results = await Promise.allSettled([
      acceptReturn(a, { orderId }, {}, gateway),
      acceptReturn(b, { orderId }, {}, gateway),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(toErrorBody(rejected?.reason).status).toBe(409);
    expect(calls).toHaveLength(1);
    expect(await restocks(orderId)).toHaveLength(1);
    expect(await onHand(variant.id)).toBe(3);
    expect((await auditActions(orderId)).filter((x) => x === 'order.return_accept')).toHaveLength(
      1,
    );
  });

  it('an order without a return request cannot be accepted (409) and bad ids are 422', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId, variant } = await paidOrder(t.db);
    const { gateway, calls } = countingGateway();
    expect((await caught(acceptReturn(admin, { orderId }, {}, gateway)))?.status).toBe(409);
    const bad = await caught(acceptReturn(admin, { orderId: 'nope' }, {}, gateway));
    expect(bad?.status).toBe(422);
    expect(bad?.body.error.fields).toHaveProperty('orderId');
    expect(calls).toEqual([]);
    expect(await restocks(orderId)).toEqual([]);
    expect(await onHand(variant.id)).toBe(4);
    expect(await auditActions(orderId)).toEqual([]);
  });
});

describe('declining a return', () => {
  it('needs a reason; goes back to delivered, audited, and e-mails the shopper the reason', async () => {
    const { orderId, variant, order } = await returnRequestedOrder();
    const admin = await adminActor(t.db, ['orders']);
    const noReason = await caught(declineReturn(admin, { orderId, reason: ' ' }));
    expect(noReason?.status).toBe(422);
    expect(noReason?.body.error.fields).toHaveProperty('reason');
    const denied = await caught(
      declineReturn(await adminActor(t.db, ['customers']), { orderId, reason: 'Produto usado' }),
    );
    expect(denied?.status).toBe(403);
    expect((await orderRow(orderId)).status).toBe('return_requested');

    const reason = 'O produto foi usado e está sem a etiqueta';
    await declineReturn(admin, { orderId, reason });
    expect((await orderRow(orderId)).status).toBe('delivered');
    expect(await onHand(variant.id)).toBe(4);
    expect(await restocks(orderId)).toEqual([]);
    const [last] = await t.db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(orderEvents.at)
      .then((rows) => rows.slice(-1));
    expect(last).toMatchObject({ fromStatus: 'return_requested', toStatus: 'delivered', reason });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, orderId));
    expect(audit).toMatchObject([{ action: 'order.return_decline', actorEmail: admin.email }]);

    const queued = await t.db
      .select({ kind: orderEmailOutbox.kind })
      .from(orderEmailOutbox)
      .where(eq(orderEmailOutbox.orderId, orderId));
    expect(queued.map((q) => q.kind).filter((k) => k.startsWith('return'))).toEqual([
      'return_declined',
    ]);
    // Delivered once already: the decline must not send a second "delivered".
    expect(queued.filter((q) => q.kind === 'delivered')).toHaveLength(1);
    while ((await deliverOrderEmails(t.db, { limit: 100 })).sent > 0);
    const [mail] = await t.db
      .select()
      .from(mailboxMessages)
      .where(eq(mailboxMessages.template, 'order.return_declined'))
      .then((rows) => rows.filter((m) => m.subject.includes(order.number)));
    expect(mail?.subject).toBe(`Sua solicitação de devolução do pedido ${order.number}`);
    expect(mail?.text).toContain(`Motivo: “${reason}”`);

    const twice = await caught(declineReturn(admin, { orderId, reason }));
    expect(twice?.status).toBe(409);
  });
});

describe('returned by any path restocks exactly once', () => {
  it('a manual move to returned restocks; the refund after it and a repeat restock add nothing', async () => {
    const { orderId, variant } = await returnRequestedOrder(5);
    const admin = await adminActor(t.db, ['orders']);
    await moveOrderStatus(admin, { orderId, to: 'returned' });
    expect((await orderRow(orderId)).status).toBe('returned');
    expect(await onHand(variant.id)).toBe(5);
    expect(await restocks(orderId)).toHaveLength(1);
    const { restockOrder } = await import('@/lib/inventory/restock-order');
    await t.db.transaction((tx) => restockOrder(tx, orderId, 'test', 'again'));
    expect(await onHand(variant.id)).toBe(5);
    expect(await restocks(orderId)).toHaveLength(1);
  });
});
