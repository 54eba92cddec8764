import { randomBytes, randomUUID } from 'node:crypto';
import { couriers, deliveryRoutes, orders, routeStops, users } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

const ADDRESS = {
  recipient: 'Maria Silva',
  cep: '01310-100',
  street: 'Avenida Paulista',
  number: '1000',
  complement: null,
  district: 'Bela Vista',
  city: 'São Paulo',
  state: 'SP',
};

/** An order out for delivery at a point, owned by a user or a guest. */
export async function insertTrackedOrder(
  db: Executor,
  input: { userId?: string | null; lat: number; lng: number; deliveryCode?: string },
) {
  const tag = randomBytes(4).toString('hex').toUpperCase();
  const [order] = await db
    .insert(orders)
    .values({
      number: `LJ-T${tag}`,
      userId: input.userId ?? null,
      guestEmail: input.userId ? null : `guest-${tag}@loja.test`,
      address: ADDRESS,
      idempotencyKey: `tracking-${randomUUID()}`,
      paymentMethod: 'card',
      status: 'out_for_delivery',
      deliveryLat: input.lat,
      deliveryLng: input.lng,
      deliveryCode: input.deliveryCode ?? '4821',
    })
    .returning({ id: orders.id, number: orders.number, status: orders.status });
  return order!;
}

export async function insertCourierUser(db: Executor, firstName = 'Ana') {
  const tag = randomBytes(4).toString('hex');
  const [user] = await db
    .insert(users)
    .values({ email: `courier-${tag}@loja.test`, name: `${firstName} Courier`, role: 'courier' })
    .returning({ id: users.id, email: users.email, role: users.role });
  const [courier] = await db
    .insert(couriers)
    .values({ userId: user!.id, firstName, capacityGrams: 50_000, status: 'on_route' })
    .returning({ id: couriers.id });
  return { user: user!, courierId: courier!.id };
}

/** A route in progress for the courier with the orders as stops 1..n. */
export async function insertRoute(db: Executor, courierId: string, orderIds: readonly string[]) {
  const [route] = await db
    .insert(deliveryRoutes)
    .values({
      courierId,
      routeDate: new Date().toISOString().slice(0, 10),
      status: 'in_progress',
      planner: 'manual',
      startedAt: new Date(),
    })
    .returning({ id: deliveryRoutes.id });
  if (orderIds.length > 0) {
    await db
      .insert(routeStops)
      .values(orderIds.map((orderId, i) => ({ routeId: route!.id, orderId, sequence: i + 1 })));
  }
  return route!.id;
}
