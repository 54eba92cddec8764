import { describe, expect, it } from 'vitest';
import { createStripeClient } from './create-stripe-client';
import { createStripeGateway } from './stripe-gateway';
import { testSetting } from '@/lib/env';

// Tests read this one variable directly: it is a CI secret for the suite, not app configuration.
const key = testSetting('STRIPE_TEST_SECRET_KEY');
if (!key) console.info('Skipping live Stripe tests: set STRIPE_TEST_SECRET_KEY');

describe.skipIf(!key)('Stripe test mode (live API)', () => {
  const gateway = () => createStripeGateway(createStripeClient({ mode: 'test', secretKey: key! }));
  const charge = (token: string) =>
    gateway().charge({
      idempotencyKey: `loja-live-${Date.now()}-${Math.random()}`,
      amountCents: 1_990,
      currency: 'BRL',
      method: 'card',
      token,
      description: 'Loja live contract test',
      expiresAt: null,
    });

  it('charges Stripe test card pm_card_visa and refunds it', async () => {
    const outcome = await charge('pm_card_visa');
    expect(outcome.status).toBe('succeeded');
    const refund = await gateway().refund({
      reference: outcome.reference,
      amountCents: 1_990,
      idempotencyKey: `loja-live-refund-${outcome.reference}`,
    });
    expect(refund.status).toBe('succeeded');
  });

  it('reports a declined test card as failed with its decline code', async () => {
    const outcome = await charge('pm_card_chargeDeclined');
    expect(outcome).toMatchObject({ status: 'failed', failureCode: 'generic_decline' });
  });
});
