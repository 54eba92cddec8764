import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { requestContextFrom } from '@/lib/auth/request-context';
import { AppError } from '@/lib/errors';
import { requireSandboxMode } from '@/lib/payments/get-payment-gateway';
import { tokenizeSandboxCard } from '@/lib/payments/sandbox-cards';
import { consumeRateLimit } from '@/lib/rate-limit';

const body = z.object({ number: z.string().max(32) });

/**
 * The sandbox gateway's own tokenisation endpoint, standing in for a gateway's card elements: the
 * browser exchanges a test card for a token here and only the token reaches checkout. The card
 * number is neither stored nor logged.
 */
export const POST = apiHandler({ auth: 'public', body }, async ({ req, body }) => {
  requireSandboxMode();
  await consumeRateLimit('paymentTokenIp', requestContextFrom(req.headers).ip ?? 'unknown');
  const token = tokenizeSandboxCard(body.number);
  if (!token) throw new AppError('validation_failed', 'Use one of the sandbox test cards.');
  return { token };
});
