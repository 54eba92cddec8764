import { randomBytes, randomUUID } from 'node:crypto';
import { categories, inventoryLevels, products, variants } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import type { PlaceOrderInput } from '../place-order';

/** A product with one variant and the given stock, for integration tests. */
export async function createStockedVariant(db: Executor, priceCents: number, onHand: number) {
  const tag = randomBytes(4).toString('hex');
  const [category] = await db
    .insert(categories)
    .values({ slug: `cat-${tag}`, name: `Cat ${tag}` })
    .returning();
  const [product] = await db
    .insert(products)
    .values({ categoryId: category!.id, slug: `p-${tag}`, name: `Produto ${tag}` })
    .returning();
  const [variant] = await db
    .insert(variants)
    .values({ productId: product!.id, sku: `SKU-${tag}`, priceCents })
    .returning();
  await db.insert(inventoryLevels).values({ variantId: variant!.id, onHand });
  return variant!;
}

export const TEST_ADDRESS = {
  recipient: 'Maria Silva',
  cep: '01310-100',
  street: 'Avenida Paulista',
  number: '1000',
  district: 'Bela Vista',
  city: 'São Paulo',
  state: 'SP',
};

export function guestOrder(
  items: PlaceOrderInput['items'],
  overrides: Partial<PlaceOrderInput> = {},
): PlaceOrderInput {
  return {
    idempotencyKey: `key-${randomUUID()}`,
    guestEmail: 'comprador@loja.test',
    address: TEST_ADDRESS,
    paymentMethod: 'card',
    items,
    ...overrides,
  };
}

export const GUEST = { userId: null, actor: 'guest' };
