/**
 * `npm run search:reindex`: builds a new Elasticsearch index from the search documents and swaps
 * the alias to it with zero downtime (see lib/search/elasticsearch/reindex.ts), with a progress bar.
 */
import { existsSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { runMigrations } from '@/db/migrate';
import { closeDb, getDb } from '@/lib/db/client';
import { parseEnv } from '@/lib/env';
import { createElasticsearchClient } from '@/lib/search/elasticsearch-client';
import { reindexElasticsearch } from '@/lib/search/elasticsearch/reindex';
import { withDatabase } from './lib/database';

if (existsSync('.env')) process.loadEnvFile('.env');
const env = parseEnv(process.env);
if (!env.ELASTICSEARCH_URL) {
  console.error('ELASTICSEARCH_URL is not set: search runs on PostgreSQL and needs no index.');
  process.exit(2);
}
const elasticsearchUrl = env.ELASTICSEARCH_URL;

withDatabase(env, async (url) => {
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  const client = createElasticsearchClient({
    url: elasticsearchUrl,
    apiKey: env.ELASTICSEARCH_API_KEY,
    requestTimeoutMs: 60_000,
  });
  const bar = new SingleBar(
    {
      format:
        'Indexing [{bar}] {percentage}% {value}/{total} | {duration_formatted} elapsed | ETA {eta_formatted}',
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  const result = await reindexElasticsearch(getDb(), client, {
    onStart: (total) => bar.start(total, 0),
    onProgress: (done) => bar.update(done),
  });
  bar.stop();
  console.log(
    `Indexed ${result.documents} products into ${result.index} in ${((Date.now() - started) / 1000).toFixed(1)} s; alias swapped${
      result.removed.length ? `, removed ${result.removed.join(', ')}` : ''
    }. The app servers' search-outbox-sync job (or \`npm run jobs:worker\`) keeps it current.`,
  );
  await closeDb();
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
