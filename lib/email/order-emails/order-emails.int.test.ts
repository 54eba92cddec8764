import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxMessages, orderEmailOutbox, orderLocales } from '@/db/schema';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { transitionOrder } from '@/lib/orders/transition-order';
import { applyPaymentWebhook } from '@/lib/payments/apply-payment-webhook';
import { createSandboxGateway } from '@/lib/payments/sandbox-gateway';
import { startPayment } from '@/lib/payments/start-payment';
import { deliverOrderEmails } from './deliver-order-emails';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => t?.release());

const inbox = (to: string) =>
  t.db
    .select()
    .from(mailboxMessages)
    .where(eq(mailboxMessages.to, to))
    .orderBy(mailboxMessages.createdAt);

describe('order e-mails through the outbox and the mailbox', () => {
  it('received (with Pix code) then paid, in the checkout language, each once', async () => {
    const email = `pix-${Date.now()}@loja.test`;
    const v = await createStockedVariant(t.db, 50_00, 5);
    const placed = await placeOrder(
      t.db,
      GUEST,
      guestOrder([{ variantId: v.id, quantity: 1 }], { guestEmail: email, paymentMethod: 'pix' }),
    );
    await t.db.insert(orderLocales).values({ orderId: placed.id, locale: 'en' });
    const gateway = createSandboxGateway();
    const started = await startPayment(t.db, gateway, {
      orderId: placed.id,
      token: null,
      actor: 'guest',
    });
    // Two drainers at once: each row is claimed by one of them.
    const passes = await Promise.all([deliverOrderEmails(t.db), deliverOrderEmails(t.db)]);
    expect(passes.reduce((n, p) => n + p.sent, 0)).toBe(1);
    let mails = await inbox(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`We received your order ${placed.number}`);
    expect(mails[0]!.text).toContain('Pay with Pix');
    expect(mails[0]!.template).toBe('order.received');

    await applyPaymentWebhook(t.db, gateway, {
      eventId: `paid-${placed.id}`,
      type: 'payment.succeeded',
      reference: started.outcome!.reference,
      status: 'succeeded',
    });
    await deliverOrderEmails(t.db);
    await deliverOrderEmails(t.db);
    mails = await inbox(email);
    expect(mails.map((m) => m.subject)).toEqual([
      `We received your order ${placed.number}`,
      `Payment confirmed for order ${placed.number}`,
    ]);
  });

  it('a status change that rolls back queues nothing; cancelled is sent in pt-BR by default', async () => {
    const email = `cancel-${Date.now()}@loja.test`;
    const v = await createStockedVariant(t.db, 30_00, 5);
    const placed = await placeOrder(
      t.db,
      GUEST,
      guestOrder([{ variantId: v.id, quantity: 1 }], { guestEmail: email }),
    );
    await expect(
      t.db.transaction(async (tx) => {
        await transitionOrder(tx, {
          orderId: placed.id,
          to: 'cancelled',
          actor: 'system',
          reason: 'x',
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const queued = await t.db
      .select()
      .from(orderEmailOutbox)
      .where(eq(orderEmailOutbox.orderId, placed.id));
    expect(queued.map((q) => q.kind)).toEqual(['received']);
    await t.db.transaction((tx) =>
      transitionOrder(tx, { orderId: placed.id, to: 'cancelled', actor: 'system', reason: 'x' }),
    );
    await deliverOrderEmails(t.db);
    const subjects = (await inbox(email)).map((m) => m.subject);
    expect(subjects).toContain(`O pedido ${placed.number} foi cancelado`);
  });
});
