import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  couriers,
  deliveryProofs,
  deliveryRoutes,
  orderEvents,
  orders,
  routeStops,
  type ProofKind,
} from '@/db/schema';
import type { Database, Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { transitionOrder } from '@/lib/orders/transition-order';
import { claimAction, settleAction } from './courier-actions';
import { deliveryCodeMatches, MAX_CODE_ATTEMPTS } from './delivery-code';
import { sniffImageType, MAX_PROOF_BYTES } from './proof-image';

export const failureReasons = [
  'recipient_absent',
  'address_not_found',
  'refused',
  'unsafe_area',
  'damaged',
  'other',
] as const;

export const failInputSchema = z.object({
  reason: z.enum(failureReasons),
  note: z.string().trim().max(300).optional(),
});

export type DeliverInput = {
  recipientName: string;
  code: string;
  proof: { kind: ProofKind; bytes: Buffer };
};

export const deliverFieldsSchema = z.object({
  recipientName: z.string().trim().min(2).max(120),
  code: z
    .string()
    .trim()
    .regex(/^[\d\s-]{4,12}$/, 'must be the digits the customer reads out'),
});

/**
 * The stop, locked, if it belongs to this courier's running route. Another courier's stop is
 * "not found": a courier learns nothing about routes that are not theirs.
 */
async function lockOwnStop(tx: Executor, userId: string, stopId: string) {
  const [row] = await tx
    .select({
      stop: routeStops,
      routeStatus: deliveryRoutes.status,
      courierId: couriers.id,
      orderStatus: orders.status,
      deliveryCode: orders.deliveryCode,
    })
    .from(routeStops)
    .innerJoin(deliveryRoutes, eq(deliveryRoutes.id, routeStops.routeId))
    .innerJoin(couriers, eq(couriers.id, deliveryRoutes.courierId))
    .innerJoin(orders, eq(orders.id, routeStops.orderId))
    .where(and(eq(routeStops.id, stopId), eq(couriers.userId, userId)))
    .for('update', { of: routeStops });
  if (!row) throw new AppError('not_found', 'Stop not found.');
  if (row.routeStatus !== 'in_progress') {
    throw new AppError('conflict', 'The route has not started (or is over).');
  }
  return row;
}

function assertOpen(status: string) {
  if (status !== 'pending' && status !== 'arrived') {
    throw new AppError('conflict', `This stop is already ${status}.`);
  }
}

/** Courier writes are order events with the courier as actor (no status change for these). */
async function noteOnOrder(tx: Executor, orderId: string, userId: string, reason: string) {
  await tx.insert(orderEvents).values({
    orderId,
    fromStatus: 'out_for_delivery',
    toStatus: 'out_for_delivery',
    actor: `user:${userId}`,
    reason,
  });
}

async function completeRouteIfDone(tx: Executor, routeId: string, courierId: string) {
  const open = await tx
    .select({ id: routeStops.id })
    .from(routeStops)
    .where(and(eq(routeStops.routeId, routeId), inArray(routeStops.status, ['pending', 'arrived'])))
    .limit(1);
  if (open.length > 0) return;
  const now = new Date();
  await tx
    .update(deliveryRoutes)
    .set({ status: 'completed', completedAt: now, updatedAt: now })
    .where(eq(deliveryRoutes.id, routeId));
  await tx
    .update(couriers)
    .set({ status: 'available', updatedAt: now })
    .where(eq(couriers.id, courierId));
}

/**
 * `actionId` is the device's id for this action (Idempotency-Key): a replay of an applied action
 * changes nothing and answers as the first request did. Without it every call is a new action.
 */
export async function arriveAtStop(
  db: Database,
  userId: string,
  stopId: string,
  actionId?: string,
) {
  const key = actionId ? { userId, actionId, stopId, kind: 'arrive' as const } : null;
  await db.transaction(async (tx) => {
    if (key && (await claimAction(tx, key))) return;
    const { stop } = await lockOwnStop(tx, userId, stopId);
    if (stop.status !== 'pending')
      throw new AppError('conflict', `This stop is already ${stop.status}.`);
    const now = new Date();
    await tx
      .update(routeStops)
      .set({ status: 'arrived', arrivedAt: now, updatedAt: now })
      .where(eq(routeStops.id, stopId));
    await noteOnOrder(tx, stop.orderId, userId, 'Courier arrived at the address');
    if (key) await settleAction(tx, key, { applied: true });
  });
}

const OK = { wrong: false, left: MAX_CODE_ATTEMPTS } as const;
const OK_OUTCOME = { applied: true } as const;

/**
 * Delivered with proof: recipient name, a signature or photo, and the code the shopper reads out.
 * A wrong code is counted (committed) before the error; after MAX_CODE_ATTEMPTS the stop refuses
 * further codes, so guessing is pointless and the courier must mark it failed or call the store.
 */
export async function deliverStop(
  db: Database,
  userId: string,
  stopId: string,
  input: DeliverInput,
  actionId?: string,
) {
  const key = actionId ? { userId, actionId, stopId, kind: 'deliver' as const } : null;
  const contentType = sniffImageType(input.proof.bytes);
  if (!contentType) {
    throw new AppError('validation_failed', 'The proof must be a PNG, JPEG or WebP image.', {
      details: { fields: { proof: ['must be a PNG, JPEG or WebP image'] } },
    });
  }
  if (input.proof.bytes.length > MAX_PROOF_BYTES) {
    throw new AppError('payload_too_large', 'The proof image is larger than 2 MB.');
  }
  const outcome = await db.transaction(async (tx) => {
    const prior = key ? await claimAction(tx, key) : null;
    if (prior) return prior.applied ? OK : ({ wrong: true, left: prior.attemptsLeft } as const);
    const result = await applyDelivery(tx, userId, stopId, input, contentType);
    if (key) {
      await settleAction(
        tx,
        key,
        result.wrong ? { applied: false, wrongCode: true, attemptsLeft: result.left } : OK_OUTCOME,
      );
    }
    return result;
  });
  if (outcome.wrong) {
    throw new AppError(
      outcome.left > 0 ? 'validation_failed' : 'conflict',
      outcome.left > 0
        ? `Wrong delivery code: ${outcome.left} attempt(s) left.`
        : 'Too many wrong codes: mark the stop failed or call the store.',
      { details: { fields: { code: ['wrong delivery code'] }, attemptsLeft: outcome.left } },
    );
  }
}

/** The delivery itself, in the caller's transaction: a wrong code is counted, not thrown. */
async function applyDelivery(
  tx: Executor,
  userId: string,
  stopId: string,
  input: DeliverInput,
  contentType: string,
) {
  const { stop, deliveryCode, courierId } = await lockOwnStop(tx, userId, stopId);
  assertOpen(stop.status);
  if (stop.deliveryCodeAttempts >= MAX_CODE_ATTEMPTS) return { wrong: true, left: 0 } as const;
  if (!deliveryCodeMatches(deliveryCode, input.code)) {
    const attempts = stop.deliveryCodeAttempts + 1;
    await tx
      .update(routeStops)
      .set({ deliveryCodeAttempts: attempts, deliveryCodeOk: false, updatedAt: new Date() })
      .where(eq(routeStops.id, stopId));
    await noteOnOrder(
      tx,
      stop.orderId,
      userId,
      `Wrong delivery code (attempt ${attempts}/${MAX_CODE_ATTEMPTS})`,
    );
    return { wrong: true, left: MAX_CODE_ATTEMPTS - attempts } as const;
  }
  const now = new Date();
  await tx
    .update(routeStops)
    .set({
      status: 'delivered',
      recipientName: input.recipientName,
      deliveryCodeOk: true,
      arrivedAt: stop.arrivedAt ?? now,
      completedAt: now,
      updatedAt: now,
    })
    .where(eq(routeStops.id, stopId));
  await tx.insert(deliveryProofs).values({
    stopId,
    kind: input.proof.kind,
    contentType,
    image: input.proof.bytes,
  });
  await transitionOrder(tx, {
    orderId: stop.orderId,
    to: 'delivered',
    actor: `user:${userId}`,
    reason: `Delivered to ${input.recipientName} (code checked, ${input.proof.kind})`,
  });
  await completeRouteIfDone(tx, stop.routeId, courierId);
  return OK;
}

/** Failed: the order goes back to ready_for_dispatch (per the transition table) for another route. */
export async function failStop(
  db: Database,
  userId: string,
  stopId: string,
  input: z.output<typeof failInputSchema>,
  actionId?: string,
) {
  const key = actionId ? { userId, actionId, stopId, kind: 'fail' as const } : null;
  await db.transaction(async (tx) => {
    if (key && (await claimAction(tx, key))) return;
    const { stop, courierId } = await lockOwnStop(tx, userId, stopId);
    assertOpen(stop.status);
    const reason = input.note ? `${input.reason}: ${input.note}` : input.reason;
    const now = new Date();
    await tx
      .update(routeStops)
      .set({
        status: 'failed',
        active: false,
        failureReason: reason,
        completedAt: now,
        updatedAt: now,
      })
      .where(eq(routeStops.id, stopId));
    await transitionOrder(tx, {
      orderId: stop.orderId,
      to: 'ready_for_dispatch',
      actor: `user:${userId}`,
      reason: `Delivery failed: ${reason}`,
    });
    await completeRouteIfDone(tx, stop.routeId, courierId);
    if (key) await settleAction(tx, key, { applied: true });
  });
}
