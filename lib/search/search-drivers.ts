import 'server-only';
import { getDb } from '@/lib/db/client';
import { getLogger } from '@/lib/log';
import { createElasticsearchDriver } from './elasticsearch/elasticsearch-driver';
import { getElasticsearchClient } from './elasticsearch-client';
import { createPostgresDriver } from './postgres/postgres-driver';
import type { SearchDriver } from './types';

// After a failure, Elasticsearch is skipped for a while so shoppers do not each wait for a timeout.
const BREAKER_MS = 10_000;

export type SearchDrivers = {
  primary: SearchDriver;
  /** PostgreSQL, when the primary is Elasticsearch. */
  fallback: SearchDriver | null;
};

/** Runs `call` on the primary driver, answering from the fallback when it fails. */
export function createFailover(
  { primary, fallback }: SearchDrivers,
  onFailure: (error: unknown) => void,
) {
  let openUntil = 0;
  return async function run<T>(
    call: (driver: SearchDriver) => Promise<T>,
  ): Promise<{ value: T; driver: SearchDriver }> {
    if (!fallback) return { value: await call(primary), driver: primary };
    if (Date.now() >= openUntil) {
      try {
        return { value: await call(primary), driver: primary };
      } catch (error) {
        openUntil = Date.now() + BREAKER_MS;
        onFailure(error);
      }
    }
    return { value: await call(fallback), driver: fallback };
  };
}

export type Failover = ReturnType<typeof createFailover>;

const globalForSearch = globalThis as unknown as { lojaSearchFailover?: Failover };

/** Elasticsearch when ELASTICSEARCH_URL is set (PostgreSQL answering when it fails), else PostgreSQL. */
export function getSearchFailover(): Failover {
  if (!globalForSearch.lojaSearchFailover) {
    const postgres = createPostgresDriver(getDb());
    const client = getElasticsearchClient();
    const log = getLogger().child({ component: 'search' });
    globalForSearch.lojaSearchFailover = createFailover(
      client
        ? { primary: createElasticsearchDriver(client), fallback: postgres }
        : { primary: postgres, fallback: null },
      (err) => log.warn({ err }, 'elasticsearch failed; answering from PostgreSQL'),
    );
  }
  return globalForSearch.lojaSearchFailover;
}
