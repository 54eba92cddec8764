import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fromVindiAmount,
  toVindiAmount,
  type VindiBill,
  type VindiCharge,
  type VindiEvent,
  type VindiTransaction,
} from '../vindi-types';

export type VindiRequest = { method: string; path: string; body: Record<string, unknown> };

/** Card numbers the stand-in's public endpoint tokenizes but whose charge the acquirer refuses. */
export const VINDI_DECLINED_CARD = '4000000000000002';

const invalid = (parameter: string, message = 'não é válido') => ({
  status: 422,
  body: { errors: [{ id: 'invalid_parameter', parameter, message }] },
});

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A local HTTP server speaking Vindi's v1 wire format (JSON, HTTP Basic with a key as user,
 * `{ errors: [...] }` with 422 for a taken code or an invalid parameter), stateful enough for
 * customers, payment profiles, bills with their charge, lookups by code, transactions and
 * refunds. Like Vindi, `/public/*` (card tokenization from the browser) accepts only the public
 * key and every other path only the private key. A gateway_token is single-use; tokens of
 * VINDI_DECLINED_CARD (or, for tests that skip the browser, tokens starting with "decline") are
 * refused like a declined card.
 */
export async function startVindiStandIn(apiKey: string, publicKey = 'vindi-public-key-test') {
  const requests: VindiRequest[] = [];
  const customers = new Map<string, number>();
  const profiles = new Map<number, string>();
  const bills = new Map<number, VindiBill>();
  const tokens = new Map<string, { declined: boolean; used: boolean }>();
  const transactions = new Map<number, VindiTransaction[]>();
  let seq = 1000;

  const issueToken = (declined = false) => {
    const token = declined ? `decline-${randomUUID()}` : randomUUID();
    tokens.set(token, { declined, used: false });
    return token;
  };

  const tokenize = (body: Record<string, unknown>) => {
    const number = String(body.card_number ?? '');
    const expiration = /^(\d{2})\/(\d{4})$/.exec(String(body.card_expiration ?? ''));
    if (body.payment_method_code !== 'credit_card') return invalid('payment_method_code');
    if (!String(body.holder_name ?? '').trim())
      return invalid('holder_name', 'não pode ficar em branco');
    if (!/^\d{13,19}$/.test(number) || !luhnValid(number)) return invalid('card_number');
    const month = Number(expiration?.[1]);
    const endOfMonth = expiration ? new Date(Date.UTC(Number(expiration[2]), month, 1)) : null;
    if (!endOfMonth || month < 1 || month > 12 || endOfMonth.getTime() <= Date.now())
      return invalid('card_expiration', 'está expirado ou não é válido');
    if (!/^\d{3,4}$/.test(String(body.card_cvv ?? ''))) return invalid('card_cvv');
    const token = issueToken(number === VINDI_DECLINED_CARD);
    return {
      status: 201,
      body: {
        payment_profile: {
          status: 'active',
          holder_name: body.holder_name,
          card_expiration: body.card_expiration,
          card_number_first_six: number.slice(0, 6),
          card_number_last_four: number.slice(-4),
          payment_method: { code: 'credit_card' },
          gateway_token: token,
        },
      },
    };
  };

  /** Refunds part or all of a charge, as POST /charges/:id/refund or Vindi's dashboard do. */
  const refundCharge = (charge: VindiCharge, amount?: string) => {
    const history = transactions.get(charge.id) ?? [];
    const before = history
      .filter((t) => t.transaction_type === 'refund' && t.status === 'success')
      .reduce((sum, t) => sum + fromVindiAmount(t.amount ?? 0), 0);
    const cents = Math.min(
      amount === undefined ? fromVindiAmount(charge.amount) : fromVindiAmount(amount),
      fromVindiAmount(charge.amount) - before,
    );
    const tx: VindiTransaction = {
      id: ++seq,
      transaction_type: 'refund',
      status: 'success',
      amount: toVindiAmount(cents),
    };
    transactions.set(charge.id, [...history, tx]);
    if (before + cents >= fromVindiAmount(charge.amount)) charge.status = 'refunded';
    charge.last_transaction = tx;
    return charge;
  };

  const chargeFor = (
    billId: number,
    billCode: string,
    method: string,
    amount: string,
    token?: string,
  ): VindiCharge => {
    const id = ++seq;
    const declined = token !== undefined && (tokens.get(token)?.declined ?? false);
    const paid = method === 'credit_card' && !declined;
    const fields: Record<string, string> =
      method === 'pix'
        ? {
            qrcode_original_path: `00020101021226830014br.gov.bcb.pix2561pix.vindi.test/${id}5204000053039865802BR6304ABCD`,
            qrcode_path: `https://pix.vindi.test/qr/${id}.png`,
            max_days_to_keep_waiting_payment: '2026-12-01T12:00:00.000-03:00',
          }
        : method === 'bank_slip'
          ? {
              typable_line: `34191.79001 01043.510047 91020.150008 5 ${String(id).padStart(14, '0')}`,
            }
          : {};
    const transaction: VindiTransaction = {
      id: ++seq,
      transaction_type: 'charge',
      status: paid ? 'success' : declined ? 'rejected' : 'waiting',
      amount,
      gateway_response_code: declined ? '05' : null,
      gateway_response_fields: fields,
    };
    transactions.set(id, [transaction]);
    return {
      id,
      amount,
      status: paid ? 'paid' : declined ? 'rejected' : 'pending',
      due_at: '2026-11-29T23:59:59.000-03:00',
      print_url: method === 'bank_slip' ? `https://boleto.vindi.test/${id}.pdf` : null,
      bill: { id: billId, code: billCode },
      payment_method: { code: method },
      last_transaction: transaction,
    };
  };

  const route = (method: string, url: URL, body: Record<string, unknown>) => {
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const query = url.searchParams.get('query') ?? '';
    if (method === 'POST' && path === '/public/payment_profiles') return tokenize(body);
    if (method === 'POST' && path === '/customers') {
      const code = String(body.code);
      if (customers.has(code))
        return {
          status: 422,
          body: { errors: [{ id: 'taken', parameter: 'code', message: 'já está em uso' }] },
        };
      customers.set(code, ++seq);
      return {
        status: 201,
        body: { customer: { id: seq, code, name: body.name, email: body.email } },
      };
    }
    if (method === 'GET' && path === '/customers') {
      const id = customers.get(query.replace(/^code=/, ''));
      return { status: 200, body: { customers: id ? [{ id }] : [] } };
    }
    if (method === 'POST' && path === '/payment_profiles') {
      const token = tokens.get(String(body.gateway_token));
      // Vindi accepts a gateway_token once, within 5 minutes of tokenization.
      if (!token || token.used) return invalid('gateway_token');
      token.used = true;
      const id = ++seq;
      profiles.set(id, String(body.gateway_token));
      return { status: 201, body: { payment_profile: { id, status: 'active' } } };
    }
    if (method === 'POST' && path === '/bills') {
      const code = String(body.code);
      if ([...bills.values()].some((b) => b.code === code))
        return {
          status: 422,
          body: { errors: [{ id: 'taken', parameter: 'code', message: 'já está em uso' }] },
        };
      const items = body.bill_items as { amount: string }[];
      const profile = body.payment_profile as { id: number } | undefined;
      const id = ++seq;
      const charge = chargeFor(
        id,
        code,
        String(body.payment_method_code),
        items[0]!.amount,
        profile ? profiles.get(profile.id) : undefined,
      );
      const bill: VindiBill = {
        id,
        code,
        amount: items[0]!.amount,
        status: charge.status === 'paid' ? 'paid' : 'pending',
        installments: Number(body.installments ?? 1),
        charges: [charge],
      };
      bills.set(id, bill);
      return { status: 201, body: { bill } };
    }
    if (method === 'GET' && path === '/bills') {
      const code = query.replace(/^code=/, '');
      return { status: 200, body: { bills: [...bills.values()].filter((b) => b.code === code) } };
    }
    const billMatch = /^\/bills\/(\d+)$/.exec(path);
    if (method === 'GET' && billMatch) {
      const bill = bills.get(Number(billMatch[1]));
      return bill
        ? { status: 200, body: { bill } }
        : { status: 404, body: { errors: [{ id: 'not_found' }] } };
    }
    const refundMatch = /^\/charges\/(\d+)\/refund$/.exec(path);
    if (method === 'POST' && refundMatch) {
      const charge = chargeById(Number(refundMatch[1]));
      if (!charge) return { status: 404, body: { errors: [{ id: 'not_found' }] } };
      const amount = body.amount === undefined ? undefined : String(body.amount);
      return { status: 200, body: { charge: refundCharge(charge, amount) } };
    }
    if (method === 'GET' && path === '/transactions') {
      const chargeId = Number(/^charge_id[=:](\d+)$/.exec(query)?.[1]);
      return {
        status: 200,
        body: { transactions: [...(transactions.get(chargeId) ?? [])].reverse() },
      };
    }
    return { status: 404, body: { errors: [{ id: 'not_found', message: path }] } };
  };

  let outage: string | null = null;
  const chargeById = (id: number) =>
    [...bills.values()].flatMap((b) => b.charges).find((c) => c.id === id);
  const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  const authorized = (path: string, header: string | undefined) =>
    header === basic(path.startsWith('/api/v1/public/') ? publicKey : apiKey);
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body });
      const reply =
        outage && url.pathname.startsWith(outage)
          ? { status: 500, body: { errors: [{ id: 'internal_server_error' }] } }
          : authorized(url.pathname, req.headers.authorization)
            ? route(req.method ?? '', url, body)
            : {
                status: 401,
                body: { errors: [{ id: 'unauthorized', message: 'chave inválida' }] },
              };
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    publicKey,
    requests,
    bills,
    /** Paths starting with this prefix answer 500 until it is set back to null. */
    setOutage(prefix: string | null) {
      outage = prefix;
    },
    /** A gateway_token as if the browser had tokenized a card (for tests that skip the browser). */
    issueToken,
    /**
     * An operator refunds `cents` of the bill's charge in Vindi's dashboard: the stand-in records
     * it and returns the charge_refunded webhook Vindi sends (the charge with the refund as its
     * last_transaction), for the test to deliver in any order.
     */
    refundInDashboard(billId: number, cents: number): VindiEvent {
      const charge = bills.get(billId)?.charges[0];
      if (!charge) throw new Error(`no bill ${billId}`);
      refundCharge(charge, toVindiAmount(cents));
      return {
        event: {
          type: 'charge_refunded',
          created_at: new Date().toISOString(),
          data: { charge: structuredClone(charge) },
        },
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
