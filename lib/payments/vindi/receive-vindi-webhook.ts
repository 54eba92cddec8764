import 'server-only';
import type { Database } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { applyGatewayRefund } from '../apply-gateway-refund';
import { applyPaymentWebhook } from '../apply-payment-webhook';
import { fetchRefundedCents } from './refunded-cents';
import { createVindiClient } from './vindi-client';
import { createVindiGateway } from './vindi-gateway';
import { parseVindiWebhook, verifyVindiCredentials } from './parse-vindi-webhook';

/** Authenticates one Vindi delivery and applies it once; event types we do not act on are acknowledged. */
export async function receiveVindiWebhook(
  db: Database,
  rawBody: string,
  authorization: string | null,
): Promise<string> {
  const env = getEnv();
  if (env.PAYMENT_GATEWAY !== 'vindi' || !env.VINDI_WEBHOOK_SECRET) {
    throw new AppError('feature_disabled', 'Vindi is not the payment gateway of this store.');
  }
  if (!verifyVindiCredentials(authorization, env.VINDI_WEBHOOK_SECRET)) {
    throw new AppError('unauthorized', 'Invalid webhook credentials.');
  }
  const parsed = parseVindiWebhook(rawBody);
  if (parsed.kind === 'ignored') return 'ignored';
  const client = createVindiClient({ apiUrl: env.VINDI_API_URL!, apiToken: env.VINDI_API_TOKEN! });
  if (parsed.kind === 'refund') {
    // The cumulative total is asked of Vindi; if it cannot answer, the 503 makes Vindi retry.
    const refundedCents =
      parsed.refundedCents ?? (await fetchRefundedCents(client, parsed.chargeId));
    return applyGatewayRefund(db, { ...parsed.event, refundedCents });
  }
  return applyPaymentWebhook(db, createVindiGateway(client), parsed.event);
}
