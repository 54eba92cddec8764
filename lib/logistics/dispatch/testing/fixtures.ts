import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  couriers,
  deliveryProofs,
  deliveryRoutes,
  orders,
  routeStops,
  users,
  type Courier,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
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

/** The courier profile of an existing courier account, created on first use. */
export async function ensureCourierProfile(db: Executor, userId: string): Promise<Courier> {
  const [existing] = await db.select().from(couriers).where(eq(couriers.userId, userId));
  return existing ?? createCourierFixture(db, {}, userId);
}

/** A pending stop on a running route of that courier account; its order's code is 123456. */
export async function createRunningStop(db: Executor, courierUserId: string) {
  const courier = await ensureCourierProfile(db, courierUserId);
  const order = await createReadyOrder(db, { status: 'out_for_delivery', deliveryCode: '123456' });
  const [route] = await db
    .insert(deliveryRoutes)
    .values({
      courierId: courier.id,
      routeDate: new Date().toISOString().slice(0, 10),
      planner: 'manual',
      status: 'in_progress',
      startedAt: new Date(),
    })
    .returning({ id: deliveryRoutes.id });
  const [stop] = await db
    .insert(routeStops)
    .values({ routeId: route!.id, orderId: order.id, sequence: 1 })
    .returning({ id: routeStops.id });
  return {
    id: stop!.id,
    orderId: order.id,
    code: '123456',
    status: async () =>
      (
        await db
          .select({ s: routeStops.status })
          .from(routeStops)
          .where(eq(routeStops.id, stop!.id))
      )[0]?.s,
  };
}

/** A stop of that courier with a signature on file, as after a delivery. */
export async function createStopWithProof(db: Executor, courierUserId: string) {
  const stop = await createRunningStop(db, courierUserId);
  await db.insert(deliveryProofs).values({
    stopId: stop.id,
    kind: 'signature',
    contentType: 'image/png',
    image: TINY_PNG,
  });
  return stop;
}

/** A staff actor with only the logistics permission (an existing user, for audit rows). */
export async function createLogisticsAdmin(db: Executor): Promise<Actor> {
  return {
    userId: (await createCourierFixture(db)).userId,
    email: 'logistica@loja.test',
    name: 'Logística',
    role: 'admin',
    permissions: ['logistics'],
    superAdmin: false,
    emailVerified: true,
    sessionId: 's',
    via: 'session',
  };
}

/** A route's stops in sequence order. */
export const listStopsOf = (db: Executor, routeId: string) =>
  db.select().from(routeStops).where(eq(routeStops.routeId, routeId)).orderBy(routeStops.sequence);
