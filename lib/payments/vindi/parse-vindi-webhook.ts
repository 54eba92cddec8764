import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@/lib/errors';
import type { VerifiedWebhookEvent } from '../apply-payment-webhook';
import type { GatewayRefundEvent } from '../apply-gateway-refund';
import { VINDI_GATEWAY, billStatus, vindiReference } from './vindi-gateway';
import { fromVindiAmount, type VindiEvent } from './vindi-types';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Vindi authenticates webhooks only by the URL the store configures, so Loja's URL carries HTTP
 * Basic credentials (https://vindi:<secret>@…): the password must equal VINDI_WEBHOOK_SECRET.
 * Compared as SHA-256 digests with timingSafeEqual, so neither length nor content leaks by timing.
 */
export function verifyVindiCredentials(authorization: string | null, secret: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  const password = decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : decoded;
  return timingSafeEqual(digest(password), digest(secret));
}

export type ParsedVindiEvent =
  | { kind: 'status'; event: VerifiedWebhookEvent }
  | {
      kind: 'refund';
      event: Omit<GatewayRefundEvent, 'refundedCents'>;
      chargeId: number;
      /** Set when the payload itself proves the whole charge was refunded. */
      refundedCents: number | null;
    }
  | { kind: 'ignored'; type: string };

/**
 * Vindi's payload has no event id, so one is derived from the type, the event time and the
 * object's id: a redelivery of the same event dedupes, a later event about the same bill does not.
 */
export function parseVindiWebhook(rawBody: string): ParsedVindiEvent {
  let payload: VindiEvent;
  try {
    payload = JSON.parse(rawBody) as VindiEvent;
  } catch (error) {
    throw new AppError('bad_request', 'The webhook body is not JSON.', { cause: error });
  }
  const event = payload?.event;
  if (!event?.type) throw new AppError('bad_request', 'Not a Vindi event.');
  const { bill, charge } = event.data ?? {};
  const objectId = bill?.id ?? charge?.id ?? 'none';
  const eventId = digest(`${event.type}|${event.created_at}|${objectId}`).toString('hex');
  switch (event.type) {
    case 'bill_paid':
    case 'bill_canceled': {
      if (!bill) break;
      const status = event.type === 'bill_paid' ? 'succeeded' : billStatus(bill);
      if (status === 'pending') break;
      return {
        kind: 'status',
        event: { eventId, type: event.type, reference: vindiReference(bill.id), status },
      };
    }
    case 'charge_rejected': {
      if (!charge?.bill) break;
      return {
        kind: 'status',
        event: {
          eventId,
          type: event.type,
          reference: vindiReference(charge.bill.id),
          status: 'failed',
        },
      };
    }
    case 'charge_refunded': {
      if (!charge?.bill) break;
      // Each refund (several partial ones from Vindi's dashboard) is its own last_transaction,
      // so that id tells two refunds of one charge apart while a redelivery still dedupes.
      const refundId = charge.last_transaction?.id ?? event.created_at;
      return {
        kind: 'refund',
        chargeId: charge.id,
        refundedCents: charge.status === 'refunded' ? fromVindiAmount(charge.amount) : null,
        event: {
          gateway: VINDI_GATEWAY,
          eventId: digest(`${event.type}|${charge.id}|${refundId}`).toString('hex'),
          type: event.type,
          reference: vindiReference(charge.bill.id),
        },
      };
    }
  }
  return { kind: 'ignored', type: event.type };
}
