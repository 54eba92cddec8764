import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  inventoryLevels,
  orderEmailOutbox,
  orderNotes,
  orders,
  payments,
} from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { AppError, toErrorBody } from '@/lib/errors';
import { applyGatewayRefund } from '@/lib/payments/apply-gateway-refund';
import type { PaymentGateway } from '@/lib/payments/gateway';
import { createSandboxGateway } from '@/lib/payments/sandbox-gateway';
import { adminActor, paidOrder } from '../testing/admin-fixtures';
import { allowedActions } from './allowed-actions';
import { cancelOrder } from './cancel-order';
import { getAdminOrder } from './get-admin-order';
import { moveOrderStatus } from './move-order-status';
import { listOrderEmails, resendOrderEmail } from './order-emails';
import { addOrderNote } from './order-notes';
import { refundOrder } from './refund-order';
import { listAdminOrders } from './list-admin-orders';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

const status = async (id: string) =>
  (await t.db.select({ s: orders.status }).from(orders).where(eq(orders.id, id)))[0]!.s;
const audits = (entityId: string) =>
  t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
const caught = (p: Promise<unknown>) => p.then(() => null).catch((e: unknown) => toErrorBody(e));

function countingGateway(outcome: 'succeeded' | 'failed' = 'succeeded') {
  const calls: number[] = [];
  const gateway: PaymentGateway = {
    name: createSandboxGateway().name,
    charge: () => Promise.reject(new Error('not here')),
    refund: async (r) => (calls.push(r.amountCents), { status: outcome }),
  };
  return { gateway, calls };
}

describe('order status moves', () => {
  it('takes a paid order to delivered through the allowed moves only, each audited', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db);
    expect(allowedActions('paid').moves).toEqual(['preparing']);
    // An illegal jump is a 409 and changes nothing.
    const illegal = await caught(moveOrderStatus(admin, { orderId, to: 'delivered' }));
    expect(illegal?.status).toBe(409);
    expect(await status(orderId)).toBe('paid');
    for (const to of [
      'preparing',
      'ready_for_dispatch',
      'out_for_delivery',
      'delivered',
    ] as const) {
      await moveOrderStatus(admin, { orderId, to }, { ip: '203.0.113.7' });
    }
    expect(await status(orderId)).toBe('delivered');
    const rows = await audits(orderId);
    expect(rows.map((r) => r.changes.status?.after)).toEqual([
      'preparing',
      'ready_for_dispatch',
      'out_for_delivery',
      'delivered',
    ]);
    expect(rows[0]).toMatchObject({
      action: 'order.transition',
      actorEmail: admin.email,
      ip: '203.0.113.7',
    });
    const detail = await getAdminOrder(t.db, orderId);
    expect(detail?.events.map((e) => e.toStatus).slice(-5)).toEqual([
      'paid',
      'preparing',
      'ready_for_dispatch',
      'out_for_delivery',
      'delivered',
    ]);
  });

  it('names the invalid field (422) and refuses admins without "orders" (403)', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db);
    const invalid = await caught(moveOrderStatus(admin, { orderId, to: 'paid' }));
    expect(invalid?.status).toBe(422);
    expect(invalid?.body.error.fields).toHaveProperty('to');
    const catalogOnly = await adminActor(t.db, ['catalog']);
    const denied = await caught(moveOrderStatus(catalogOnly, { orderId, to: 'preparing' }));
    expect(denied?.status).toBe(403);
    expect(await status(orderId)).toBe('paid');
    expect(await audits(orderId)).toEqual([]);
  });
});

describe('refunds', () => {
  it('partial then the rest: partially_refunded, then refunded; never more than captured', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db, 10_000);
    const { gateway, calls } = countingGateway();
    const total = (await t.db.select().from(orders).where(eq(orders.id, orderId)))[0]!.totalCents;
    const first = await refundOrder(
      admin,
      {
        orderId,
        amount: '30,00',
        reason: 'item arrived scratched',
        idempotencyKey: 'refund-key-1',
      },
      {},
      gateway,
    );
    expect(first).toMatchObject({ status: 'succeeded', amountCents: 3_000 });
    expect(await status(orderId)).toBe('partially_refunded');
    // The same submit again (double click, retry): no second gateway call.
    await refundOrder(
      admin,
      {
        orderId,
        amount: '30,00',
        reason: 'item arrived scratched',
        idempotencyKey: 'refund-key-1',
      },
      {},
      gateway,
    );
    expect(calls).toEqual([3_000]);
    const tooMuch = await caught(
      refundOrder(
        admin,
        { orderId, amount: String(total), reason: 'everything', idempotencyKey: 'refund-key-2' },
        {},
        gateway,
      ),
    );
    expect(tooMuch?.status).toBe(422);
    expect(tooMuch?.body.error.fields).toHaveProperty('amount');
    const rest = ((total - 3_000) / 100).toFixed(2);
    await refundOrder(
      admin,
      { orderId, amount: rest, reason: 'cancel rest', idempotencyKey: 'refund-key-3' },
      {},
      gateway,
    );
    expect(await status(orderId)).toBe('refunded');
    const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, orderId));
    expect(payment).toMatchObject({ refundedCents: total, status: 'refunded' });
    const rows = await audits(orderId);
    expect(rows.map((r) => r.action)).toEqual(['order.refund', 'order.refund']);
    expect(rows[0]?.changes.status).toEqual({ before: 'paid', after: 'partially_refunded' });
  });

  it('a gateway refusal refunds nothing and is audited as a failure', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db);
    const { gateway } = countingGateway('failed');
    const result = await refundOrder(
      admin,
      { orderId, amount: '10', reason: 'goodwill', idempotencyKey: 'refund-key-fail' },
      {},
      gateway,
    );
    expect(result.status).toBe('failed');
    expect(await status(orderId)).toBe('paid');
    expect((await audits(orderId)).map((r) => r.action)).toEqual(['order.refund_failed']);
    expect((await getAdminOrder(t.db, orderId))?.refundable).toBeGreaterThan(0);
  });

  it('concurrent refunds of the full amount: exactly one goes through', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db);
    const { gateway, calls } = countingGateway();
    const total = (await t.db.select().from(orders).where(eq(orders.id, orderId)))[0]!.totalCents;
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        refundOrder(
          admin,
          {
            orderId,
            amount: (total / 100).toFixed(2),
            reason: 'race',
            idempotencyKey: `race-key-${i}`,
          },
          {},
          gateway,
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(calls).toEqual([total]);
  });
});

describe('refunds and the gateway echo', () => {
  it("the gateway's webhook for an admin refund landing first is not counted twice", async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db, 10_000);
    const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, orderId));
    let echoed = 0;
    // The gateway refunds, and its webhook (cumulative amount) is processed before our own
    // bookkeeping transaction runs: the order the Stripe and Vindi docs allow.
    const echoFirst: PaymentGateway = {
      ...countingGateway().gateway,
      refund: async (r) => {
        echoed += r.amountCents;
        await applyGatewayRefund(t.db, {
          gateway: payment!.gateway,
          eventId: `echo-${orderId}-${echoed}`,
          type: 'charge.refunded',
          reference: payment!.gatewayReference!,
          refundedCents: echoed,
        });
        return { status: 'succeeded' };
      },
    };
    await refundOrder(
      admin,
      { orderId, amount: '30,00', reason: 'echo', idempotencyKey: `echo-a-${orderId}` },
      {},
      echoFirst,
    );
    await refundOrder(
      admin,
      { orderId, amount: '20,00', reason: 'echo', idempotencyKey: `echo-b-${orderId}` },
      {},
      echoFirst,
    );
    const [after] = await t.db.select().from(payments).where(eq(payments.id, payment!.id));
    expect(after!.refundedCents).toBe(5_000);
    expect(await status(orderId)).toBe('partially_refunded');
  });

  it('two partial refunds at once both count', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db, 10_000);
    const { gateway, calls } = countingGateway();
    await Promise.all(
      ['30,00', '20,00'].map((amount, i) =>
        refundOrder(
          admin,
          { orderId, amount, reason: 'two at once', idempotencyKey: `pair-${i}-${orderId}` },
          {},
          gateway,
        ),
      ),
    );
    expect(calls.sort()).toEqual([2_000, 3_000]);
    const [after] = await t.db.select().from(payments).where(eq(payments.orderId, orderId));
    expect(after!.refundedCents).toBe(5_000);
  });
});

describe('cancel and notes', () => {
  it('cancelling a paid order puts the stock back and refunds in full', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId, variant } = await paidOrder(t.db, 10_000, 5);
    const { gateway, calls } = countingGateway();
    const noReason = await caught(cancelOrder(admin, { orderId, reason: '' }, {}, gateway));
    expect(noReason?.body.error.fields).toHaveProperty('reason');
    await cancelOrder(admin, { orderId, reason: 'customer asked' }, {}, gateway);
    expect(await status(orderId)).toBe('refunded');
    expect(calls).toHaveLength(1);
    const [level] = await t.db
      .select()
      .from(inventoryLevels)
      .where(eq(inventoryLevels.variantId, variant.id));
    expect(level?.onHand).toBe(5);
    expect((await audits(orderId)).map((r) => r.action)).toEqual(['order.cancel', 'order.refund']);
    const again = await caught(cancelOrder(admin, { orderId, reason: 'again' }, {}, gateway));
    expect(again?.status).toBe(409);
  });

  it('adds an internal note, audited; a customer-only permission set is refused', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db);
    await addOrderNote(admin, { orderId, body: 'Ligar antes de entregar' });
    expect(
      await t.db
        .select()
        .from(orderNotes)
        .where(and(eq(orderNotes.orderId, orderId))),
    ).toMatchObject([{ body: 'Ligar antes de entregar', authorEmail: admin.email }]);
    expect((await audits(orderId)).map((r) => r.action)).toEqual(['order.note']);
    const other = await adminActor(t.db, ['customers']);
    await expect(addOrderNote(other, { orderId, body: 'x' })).rejects.toBeInstanceOf(AppError);
  });
});

describe('orders list', () => {
  it('keyset pages never repeat or skip, and filters combine', async () => {
    for (let i = 0; i < 3; i += 1) await paidOrder(t.db);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAdminOrders(t.db, { sort: 'newest', cursor }, 2);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = await t.db.select({ id: orders.id }).from(orders);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(all.length);
    const filtered = await listAdminOrders(t.db, {
      sort: 'oldest',
      status: 'paid',
      method: 'card',
      email: 'comprador@loja.test',
      cep: '01310100',
    });
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.every((r) => r.status === 'paid' && r.cep === '01310100')).toBe(true);
    const none = await listAdminOrders(t.db, { sort: 'newest', email: 'ninguem@loja.test' });
    expect(none.rows).toEqual([]);
  });
});

describe('resend e-mails', () => {
  it('puts an order e-mail back in the outbox queue, audited; other orders e-mails are refused', async () => {
    const admin = await adminActor(t.db, ['orders']);
    const { orderId } = await paidOrder(t.db);
    const emails = await listOrderEmails(t.db, orderId);
    expect(emails.length).toBeGreaterThan(0);
    await t.db
      .update(orderEmailOutbox)
      .set({ status: 'failed', attempts: 5 })
      .where(eq(orderEmailOutbox.orderId, orderId));
    await resendOrderEmail(admin, { orderId, emailId: String(emails[0]!.id) });
    const [row] = await t.db
      .select()
      .from(orderEmailOutbox)
      .where(eq(orderEmailOutbox.id, emails[0]!.id));
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await audits(orderId)).map((r) => r.action)).toEqual(['order.resend_email']);
    const other = await paidOrder(t.db);
    const foreign = await caught(
      resendOrderEmail(admin, { orderId: other.orderId, emailId: String(emails[0]!.id) }),
    );
    expect(foreign?.status).toBe(404);
  });
});
