import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { applyPaymentWebhook } from '@/lib/payments/apply-payment-webhook';
import { getPaymentGateway, requireSandboxMode } from '@/lib/payments/get-payment-gateway';

const params = z.object({ reference: z.string().regex(/^sbx_[a-f0-9]{24}$/) });

/**
 * Demo only (sandbox mode): plays the shopper's bank paying a sandbox Pix charge (or approving a
 * 3-D Secure challenge), delivering the same event the sandbox webhook would. Idempotent: the event id is fixed per reference.
 */
export const POST = apiHandler({ auth: 'public', params }, async ({ params }) => {
  requireSandboxMode();
  const result = await applyPaymentWebhook(getDb(), getPaymentGateway(), {
    eventId: `simulated-pix-${params.reference}`,
    type: 'payment.succeeded',
    reference: params.reference,
    status: 'succeeded',
  });
  return { result };
});
