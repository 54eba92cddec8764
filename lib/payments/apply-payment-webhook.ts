import 'server-only';
import { webhookEvents } from '@/db/schema';
import type { Database } from '@/lib/db/client';
import { applyPaymentStatus, type PaymentStatusUpdate } from './apply-payment-status';
import type { PaymentGateway } from './gateway';
import { refundUnfulfillable } from './refund-unfulfillable';

export type VerifiedWebhookEvent = {
  eventId: string;
  type: string;
  reference: string;
  status: PaymentStatusUpdate['status'];
};

export type WebhookResult = 'processed' | 'duplicate' | 'unknown_payment';

/**
 * Applies one authenticated gateway event exactly once: the event id is stored in the same
 * transaction as its effect, so a redelivery (even concurrent) finds it and changes nothing.
 */
export async function applyPaymentWebhook(
  db: Database,
  gateway: PaymentGateway,
  event: VerifiedWebhookEvent,
): Promise<WebhookResult> {
  const actor = `gateway:${gateway.name}`;
  const result = await db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(webhookEvents)
      .values({ gateway: gateway.name, eventId: event.eventId, type: event.type })
      .onConflictDoNothing()
      .returning({ id: webhookEvents.id });
    if (!stored) return { outcome: 'duplicate' as const, refundFor: null };
    const applied = await applyPaymentStatus(tx, {
      gateway: gateway.name,
      reference: event.reference,
      status: event.status,
      actor,
      reason: `gateway event ${event.type}`,
    });
    if (!applied.found) return { outcome: 'unknown_payment' as const, refundFor: null };
    return {
      outcome: 'processed' as const,
      refundFor: applied.refundNeeded ? applied.paymentId! : null,
    };
  });
  if (result.refundFor) await refundUnfulfillable(db, gateway, result.refundFor, actor);
  return result.outcome;
}
