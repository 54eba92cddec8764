import { describe, expect, it } from 'vitest';
import { createVindiClient } from './vindi-client';

// eslint-disable-next-line no-restricted-properties -- live credentials are test-only, read here like the Stripe live test
const url = process.env.TEST_VINDI_API_URL;
// eslint-disable-next-line no-restricted-properties -- see above
const token = process.env.TEST_VINDI_API_TOKEN;
if (!url || !token)
  console.info('Vindi live test skipped: set TEST_VINDI_API_URL and TEST_VINDI_API_TOKEN');

describe.skipIf(!url || !token)('Vindi (live sandbox account)', () => {
  it('authenticates and lists payment methods (read-only)', async () => {
    const client = createVindiClient({ apiUrl: url!, apiToken: token! });
    const res = await client.request<{ payment_methods: { code: string }[] }>(
      'GET',
      '/payment_methods',
    );
    expect(res.payment_methods.map((m) => m.code)).toEqual(expect.arrayContaining(['credit_card']));
  });
});
