import { Client } from '@elastic/elasticsearch';
import { getEnv } from '@/lib/env';

export type ElasticsearchOptions = {
  url: string;
  apiKey?: string;
  requestTimeoutMs?: number;
  maxRetries?: number;
};

export function createElasticsearchClient({
  url,
  apiKey,
  requestTimeoutMs = 5_000,
  maxRetries = 2,
}: ElasticsearchOptions): Client {
  return new Client({
    node: url,
    auth: apiKey ? { apiKey } : undefined,
    requestTimeout: requestTimeoutMs,
    maxRetries,
  });
}

const globalForEs = globalThis as unknown as { lojaElasticsearch?: Client | null };

/** The process client when ELASTICSEARCH_URL is set; null means search runs on PostgreSQL. */
export function getElasticsearchClient(): Client | null {
  if (globalForEs.lojaElasticsearch === undefined) {
    const { ELASTICSEARCH_URL, ELASTICSEARCH_API_KEY } = getEnv();
    globalForEs.lojaElasticsearch = ELASTICSEARCH_URL
      ? createElasticsearchClient({ url: ELASTICSEARCH_URL, apiKey: ELASTICSEARCH_API_KEY })
      : null;
  }
  return globalForEs.lojaElasticsearch;
}

/**
 * True when the cluster answers HEAD / as Elasticsearch (the client rejects impostors by the
 * x-elastic-product header). Per-call timeout and no retries, so a probe is bounded.
 */
export async function pingElasticsearch(client: Client, timeoutMs = 1_500): Promise<boolean> {
  try {
    return await client.ping(undefined, { requestTimeout: timeoutMs, maxRetries: 0 });
  } catch {
    return false;
  }
}
