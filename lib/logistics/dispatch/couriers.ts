import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { couriers, deliveryRoutes, users, vehicleKinds, courierStatuses } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { assertVersion } from '@/lib/admin/optimistic-lock';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Database, Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { DispatchCourier } from './build-problem';
import { makeCourierInputSchema } from './courier-form';

export const courierInputSchema = makeCourierInputSchema(vehicleKinds, courierStatuses);
export type CourierInput = z.output<typeof courierInputSchema>;

export type CourierSummary = DispatchCourier & {
  userId: string;
  email: string;
  name: string;
  vehicleKind: (typeof vehicleKinds)[number];
  capacityLitres: number | null;
  status: (typeof courierStatuses)[number];
  updatedAt: Date;
};

const summaryColumns = {
  id: couriers.id,
  userId: couriers.userId,
  email: users.email,
  name: users.name,
  firstName: couriers.firstName,
  vehicleKind: couriers.vehicleKind,
  capacityGrams: couriers.capacityGrams,
  capacityLitres: couriers.capacityLitres,
  shiftStartMinute: couriers.shiftStartMinute,
  shiftEndMinute: couriers.shiftEndMinute,
  weekdays: couriers.weekdays,
  status: couriers.status,
  averageSpeedKmh: couriers.averageSpeedKmh,
  updatedAt: couriers.updatedAt,
};

export async function listCouriers(db: Executor): Promise<CourierSummary[]> {
  return db
    .select(summaryColumns)
    .from(couriers)
    .innerJoin(users, eq(users.id, couriers.userId))
    .orderBy(asc(couriers.firstName), asc(couriers.id));
}

/**
 * Couriers automatic planning may use: available, and not already holding a planned or running
 * route (those get more orders by manual assignment only, so a plan never reshuffles a route).
 */
export async function listPlannableCouriers(
  db: Executor,
  courierIds?: readonly string[],
): Promise<CourierSummary[]> {
  return db
    .select(summaryColumns)
    .from(couriers)
    .innerJoin(users, eq(users.id, couriers.userId))
    .where(
      and(
        eq(couriers.status, 'available'),
        eq(users.role, 'courier'),
        sql`${users.deletedAt} is null`,
        sql`not exists (select 1 from ${deliveryRoutes} where ${deliveryRoutes.courierId} = ${couriers.id} and ${deliveryRoutes.status} in ('planned', 'in_progress'))`,
        courierIds ? inArray(couriers.id, [...courierIds]) : undefined,
      ),
    )
    .orderBy(asc(couriers.id));
}

/**
 * Makes an existing customer (or courier) account a courier — its role becomes `courier` — or,
 * with `invite`, creates the courier account for an unknown e-mail.
 */
export async function createCourier(
  db: Database,
  actor: Actor,
  input: CourierInput & { email: string; invite?: boolean },
  ip?: string | null,
): Promise<{ courierId: string; invitedUserId: string | null }> {
  return db.transaction(async (tx) => {
    let [user] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(
        and(sql`lower(${users.email}) = lower(${input.email})`, sql`${users.deletedAt} is null`),
      )
      .for('update');
    let invitedUserId: string | null = null;
    if (!user && input.invite) {
      // An invited courier has no password yet: the caller mails a link to set one.
      [user] = await tx
        .insert(users)
        .values({ email: input.email.toLowerCase(), name: input.firstName, role: 'courier' })
        .returning({ id: users.id, role: users.role });
      invitedUserId = user!.id;
    }
    if (!user) throw new AppError('not_found', 'No account with that e-mail.');
    if (user.role === 'admin')
      throw new AppError('conflict', 'An admin account cannot be a courier.');
    if (user.role !== 'courier') {
      await tx
        .update(users)
        .set({ role: 'courier', updatedAt: new Date() })
        .where(eq(users.id, user.id));
    }
    const { email: _email, invite: _invite, ...profile } = input;
    const [row] = await tx
      .insert(couriers)
      .values({ ...profile, userId: user.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', 'That account already has a courier profile.');
    await recordAudit(tx, {
      actor,
      action: 'courier.create',
      entity: 'courier',
      entityId: row.id,
      after: { ...row, previousRole: user.role, invited: invitedUserId !== null },
      ip,
    });
    return { courierId: row.id, invitedUserId };
  });
}

export async function updateCourier(
  db: Database,
  actor: Actor,
  courierId: string,
  input: CourierInput,
  ip?: string | null,
  expectedVersion?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(couriers)
      .where(eq(couriers.id, courierId))
      .for('update');
    if (!before) throw new AppError('not_found', 'Courier not found.');
    // The edit form's version: someone else's newer save is reported by name, not overwritten.
    await assertVersion(
      tx,
      { entity: 'courier', entityId: courierId, label: 'courier' },
      before.updatedAt,
      expectedVersion,
    );
    const [after] = await tx
      .update(couriers)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(couriers.id, courierId))
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'courier.update',
      entity: 'courier',
      entityId: courierId,
      before,
      after,
      ip,
    });
  });
}

/** The courier profile of a signed-in courier account, or null. */
export async function findCourierByUser(db: Executor, userId: string) {
  const [row] = await db.select().from(couriers).where(eq(couriers.userId, userId));
  return row ?? null;
}
