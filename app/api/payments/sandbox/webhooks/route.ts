import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { applyPaymentWebhook } from '@/lib/payments/apply-payment-webhook';
import { getPaymentGateway, requireSandboxMode } from '@/lib/payments/get-payment-gateway';
import { parseSandboxWebhook } from '@/lib/payments/parse-sandbox-webhook';
import { SANDBOX_SIGNATURE_HEADER } from '@/lib/payments/sandbox-gateway';
import { getSandboxWebhookSecret } from '@/lib/payments/sandbox-webhook-secret';

/** Sandbox gateway events: HMAC checked in constant time, then applied once per event id. */
export const POST = apiHandler({ auth: 'public' }, async ({ req }) => {
  requireSandboxMode();
  const event = parseSandboxWebhook(
    getSandboxWebhookSecret(),
    await req.text(),
    req.headers.get(SANDBOX_SIGNATURE_HEADER),
  );
  const result = await applyPaymentWebhook(getDb(), getPaymentGateway(), event);
  return { received: true, result };
});
