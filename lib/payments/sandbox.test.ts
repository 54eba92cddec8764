import { describe, expect, it } from 'vitest';
import { parseSandboxWebhook } from './parse-sandbox-webhook';
import { isLuhnValid, sandboxTokenOutcome, tokenizeSandboxCard } from './sandbox-cards';
import { createSandboxGateway, sandboxReference, signSandboxWebhook } from './sandbox-gateway';

describe('sandbox cards', () => {
  it('tokenises only the test cards and the token carries no card digits', () => {
    const token = tokenizeSandboxCard('4242 4242 4242 4242');
    expect(token).toMatch(/^tok_sbx_approve_[a-f0-9]{24}$/);
    expect(token).not.toContain('4242');
    expect(sandboxTokenOutcome(tokenizeSandboxCard('4000-0000-0000-0002'))).toBe('decline');
    expect(sandboxTokenOutcome(tokenizeSandboxCard('4000002760003184'))).toBe('challenge');
    expect(tokenizeSandboxCard('4242424242424241')).toBeNull();
    expect(tokenizeSandboxCard('5555555555554444')).toBeNull();
    expect(isLuhnValid('4242424242424242')).toBe(true);
    expect(sandboxTokenOutcome('tok_sbx_approve_forged')).toBeNull();
  });

  it('charges by token outcome and is deterministic per idempotency key', async () => {
    const gateway = createSandboxGateway();
    const base = {
      idempotencyKey: 'pay-1',
      amountCents: 1000,
      currency: 'BRL',
      description: 'x',
      expiresAt: null,
    };
    const approved = await gateway.charge({
      ...base,
      method: 'card',
      token: tokenizeSandboxCard('4242424242424242'),
    });
    expect(approved).toEqual({ reference: sandboxReference('pay-1'), status: 'succeeded' });
    const declined = await gateway.charge({
      ...base,
      method: 'card',
      token: tokenizeSandboxCard('4000000000000002'),
    });
    expect(declined).toMatchObject({ status: 'failed', failureCode: 'card_declined' });
    const pix = await gateway.charge({ ...base, method: 'pix', token: null });
    expect(pix).toMatchObject({ status: 'pending', pix: { code: expect.stringContaining('PIX') } });
    const forged = await gateway.charge({ ...base, method: 'card', token: '4242424242424242' });
    expect(forged).toMatchObject({ status: 'failed', failureCode: 'invalid_token' });
  });
});

describe('sandbox webhooks', () => {
  const secret = 'a'.repeat(64);
  const body = JSON.stringify({
    id: 'evt_1',
    type: 'payment.succeeded',
    data: { reference: 'sbx_1' },
  });

  it('accepts a valid signature and maps the event', () => {
    expect(parseSandboxWebhook(secret, body, signSandboxWebhook(secret, body))).toEqual({
      eventId: 'evt_1',
      type: 'payment.succeeded',
      reference: 'sbx_1',
      status: 'succeeded',
    });
  });

  it('refuses a missing, malformed or wrong signature with 401', () => {
    for (const sig of [
      null,
      '',
      'zz',
      signSandboxWebhook('other', body),
      signSandboxWebhook(secret, `${body} `),
    ]) {
      expect(() => parseSandboxWebhook(secret, body, sig)).toThrow(
        expect.objectContaining({ code: 'unauthorized' }),
      );
    }
  });
});
