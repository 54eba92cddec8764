import 'server-only';
import { and, eq } from 'drizzle-orm';
import {
  courierActions,
  type CourierActionKind,
  type CourierActionOutcome,
} from '@/db/schema/courier-actions';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** One courier action as the device named it (its Idempotency-Key), for one stop. */
export type ActionKey = {
  userId: string;
  actionId: string;
  stopId: string;
  kind: CourierActionKind;
};

/**
 * Claims the action id in the caller's transaction, before anything else: a concurrent duplicate
 * waits on the primary key until this transaction ends. Returns null for a new action (the caller
 * applies it, then settles the claim), or the outcome a previous request of the same action got.
 * An error rolls the claim back with the rest, so a refused action can be sent again.
 */
export async function claimAction(
  tx: Executor,
  key: ActionKey,
): Promise<CourierActionOutcome | null> {
  const claimed = await tx
    .insert(courierActions)
    .values(key)
    .onConflictDoNothing()
    .returning({ actionId: courierActions.actionId });
  if (claimed.length > 0) return null;
  const [prior] = await tx
    .select()
    .from(courierActions)
    .where(and(eq(courierActions.userId, key.userId), eq(courierActions.actionId, key.actionId)));
  if (!prior?.outcome || prior.stopId !== key.stopId || prior.kind !== key.kind) {
    throw new AppError('conflict', 'This action id was already used for another action.');
  }
  return prior.outcome;
}

export async function settleAction(tx: Executor, key: ActionKey, outcome: CourierActionOutcome) {
  await tx
    .update(courierActions)
    .set({ outcome })
    .where(and(eq(courierActions.userId, key.userId), eq(courierActions.actionId, key.actionId)));
}
