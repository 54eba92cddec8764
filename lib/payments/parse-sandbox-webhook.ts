import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { VerifiedWebhookEvent } from './apply-payment-webhook';
import { verifySandboxWebhook } from './sandbox-gateway';

const TYPES = {
  'payment.pending': 'pending',
  'payment.requires_action': 'requires_action',
  'payment.succeeded': 'succeeded',
  'payment.failed': 'failed',
} as const;

const eventSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(Object.keys(TYPES) as [keyof typeof TYPES, ...(keyof typeof TYPES)[]]),
  data: z.object({ reference: z.string().min(1).max(200) }),
});

/** Checks the HMAC signature in constant time before reading anything from the body. */
export function parseSandboxWebhook(
  secret: string,
  rawBody: string,
  signature: string | null,
): VerifiedWebhookEvent {
  if (!signature || !verifySandboxWebhook(secret, rawBody, signature)) {
    throw new AppError('unauthorized', 'Invalid webhook signature.');
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new AppError('bad_request', 'Webhook body is not JSON.');
  }
  const event = eventSchema.parse(json);
  return {
    eventId: event.id,
    type: event.type,
    reference: event.data.reference,
    status: TYPES[event.type],
  };
}
