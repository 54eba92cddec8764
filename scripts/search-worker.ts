/**
 * `npm run search:worker`: applies queued product changes (search_outbox) to Elasticsearch.
 * Any number of workers may run; rows are claimed with SKIP LOCKED. Stops on SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import { closeDb, getDb } from '@/lib/db/client';
import { parseEnv } from '@/lib/env';
import { createElasticsearchClient } from '@/lib/search/elasticsearch-client';
import { syncSearchOutbox } from '@/lib/search/elasticsearch/sync-outbox';
import { withDatabase } from './lib/database';

if (existsSync('.env')) process.loadEnvFile('.env');
const env = parseEnv(process.env);
if (!env.ELASTICSEARCH_URL) {
  console.error('ELASTICSEARCH_URL is not set: there is no index to keep current.');
  process.exit(2);
}
const elasticsearchUrl = env.ELASTICSEARCH_URL;
const IDLE_MS = 1_000;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true));

withDatabase(env, async (url) => {
  process.env.DATABASE_URL = url;
  const client = createElasticsearchClient({
    url: elasticsearchUrl,
    apiKey: env.ELASTICSEARCH_API_KEY,
  });
  console.log('Search worker started.');
  while (!stopping) {
    try {
      const result = await syncSearchOutbox(getDb(), client);
      if (result.indexed + result.deleted + result.failed > 0)
        console.log(JSON.stringify({ outbox: result }));
      if (result.indexed + result.deleted === 0) await new Promise((r) => setTimeout(r, IDLE_MS));
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      await new Promise((r) => setTimeout(r, IDLE_MS * 5));
    }
  }
  await closeDb();
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
