import { eq, sql } from 'drizzle-orm';
import { couriers, users } from '@/db/schema';
import type { Executor } from '@/lib/db/client';

/**
 * The demo courier's profile: a motorcycle with a 20 kg box, working every day around the clock
 * so the demo (and its tests) can plan and deliver at any hour. Idempotent.
 */
export async function seedDemoCourier(db: Executor, email = 'courier@loja.dev'): Promise<void> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email} and ${users.role} = 'courier'`);
  if (!user) return;
  const [existing] = await db
    .select({ id: couriers.id })
    .from(couriers)
    .where(eq(couriers.userId, user.id));
  if (existing) return;
  await db.insert(couriers).values({
    userId: user.id,
    firstName: 'Carla',
    vehicleKind: 'motorcycle',
    capacityGrams: 20_000,
    shiftStartMinute: 0,
    shiftEndMinute: 1440,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    status: 'available',
    averageSpeedKmh: 25,
  });
}
