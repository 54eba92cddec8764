import 'server-only';
import type { Database } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { applyGatewayRefund } from '../apply-gateway-refund';
import { applyPaymentWebhook } from '../apply-payment-webhook';
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
  if (parsed.kind === 'refund') return applyGatewayRefund(db, parsed.event);
  const gateway = createVindiGateway(
    createVindiClient({ apiUrl: env.VINDI_API_URL!, apiToken: env.VINDI_API_TOKEN! }),
  );
  return applyPaymentWebhook(db, gateway, parsed.event);
}
