/**
 * `npm run reservations:worker`: every 15 s releases lapsed stock reservations and expires their
 * pending orders (lib/inventory/release-expired-reservations), and drains the order e-mail outbox. Reads already ignore lapsed holds,
 * so the worker only makes that durable; any number may run (each order is handled under its row
 * lock). Stops on SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import { closeDb, getDb } from '@/lib/db/client';
import { deliverOrderEmails } from '@/lib/email/order-emails/deliver-order-emails';
import { parseEnv } from '@/lib/env';
import { releaseExpiredReservations } from '@/lib/inventory/release-expired-reservations';
import { withDatabase } from './lib/database';

if (existsSync('.env')) process.loadEnvFile('.env');
const env = parseEnv(process.env);
const INTERVAL_MS = 15_000;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true));

const sleep = async (ms: number) => {
  for (let waited = 0; waited < ms && !stopping; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
  }
};

withDatabase(env, async (url) => {
  process.env.DATABASE_URL = url;
  console.log('Reservations worker started.');
  while (!stopping) {
    try {
      const result = await releaseExpiredReservations(getDb());
      if (result.expiredOrders > 0) console.log(JSON.stringify({ reservations: result }));
      // The order e-mail outbox: whatever the web requests did not send yet (or failed to).
      const emails = await deliverOrderEmails(getDb(), { limit: 100 });
      if (emails.sent + emails.failed > 0) console.log(JSON.stringify({ orderEmails: emails }));
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
    }
    await sleep(INTERVAL_MS);
  }
  await closeDb();
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
