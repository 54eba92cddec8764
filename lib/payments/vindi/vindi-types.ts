/** The slices of Vindi's v1 objects Loja reads (amounts are decimal strings or numbers in reais). */
export type VindiTransaction = {
  id: number;
  transaction_type?: string;
  status: string;
  amount?: string | number;
  gateway_message?: string | null;
  gateway_response_code?: string | null;
  gateway_response_fields?: Record<string, string | number | null> | null;
};

export type VindiCharge = {
  id: number;
  amount: string | number;
  status: string;
  due_at?: string | null;
  print_url?: string | null;
  installments?: number;
  bill?: { id: number; code?: string | null } | null;
  last_transaction?: VindiTransaction | null;
  payment_method?: { code: string } | null;
};

export type VindiBill = {
  id: number;
  code: string | null;
  amount: string | number;
  status: string;
  installments?: number;
  charges: VindiCharge[];
};

export type VindiEvent = {
  event: {
    type: string;
    created_at: string;
    data: { bill?: VindiBill; charge?: VindiCharge };
  };
};

/** Integer centavos → Vindi's decimal string, without floating point. */
export function toVindiAmount(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Vindi's decimal ("123.4", 123.45) → integer centavos, without floating-point drift. */
export function fromVindiAmount(amount: string | number): number {
  const [whole = '0', frac = ''] = String(amount).split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
}
