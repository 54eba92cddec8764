import { describe, expect, it } from 'vitest';
import { tokenizeVindiCard } from './tokenize-card';
import { createVindiClient } from './vindi-client';
import { testSetting } from '@/lib/env';

const url = testSetting('TEST_VINDI_API_URL');
const token = testSetting('TEST_VINDI_API_TOKEN');
const publicKey = testSetting('TEST_VINDI_PUBLIC_KEY');
if (!url || !token)
  console.info('Vindi live test skipped: set TEST_VINDI_API_URL and TEST_VINDI_API_TOKEN');
else if (!publicKey)
  console.info('Vindi live tokenization test skipped: set TEST_VINDI_PUBLIC_KEY');

describe.skipIf(!url || !token)('Vindi (live sandbox account)', () => {
  it('authenticates and lists payment methods (read-only)', async () => {
    const client = createVindiClient({ apiUrl: url!, apiToken: token! });
    const res = await client.request<{ payment_methods: { code: string }[] }>(
      'GET',
      '/payment_methods',
    );
    expect(res.payment_methods.map((m) => m.code)).toEqual(expect.arrayContaining(['credit_card']));
  });

  // Creates nothing at Vindi: a card number that fails the Luhn check is refused before storage.
  it.skipIf(!publicKey)('public tokenization: 422 errors[] name the field', async () => {
    const card = {
      holderName: 'Teste Loja',
      number: '4111111111111112',
      expiry: '12/2035',
      cvv: '123',
    };
    expect(await tokenizeVindiCard({ apiUrl: url!, publicKey: publicKey! }, card)).toEqual({
      ok: false,
      reason: 'invalid',
      fields: expect.arrayContaining(['number']),
    });
  });
});
