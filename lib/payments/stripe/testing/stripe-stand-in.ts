import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { createStripeClient } from '../create-stripe-client';

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  form: URLSearchParams;
};
export type StandInReply = { status: number; body: unknown };
type Responder = (request: RecordedRequest) => StandInReply;

/**
 * A local HTTP server speaking Stripe's wire format (form-encoded requests, JSON objects back),
 * so the real `stripe` client is exercised end to end without network access or keys.
 */
export async function startStripeStandIn(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        form: new URLSearchParams(raw),
      };
      requests.push(recorded);
      const reply = respond(recorded);
      res.writeHead(reply.status, {
        'content-type': 'application/json',
        'request-id': 'req_local',
      });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client: Stripe = createStripeClient({
    mode: 'test',
    secretKey: 'sk_test_local_stand_in',
    apiBase: `http://127.0.0.1:${port}`,
  });
  return {
    client,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function paymentIntent(fields: Record<string, unknown>) {
  return {
    id: 'pi_local_1',
    object: 'payment_intent',
    amount: 0,
    currency: 'brl',
    last_payment_error: null,
    next_action: null,
    ...fields,
  };
}

export function cardDeclined(intentId: string): StandInReply {
  return {
    status: 402,
    body: {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
        payment_intent: paymentIntent({ id: intentId, status: 'requires_payment_method' }),
      },
    },
  };
}
