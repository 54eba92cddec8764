import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { orderInstallments, payments } from '@/db/schema';
import type { TestDatabase } from '@/db/testing/test-db';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { placeOrder } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import type { ChargeRequest } from '@/lib/payments/gateway';
import { createSandboxGateway } from '@/lib/payments/sandbox-gateway';
import { tokenizeSandboxCard } from '@/lib/payments/sandbox-cards';
import { startPayment } from '@/lib/payments/start-payment';
import { computeInstallmentPlan } from './installment-plans';
import { DEFAULT_STORE_SETTINGS } from '@/lib/settings/store-settings-schema';

let t: TestDatabase & { release: () => Promise<void> };
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => t?.release());

describe('card installments at placement', () => {
  it('records the plan and charges its total (interest included) in that many installments', async () => {
    const v = await createStockedVariant(t.db, 500_00, 5);
    const placed = await placeOrder(
      t.db,
      GUEST,
      guestOrder([{ variantId: v.id, quantity: 1 }], { installments: 6 }),
    );
    const expected = computeInstallmentPlan(
      placed.totalCents,
      6,
      DEFAULT_STORE_SETTINGS.installments,
    );
    const [plan] = await t.db
      .select()
      .from(orderInstallments)
      .where(eq(orderInstallments.orderId, placed.id));
    expect(plan).toMatchObject({
      count: 6,
      totalCents: expected.totalCents,
      monthlyInterestBps: 199,
    });
    expect(expected.totalCents).toBeGreaterThan(placed.totalCents);

    const gateway = createSandboxGateway();
    const charge = vi.spyOn(gateway, 'charge');
    await startPayment(t.db, gateway, {
      orderId: placed.id,
      token: tokenizeSandboxCard('4242424242424242'),
      actor: 'guest',
    });
    const request = charge.mock.calls[0]![0] as ChargeRequest;
    expect(request).toMatchObject({ installments: 6, amountCents: expected.totalCents });
    const [payment] = await t.db.select().from(payments).where(eq(payments.orderId, placed.id));
    expect(payment).toMatchObject({ amountCents: expected.totalCents, status: 'succeeded' });
  });

  it('refuses a count the store does not offer for the total, and installments on Pix', async () => {
    const v = await createStockedVariant(t.db, 10_00, 5);
    // R$ 10,00 + R$ 19,90 shipping = R$ 29,90: 6x with interest is ~R$ 5,34, 7x would be < R$ 5
    await expect(
      placeOrder(t.db, GUEST, guestOrder([{ variantId: v.id, quantity: 1 }], { installments: 12 })),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: { reason: 'installments_unavailable' },
    });
    await expect(
      placeOrder(
        t.db,
        GUEST,
        guestOrder([{ variantId: v.id, quantity: 1 }], { installments: 2, paymentMethod: 'pix' }),
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
