/**
 * Runs in the shopper's browser (no server-only imports): sends the card straight to Vindi's public
 * endpoint with the store's public key and returns only Vindi's gateway_token, which is all Loja's
 * server ever receives. Vindi keeps the card for 5 minutes until the server attaches the token
 * to a customer (POST /payment_profiles with the private key).
 */

export type VindiCardInput = {
  holderName: string;
  number: string;
  /** "MM/AAAA" or "MM/AA" as typed. */
  expiry: string;
  cvv: string;
};

/** Which of our inputs a Vindi error is about; `card` = the card as a whole (e.g. refused). */
export type VindiCardField = 'holderName' | 'number' | 'expiry' | 'cvv' | 'card';

export type VindiTokenResult =
  | { ok: true; gatewayToken: string }
  | { ok: false; reason: 'invalid'; fields: VindiCardField[] }
  | { ok: false; reason: 'unavailable' };

const FIELD_OF: Record<string, VindiCardField> = {
  holder_name: 'holderName',
  card_number: 'number',
  card_expiration: 'expiry',
  card_cvv: 'cvv',
};

/** "1/29", "01/2029", "01 / 29" → "01/2029"; anything else is sent as typed for Vindi to refuse. */
export function vindiExpiration(expiry: string): string {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  if (!match) return expiry.trim();
  const year = match[2]!.length === 2 ? `20${match[2]}` : match[2]!;
  return `${match[1]!.padStart(2, '0')}/${year}`;
}

export async function tokenizeVindiCard(
  config: { apiUrl: string; publicKey: string },
  card: VindiCardInput,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<VindiTokenResult> {
  const doFetch = options.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(`${config.apiUrl.replace(/\/+$/, '')}/public/payment_profiles`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${config.publicKey}:`)}`,
        accept: 'application/json',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        holder_name: card.holderName.trim(),
        card_expiration: vindiExpiration(card.expiry),
        card_number: card.number.replace(/[\s.-]/g, ''),
        card_cvv: card.cvv.trim(),
        payment_method_code: 'credit_card',
      }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const json = (await res.json().catch(() => ({}))) as {
    payment_profile?: { gateway_token?: string };
    errors?: { parameter?: string | null }[];
  };
  const token = json.payment_profile?.gateway_token;
  if (res.ok && token) return { ok: true, gatewayToken: token };
  if (res.status !== 422) return { ok: false, reason: 'unavailable' };
  const fields = [
    ...new Set((json.errors ?? []).map((e) => FIELD_OF[e.parameter ?? ''] ?? 'card')),
  ];
  return { ok: false, reason: 'invalid', fields: fields.length > 0 ? fields : ['card'] };
}
