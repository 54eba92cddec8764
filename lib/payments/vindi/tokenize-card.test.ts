import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VINDI_DECLINED_CARD, startVindiStandIn } from './testing/vindi-stand-in';
import { tokenizeVindiCard, vindiExpiration } from './tokenize-card';
import { VindiApiError, createVindiClient } from './vindi-client';

// The browser module is plain fetch: exercised here in node against the stateful stand-in.
const API_KEY = 'vindi-private-key-unit';
const PUBLIC_KEY = 'vindi-public-key-unit';
let standIn: Awaited<ReturnType<typeof startVindiStandIn>>;
beforeAll(async () => {
  standIn = await startVindiStandIn(API_KEY, PUBLIC_KEY);
});
afterAll(async () => standIn.close());

const year = new Date().getUTCFullYear() + 3;
const card = {
  holderName: ' Maria Silva ',
  number: '4111 1111 1111 1111',
  expiry: `1/${String(year).slice(2)}`,
  cvv: '123',
};
const config = () => ({ apiUrl: standIn.url, publicKey: PUBLIC_KEY });
const privateClient = () => createVindiClient({ apiUrl: standIn.url, apiToken: API_KEY });

describe('tokenizeVindiCard (browser → Vindi public API)', () => {
  it('posts the card with the public key in Vindi field names and returns the gateway_token', async () => {
    const result = await tokenizeVindiCard(config(), card);
    expect(result).toEqual({ ok: true, gatewayToken: expect.any(String) });
    const call = standIn.requests.at(-1)!;
    expect(call).toMatchObject({ method: 'POST', path: '/api/v1/public/payment_profiles' });
    expect(call.body).toEqual({
      holder_name: 'Maria Silva',
      card_expiration: `01/${year}`,
      card_number: '4111111111111111',
      card_cvv: '123',
      payment_method_code: 'credit_card',
    });
  });

  it('the server attaches the token once with the private key; a reused token is refused', async () => {
    const result = await tokenizeVindiCard(config(), card);
    if (!result.ok) throw new Error('tokenization failed');
    const { customer } = await privateClient().request<{ customer: { id: number } }>(
      'POST',
      '/customers',
      { name: 'Maria', code: `c-${Date.now()}` },
    );
    const attach = () =>
      privateClient().request<{ payment_profile: { id: number } }>('POST', '/payment_profiles', {
        gateway_token: result.gatewayToken,
        customer_id: customer.id,
        payment_method_code: 'credit_card',
      });
    await expect(attach()).resolves.toMatchObject({ payment_profile: { id: expect.any(Number) } });
    await expect(attach()).rejects.toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ parameter: 'gateway_token' })],
    });
  });

  it.each([
    [{ number: '4111 1111 1111 1112' }, ['number']],
    [{ expiry: '01/2001' }, ['expiry']],
    [{ expiry: '13/2031' }, ['expiry']],
    [{ cvv: '12' }, ['cvv']],
    [{ holderName: '  ' }, ['holderName']],
  ] as const)('Vindi 422 errors[] name the field: %j', async (change, fields) => {
    expect(await tokenizeVindiCard(config(), { ...card, ...change })).toEqual({
      ok: false,
      reason: 'invalid',
      fields,
    });
  });

  it('a card Vindi tokenizes but the acquirer will refuse still yields a token (the bill fails)', async () => {
    expect(await tokenizeVindiCard(config(), { ...card, number: VINDI_DECLINED_CARD })).toEqual({
      ok: true,
      gatewayToken: expect.stringMatching(/^decline-/),
    });
  });

  it('keys are not interchangeable: private key refused on /public, public key on private paths', async () => {
    expect(await tokenizeVindiCard({ apiUrl: standIn.url, publicKey: API_KEY }, card)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    const withPublicKey = createVindiClient({ apiUrl: standIn.url, apiToken: PUBLIC_KEY });
    const attempt = withPublicKey.request('POST', '/customers', { name: 'x', code: 'x' });
    await expect(attempt).rejects.toBeInstanceOf(VindiApiError);
    await expect(attempt).rejects.toMatchObject({ status: 401 });
  });

  it('an unreachable Vindi is "unavailable", not a field error', async () => {
    const refused = await tokenizeVindiCard(
      { apiUrl: 'http://127.0.0.1:9/api/v1', publicKey: 'k' },
      card,
    );
    expect(refused).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('vindiExpiration', () => {
  it('normalises what shoppers type to MM/AAAA', () => {
    expect(vindiExpiration('1/29')).toBe('01/2029');
    expect(vindiExpiration(' 12 / 2030 ')).toBe('12/2030');
    expect(vindiExpiration('1229')).toBe('1229');
  });
});
