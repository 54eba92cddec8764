import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inventoryLevels, orderEvents, orders, payments } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { getAvailableStock } from '@/lib/inventory/get-available-stock';
import { createSandboxGateway } from '@/lib/payments/sandbox-gateway';
import { tokenizeSandboxCard } from '@/lib/payments/sandbox-cards';
import { startPayment } from '@/lib/payments/start-payment';
import { cancelOrderByShopper } from './cancel-order-by-shopper';
import { placeOrder } from './place-order';
import { requestReturn } from './request-return';
import { GUEST, createStockedVariant, guestOrder } from './testing/commerce-fixtures';
import { transitionOrder } from './transition-order';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => t?.release());

const gateway = createSandboxGateway();
const statusOf = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!.status;
const onHand = async (variantId: string) =>
  (await t.db.select().from(inventoryLevels).where(eq(inventoryLevels.variantId, variantId)))[0]!
    .onHand;

async function paidOrder(onHandUnits = 5) {
  const v = await createStockedVariant(t.db, 40_00, onHandUnits);
  const placed = await placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 2 }]));
  await startPayment(t.db, gateway, {
    orderId: placed.id,
    token: tokenizeSandboxCard('4242424242424242'),
    actor: 'guest',
  });
  return { v, placed, viewer: { userId: null, orderIds: [placed.id] } };
}

describe('shopper cancellation', () => {
  it('after payment, before dispatch: stock back on hand and a full refund through the gateway', async () => {
    const { v, placed, viewer } = await paidOrder();
    expect(await onHand(v.id)).toBe(3);
    const refund = vi.spyOn(gateway, 'refund');
    const result = await cancelOrderByShopper(t.db, gateway, placed.number, viewer);
    expect(result.refundedCents).toBe(placed.totalCents);
    expect(refund).toHaveBeenCalledWith(
      expect.objectContaining({
        amountCents: placed.totalCents,
        idempotencyKey: `shopper-cancel-${placed.id}`,
      }),
    );
    expect(await onHand(v.id)).toBe(5);
    expect(await statusOf(placed.id)).toBe('refunded');
    const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, placed.id));
    expect(payment).toMatchObject({ status: 'refunded', refundedCents: placed.totalCents });
    const moves = await t.db
      .select({ to: orderEvents.toStatus, actor: orderEvents.actor })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, placed.id))
      .orderBy(orderEvents.at);
    expect(moves.map((m) => m.to)).toEqual(['pending_payment', 'paid', 'cancelled', 'refunded']);
    // A second click changes nothing more (409 from the transition table).
    await expect(cancelOrderByShopper(t.db, gateway, placed.number, viewer)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await onHand(v.id)).toBe(5);
  });

  it('a pending order: the hold is released, nothing to refund', async () => {
    const v = await createStockedVariant(t.db, 10_00, 4);
    const placed = await placeOrder(
      t.db,
      GUEST,
      guestOrder([{ variantId: v.id, quantity: 1 }], { paymentMethod: 'pix' }),
    );
    expect((await getAvailableStock(t.db, [v.id])).get(v.id)).toBe(3);
    await cancelOrderByShopper(t.db, gateway, placed.number, {
      userId: null,
      orderIds: [placed.id],
    });
    expect((await getAvailableStock(t.db, [v.id])).get(v.id)).toBe(4);
    expect(await statusOf(placed.id)).toBe('cancelled');
  });

  it('not after dispatch, and never someone else’s order', async () => {
    const { placed, viewer } = await paidOrder();
    await expect(
      cancelOrderByShopper(t.db, gateway, placed.number, { userId: null, orderIds: [] }),
    ).rejects.toMatchObject({ code: 'not_found' });
    for (const to of ['preparing', 'ready_for_dispatch', 'out_for_delivery'] as const)
      await t.db.transaction((tx) =>
        transitionOrder(tx, { orderId: placed.id, to, actor: 'system', reason: 'test' }),
      );
    await expect(cancelOrderByShopper(t.db, gateway, placed.number, viewer)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await statusOf(placed.id)).toBe('out_for_delivery');
  });
});

describe('return requests', () => {
  it('within the window after delivery → return_requested with the reason; after it → refused', async () => {
    const { placed, viewer } = await paidOrder();
    for (const to of ['preparing', 'ready_for_dispatch', 'out_for_delivery', 'delivered'] as const)
      await t.db.transaction((tx) =>
        transitionOrder(tx, { orderId: placed.id, to, actor: 'system', reason: 'test' }),
      );
    const late = new Date(Date.now() + 8 * 86_400_000);
    await expect(
      requestReturn(t.db, placed.number, viewer, 'Tamanho errado', late),
    ).rejects.toMatchObject({ details: { reason: 'return_window_closed' } });
    await expect(requestReturn(t.db, placed.number, viewer, 'x')).rejects.toMatchObject({
      name: 'ZodError',
    });
    await requestReturn(t.db, placed.number, viewer, 'Tamanho errado');
    expect(await statusOf(placed.id)).toBe('return_requested');
    const [event] = await t.db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, placed.id))
      .orderBy(sql`${orderEvents.at} desc`)
      .limit(1);
    expect(event).toMatchObject({ toStatus: 'return_requested', actor: 'guest' });
    expect(event!.reason).toContain('Tamanho errado');
  });

  it('not before delivery', async () => {
    const { placed, viewer } = await paidOrder();
    await expect(
      requestReturn(t.db, placed.number, viewer, 'Mudei de ideia'),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
