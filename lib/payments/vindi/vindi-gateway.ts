import { createHash } from 'node:crypto';
import type { ChargeOutcome, ChargeRequest, ChargeStatus, PaymentGateway } from '../gateway';
import { VindiApiError, type VindiClient } from './vindi-client';
import { toVindiAmount, type VindiBill, type VindiCharge } from './vindi-types';

export const VINDI_GATEWAY = 'vindi';

const METHOD_CODE = { card: 'credit_card', pix: 'pix', boleto: 'bank_slip' } as const;

/** Our payment reference is Vindi's bill id: every bill and charge event carries it. */
export const vindiReference = (billId: number | string) => `bill_${billId}`;
export const billIdOf = (reference: string) => reference.replace(/^bill_/, '');

/** A charge's Pix and boleto instructions as Vindi documents them on the last transaction. */
export function chargeInstructions(charge: VindiCharge | undefined): Partial<ChargeOutcome> {
  if (!charge) return {};
  const fields = charge.last_transaction?.gateway_response_fields ?? {};
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : null);
  const method = charge.payment_method?.code;
  if (method === 'pix') {
    const code = text('qrcode_original_path');
    if (!code) return {};
    return {
      pix: {
        code,
        expiresAt: text('max_days_to_keep_waiting_payment') ?? charge.due_at ?? '',
        imageUrl: text('qrcode_path') ?? undefined,
      },
    };
  }
  if (method === 'bank_slip') {
    return {
      boleto: {
        typableLine: text('typable_line') ?? text('digitable_line') ?? '',
        pdfUrl: charge.print_url ?? null,
        dueAt: charge.due_at ?? null,
      },
    };
  }
  return {};
}

/** Bill and charge states → ours: paid wins, a rejected card fails, anything else waits. */
export function billStatus(bill: VindiBill): ChargeStatus {
  if (bill.status === 'paid') return 'succeeded';
  const charge = bill.charges[0];
  if (bill.status === 'canceled' || charge?.status === 'canceled') return 'failed';
  if (charge?.status === 'paid') return 'succeeded';
  if (charge?.last_transaction?.status === 'rejected' || charge?.status === 'rejected')
    return 'failed';
  return 'pending';
}

function outcomeOf(bill: VindiBill): ChargeOutcome {
  const status = billStatus(bill);
  const failure = bill.charges[0]?.last_transaction?.gateway_response_code;
  return {
    reference: vindiReference(bill.id),
    status,
    ...(status === 'failed' ? { failureCode: failure ? `vindi_${failure}` : 'card_declined' } : {}),
    ...chargeInstructions(bill.charges[0]),
  };
}

const isTaken = (error: unknown) =>
  error instanceof VindiApiError &&
  error.status === 422 &&
  error.errors.some((e) => e.parameter === 'code' || e.id === 'taken');

/**
 * The Vindi driver: one customer per buyer e-mail (code derived from it), a payment profile from
 * the browser's gateway token for cards, and one bill per payment whose `code` is our payment id,
 * so a retried charge finds the first bill instead of billing twice.
 */
export function createVindiGateway(
  client: VindiClient,
  options: { productCode?: string } = {},
): PaymentGateway {
  const productCode = options.productCode ?? 'loja-order';

  async function findOrCreateCustomer(customer: ChargeRequest['customer']): Promise<number> {
    const email = (customer?.email ?? '').toLowerCase();
    const code = `loja-${createHash('sha256').update(email).digest('hex').slice(0, 24)}`;
    try {
      const created = await client.request<{ customer: { id: number } }>('POST', '/customers', {
        name: customer?.name || email || 'Cliente Loja',
        email: email || undefined,
        code,
      });
      return created.customer.id;
    } catch (error) {
      if (!isTaken(error)) throw error;
      const found = await client.request<{ customers: { id: number }[] }>(
        'GET',
        `/customers?query=${encodeURIComponent(`code=${code}`)}`,
      );
      if (!found.customers[0]) throw error;
      return found.customers[0].id;
    }
  }

  async function findBill(code: string): Promise<VindiBill | null> {
    const found = await client.request<{ bills: VindiBill[] }>(
      'GET',
      `/bills?query=${encodeURIComponent(`code=${code}`)}`,
    );
    return found.bills[0] ?? null;
  }

  return {
    name: VINDI_GATEWAY,
    async charge(request) {
      const existing = await findBill(request.idempotencyKey);
      if (existing) return outcomeOf(existing);
      const customerId = await findOrCreateCustomer(request.customer);
      let paymentProfile: { id: number } | undefined;
      if (request.method === 'card') {
        if (!request.token)
          return { reference: '', status: 'failed', failureCode: 'invalid_token' };
        try {
          const profile = await client.request<{ payment_profile: { id: number } }>(
            'POST',
            '/payment_profiles',
            {
              gateway_token: request.token,
              customer_id: customerId,
              payment_method_code: 'credit_card',
            },
          );
          paymentProfile = { id: profile.payment_profile.id };
        } catch (error) {
          // An unknown, reused or expired (5 min) gateway_token: the shopper retypes the card.
          if (error instanceof VindiApiError && error.status === 422)
            return { reference: '', status: 'failed', failureCode: 'invalid_token' };
          throw error;
        }
      }
      try {
        const { bill } = await client.request<{ bill: VindiBill }>('POST', '/bills', {
          customer_id: customerId,
          code: request.idempotencyKey,
          payment_method_code: METHOD_CODE[request.method],
          installments: request.method === 'card' ? (request.installments ?? 1) : 1,
          bill_items: [
            {
              product_code: productCode,
              amount: toVindiAmount(request.amountCents),
              description: request.description,
            },
          ],
          ...(request.expiresAt && request.method !== 'card'
            ? { due_at: request.expiresAt.toISOString().slice(0, 10) }
            : {}),
          ...(paymentProfile ? { payment_profile: paymentProfile } : {}),
        });
        return outcomeOf(bill);
      } catch (error) {
        // A concurrent twin created the bill first: answer with that one.
        if (isTaken(error)) {
          const twin = await findBill(request.idempotencyKey);
          if (twin) return outcomeOf(twin);
        }
        throw error;
      }
    },

    async refund({ reference, amountCents }) {
      const { bill } = await client.request<{ bill: VindiBill }>(
        'GET',
        `/bills/${encodeURIComponent(billIdOf(reference))}`,
      );
      const charge = bill.charges.find((c) => c.status === 'paid') ?? bill.charges[0];
      if (!charge) return { status: 'failed' };
      const { charge: refunded } = await client.request<{ charge: VindiCharge }>(
        'POST',
        `/charges/${charge.id}/refund`,
        { amount: toVindiAmount(amountCents), cancel_bill: false },
      );
      const tx = refunded.last_transaction;
      const ok = tx?.status === 'success' || refunded.status === 'refunded';
      return { status: ok ? 'succeeded' : 'failed' };
    },
  };
}
