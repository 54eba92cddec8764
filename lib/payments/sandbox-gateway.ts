import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { ChargeOutcome, ChargeRequest, PaymentGateway } from './gateway';
import { sandboxTokenOutcome } from './sandbox-cards';

export const SANDBOX_GATEWAY = 'sandbox';
export const SANDBOX_SIGNATURE_HEADER = 'x-loja-sandbox-signature';

/** Deterministic per idempotency key: a retried charge is the same charge. */
export function sandboxReference(idempotencyKey: string): string {
  return `sbx_${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;
}

/** A Pix copy-and-paste code for the demo; not a payable BR Code. */
export function sandboxPixCode(reference: string, amountCents: number): string {
  return `00020126SANDBOX-LOJA-PIX${reference.toUpperCase()}5204000053039865802BR54${amountCents}6304DEMO`;
}

/** A boleto typable line for the demo (47 digits, FEBRABAN layout); not payable at any bank. */
export function sandboxBoletoLine(reference: string): string {
  const digits = BigInt(`0x${reference.slice(4)}`)
    .toString()
    .padEnd(47, '0')
    .slice(0, 47);
  const d = (from: number, to: number) => digits.slice(from, to);
  return `${d(0, 5)}.${d(5, 10)} ${d(10, 15)}.${d(15, 21)} ${d(21, 26)}.${d(26, 32)} ${d(32, 33)} ${d(33, 47)}`;
}

export function signSandboxWebhook(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export function verifySandboxWebhook(secret: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signSandboxWebhook(secret, body), 'hex');
  const given = Buffer.from(/^[a-f0-9]{64}$/.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The built-in demo gateway: test cards decide the outcome, Pix and boleto stay pending until the
 * simulator confirms them through a signed webhook. Stateless, so any process can serve it.
 */
export function createSandboxGateway(): PaymentGateway {
  return {
    name: SANDBOX_GATEWAY,
    async charge(request: ChargeRequest): Promise<ChargeOutcome> {
      const reference = sandboxReference(request.idempotencyKey);
      if (request.method === 'pix') {
        const expiresAt = (request.expiresAt ?? new Date(Date.now() + 30 * 60_000)).toISOString();
        return {
          reference,
          status: 'pending',
          pix: { code: sandboxPixCode(reference, request.amountCents), expiresAt },
        };
      }
      if (request.method === 'boleto') {
        const due = request.expiresAt ?? new Date(Date.now() + 3 * 86_400_000);
        return {
          reference,
          status: 'pending',
          boleto: {
            typableLine: sandboxBoletoLine(reference),
            pdfUrl: null,
            dueAt: due.toISOString(),
          },
        };
      }
      switch (sandboxTokenOutcome(request.token)) {
        case 'approve':
          return { reference, status: 'succeeded' };
        case 'challenge':
          // The order page shows the (demo) challenge for a payment that requires action.
          return { reference, status: 'requires_action' };
        case 'decline':
          return { reference, status: 'failed', failureCode: 'card_declined' };
        default:
          return { reference, status: 'failed', failureCode: 'invalid_token' };
      }
    },
    async refund() {
      return { status: 'succeeded' };
    },
  };
}
