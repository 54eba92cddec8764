import type { PaymentMethod } from '@/db/schema/commerce';

export type ChargeRequest = {
  /** The gateway charges at most once per key; we use our payment row id. */
  idempotencyKey: string;
  amountCents: number;
  currency: string;
  method: PaymentMethod;
  /** A gateway token from the browser (cards); never a card number. */
  token: string | null;
  description: string;
  expiresAt: Date | null;
  /** Card installments (1 = à vista); amountCents is then the plan's total, interest included. */
  installments?: number;
  /** Who pays (drivers that keep customers, e.g. Vindi); never card data. */
  customer?: { name: string; email: string };
};

export type ChargeStatus = 'pending' | 'requires_action' | 'succeeded' | 'failed';

export type ChargeOutcome = {
  reference: string;
  status: ChargeStatus;
  failureCode?: string;
  /** Where the shopper completes a 3-D Secure challenge. */
  actionUrl?: string;
  pix?: { code: string; expiresAt: string; imageUrl?: string };
  /** Boleto: the typable line (linha digitável) and the PDF to print, as the gateway issued them. */
  boleto?: { typableLine: string; pdfUrl: string | null; dueAt: string | null };
};

export type RefundRequest = { reference: string; amountCents: number; idempotencyKey: string };

/** One interface for every driver (sandbox built in; Stripe and Vindi plug in here). */
export interface PaymentGateway {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  refund(request: RefundRequest): Promise<{ status: 'succeeded' | 'failed' }>;
}
