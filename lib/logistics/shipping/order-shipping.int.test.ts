import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '@/db/schema';
import { seedLogistics } from '@/db/seed/seed-logistics';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { placeOrder, type PlaceOrderInput } from '@/lib/orders/place-order';
import { GUEST, createStockedVariant, guestOrder } from '@/lib/orders/testing/commerce-fixtures';
import { PICKUP_OPTION_ID } from './quote-options';
import { quoteShipping } from './quote-shipping';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedLogistics(t.db);
});
afterAll(() => t.drop());

const orderRow = async (id: string) =>
  (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!;

async function optionFor(cep: string, variantId: string, kind: string) {
  const quote = await quoteShipping(t.db, { cep, items: [{ variantId, quantity: 1 }] });
  return quote.options.find((o) => o.kind === kind)!;
}

describe('placement with a chosen shipping option', () => {
  it('charges the own-fleet price from the database and records where and what to deliver', async () => {
    const v = await createStockedVariant(t.db, 5_000, 10);
    const option = await optionFor('01310100', v.id, 'own_fleet');
    const placed = await placeOrder(t.db, GUEST, {
      ...guestOrder([{ variantId: v.id, quantity: 2 }]),
      shippingOptionId: option.id,
      // Price-like fields from a tampering client are dropped by the schema.
      shippingCents: 0,
      priceCents: 0,
    } as PlaceOrderInput);
    const order = await orderRow(placed.id);
    expect(order).toMatchObject({
      shippingCents: 990,
      totalCents: 10_000 + 990,
      shippingKind: 'own_fleet',
      shippingMethodId: option.id,
      shippingLabel: 'Entrega Loja',
      shippingZoneId: option.zoneId,
      packageWeightGrams: 1_000,
    });
    expect(order.deliveryLat).toBeCloseTo(-23.5614, 3);
    expect(order.deliveryLng).toBeCloseTo(-46.6559, 3);
    expect(order.deliveryEstimateFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a forged option id (another zone’s service) with a 422 naming shippingOptionId', async () => {
    const v = await createStockedVariant(t.db, 5_000, 10);
    const carrier = await optionFor('20040002', v.id, 'carrier');
    // A São Paulo address is served by the own fleet: the carrier option is not on offer there.
    const error = await placeOrder(t.db, GUEST, {
      ...guestOrder([{ variantId: v.id, quantity: 1 }]),
      shippingOptionId: carrier.id,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ issues: [{ path: ['shippingOptionId'] }] });
    const missing = await placeOrder(
      t.db,
      GUEST,
      guestOrder([{ variantId: v.id, quantity: 1 }]),
    ).catch((e: unknown) => e);
    expect(missing).toMatchObject({ issues: [{ path: ['shippingOptionId'] }] });
  });

  it('re-prices at placement: a heavier cart moves band even if the shopper saw a cheaper quote', async () => {
    const v = await createStockedVariant(t.db, 1_000, 50);
    const option = await optionFor('01310100', v.id, 'own_fleet');
    expect(option.priceCents).toBe(990);
    const placed = await placeOrder(t.db, GUEST, {
      ...guestOrder([{ variantId: v.id, quantity: 6 }]), // 3 kg: the 2–10 kg band
      shippingOptionId: option.id,
    });
    expect(await orderRow(placed.id)).toMatchObject({
      shippingCents: 1_490,
      packageWeightGrams: 3_000,
    });
  });

  it('makes own-fleet delivery free from the zone threshold', async () => {
    const v = await createStockedVariant(t.db, 30_000, 10);
    const option = await optionFor('01310100', v.id, 'own_fleet');
    const placed = await placeOrder(t.db, GUEST, {
      ...guestOrder([{ variantId: v.id, quantity: 1 }]),
      shippingOptionId: option.id,
    });
    expect(await orderRow(placed.id)).toMatchObject({ shippingCents: 0, totalCents: 30_000 });
  });

  it('places a store-pickup order without an address, free, with no delivery point', async () => {
    const v = await createStockedVariant(t.db, 5_000, 10);
    const { address: _address, ...noAddress } = guestOrder([{ variantId: v.id, quantity: 1 }]);
    const placed = await placeOrder(t.db, GUEST, {
      ...noAddress,
      shippingOptionId: PICKUP_OPTION_ID,
      pickupRecipient: 'Maria Silva',
    });
    const order = await orderRow(placed.id);
    expect(order).toMatchObject({
      shippingCents: 0,
      shippingKind: 'pickup',
      deliveryLat: null,
      deliveryLng: null,
    });
    expect(order.address.recipient).toBe('Maria Silva');
    expect(order.shippingLabel).toContain('Av. Paulista, 1000');
  });

  it('still needs an address for delivery', async () => {
    const v = await createStockedVariant(t.db, 5_000, 10);
    const option = await optionFor('01310100', v.id, 'own_fleet');
    const { address: _address, ...noAddress } = guestOrder([{ variantId: v.id, quantity: 1 }]);
    const error = await placeOrder(t.db, GUEST, {
      ...noAddress,
      shippingOptionId: option.id,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ issues: [{ path: ['address'] }] });
  });

  it('keeps placement idempotent with a shipping option', async () => {
    const v = await createStockedVariant(t.db, 5_000, 10);
    const option = await optionFor('20040002', v.id, 'carrier');
    const input = {
      ...guestOrder([{ variantId: v.id, quantity: 1 }], {
        address: {
          recipient: 'João',
          cep: '20040-002',
          street: 'Rua da Assembleia',
          number: '10',
          district: 'Centro',
          city: 'Rio de Janeiro',
          state: 'RJ',
        },
      }),
      shippingOptionId: option.id,
    };
    const [a, b] = await Promise.all([
      placeOrder(t.db, GUEST, input),
      placeOrder(t.db, GUEST, input),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await orderRow(a.id)).toMatchObject({ shippingKind: 'carrier', shippingCents: 1_990 });
  });
});
