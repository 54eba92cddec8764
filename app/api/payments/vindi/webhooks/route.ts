import { apiHandler } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { receiveVindiWebhook } from '@/lib/payments/vindi/receive-vindi-webhook';

/** Vindi events, authenticated by the HTTP Basic credentials configured in the webhook URL. */
export const POST = apiHandler({ auth: 'public' }, async ({ req }) => {
  const result = await receiveVindiWebhook(
    getDb(),
    await req.text(),
    req.headers.get('authorization'),
  );
  return { received: true, result };
});
