import { randomBytes } from 'node:crypto';
import { couriers, orders, users, type Courier } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

const tag = () => randomBytes(4).toString('hex');

/** A courier account with a profile that works around the clock, every day (tests run any time). */
export async function createCourierFixture(
  db: Executor,
  overrides: Partial<typeof couriers.$inferInsert> = {},
  userId?: string,
): Promise<Courier> {
  let id = userId;
  if (!id) {
    const [user] = await db
      .insert(users)
      .values({ email: `courier-${tag()}@loja.test`, name: 'Carla Entregadora', role: 'courier' })
      .returning({ id: users.id });
    id = user!.id;
  }
  const [row] = await db
    .insert(couriers)
    .values({
      userId: id,
      firstName: 'Carla',
      capacityGrams: 10_000,
      shiftStartMinute: 0,
      shiftEndMinute: 1440,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      status: 'available',
      ...overrides,
    })
    .returning();
  return row!;
}

/** An own-fleet order ready for dispatch at a point (null = not geocoded). */
export async function createReadyOrder(
  db: Executor,
  input: {
    lat?: number | null;
    lng?: number | null;
    weightGrams?: number;
    status?: 'ready_for_dispatch' | 'out_for_delivery';
    deliveryCode?: string;
  } = {},
) {
  const t = tag();
  const [row] = await db
    .insert(orders)
    .values({
      number: `LJ-T${t.toUpperCase()}`,
      guestEmail: `comprador-${t}@loja.test`,
      address: {
        recipient: 'Maria Silva',
        cep: '01310-100',
        street: 'Avenida Paulista',
        number: '1000',
        complement: null,
        district: 'Bela Vista',
        city: 'São Paulo',
        state: 'SP',
      },
      status: input.status ?? 'ready_for_dispatch',
      idempotencyKey: `key-${t}`,
      paymentMethod: 'pix',
      shippingKind: 'own_fleet',
      deliveryLat: input.lat === undefined ? -23.5613 : input.lat,
      deliveryLng: input.lng === undefined ? -46.6565 : input.lng,
      packageWeightGrams: input.weightGrams ?? 1000,
      deliveryCode: input.deliveryCode,
    })
    .returning({ id: orders.id, number: orders.number });
  return row!;
}

/** Points around Avenida Paulista, a few km apart. */
export const SAO_PAULO_POINTS = [
  { lat: -23.5613, lng: -46.6565 },
  { lat: -23.5874, lng: -46.6576 },
  { lat: -23.5329, lng: -46.6395 },
  { lat: -23.5505, lng: -46.6908 },
  { lat: -23.5987, lng: -46.6358 },
  { lat: -23.5431, lng: -46.6291 },
  { lat: -23.5703, lng: -46.6929 },
  { lat: -23.52, lng: -46.67 },
];

/** Smallest valid PNG (1×1, transparent): a stand-in for a signature canvas export. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
