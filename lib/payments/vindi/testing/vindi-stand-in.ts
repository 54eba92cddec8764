import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { VindiBill, VindiCharge } from '../vindi-types';

export type VindiRequest = { method: string; path: string; body: Record<string, unknown> };

/**
 * A local HTTP server speaking Vindi's v1 wire format (JSON, HTTP Basic with the API key as user,
 * `{ errors: [...] }` with 422 for a taken code), stateful enough for customers, payment profiles,
 * bills with their charge, lookups by code and refunds. Tokens starting with "decline" are
 * rejected like a refused card.
 */
export async function startVindiStandIn(apiKey: string) {
  const requests: VindiRequest[] = [];
  const customers = new Map<string, number>();
  const profiles = new Map<number, string>();
  const bills = new Map<number, VindiBill>();
  let seq = 1000;

  const chargeFor = (
    billId: number,
    method: string,
    amount: string,
    token?: string,
  ): VindiCharge => {
    const id = ++seq;
    const declined = token?.startsWith('decline');
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
    return {
      id,
      amount,
      status: paid ? 'paid' : declined ? 'rejected' : 'pending',
      due_at: '2026-11-29T23:59:59.000-03:00',
      print_url: method === 'bank_slip' ? `https://boleto.vindi.test/${id}.pdf` : null,
      bill: { id: billId },
      payment_method: { code: method },
      last_transaction: {
        id: ++seq,
        transaction_type: 'charge',
        status: paid ? 'success' : declined ? 'rejected' : 'waiting',
        gateway_response_code: declined ? '05' : null,
        gateway_response_fields: fields,
      },
    };
  };

  const route = (method: string, url: URL, body: Record<string, unknown>) => {
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const query = url.searchParams.get('query') ?? '';
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
      const bill = [...bills.values()].find((b) => b.charges[0]?.id === Number(refundMatch[1]));
      const charge = bill?.charges[0];
      if (!charge) return { status: 404, body: { errors: [{ id: 'not_found' }] } };
      const full = body.amount === undefined || body.amount === charge.amount;
      charge.status = full ? 'refunded' : charge.status;
      charge.last_transaction = {
        id: ++seq,
        transaction_type: 'refund',
        status: 'success',
        amount: String(body.amount ?? charge.amount),
      };
      return { status: 200, body: { charge } };
    }
    return { status: 404, body: { errors: [{ id: 'not_found', message: path }] } };
  };

  const expected = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body });
      const reply =
        req.headers.authorization === expected
          ? route(req.method ?? '', url, body)
          : { status: 401, body: { errors: [{ id: 'unauthorized', message: 'chave inválida' }] } };
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    requests,
    bills,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
