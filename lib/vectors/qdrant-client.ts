import { QdrantClient } from '@qdrant/js-client-rest';
import { getEnv } from '@/lib/env';

export type QdrantOptions = { url: string; apiKey?: string; timeoutMs?: number };

export function createQdrantClient({
  url,
  apiKey,
  timeoutMs = 5_000,
}: QdrantOptions): QdrantClient {
  // checkCompatibility would fire a version request (and warnings) at construction time.
  return new QdrantClient({ url, apiKey, timeout: timeoutMs, checkCompatibility: false });
}

const globalForQdrant = globalThis as unknown as {
  lojaQdrant?: QdrantClient | null;
  lojaQdrantProbe?: QdrantClient | null;
};

/** The process client when QDRANT_URL is set; null means vectors live in PostgreSQL. */
export function getQdrantClient(): QdrantClient | null {
  if (globalForQdrant.lojaQdrant === undefined) {
    const { QDRANT_URL, QDRANT_API_KEY } = getEnv();
    globalForQdrant.lojaQdrant = QDRANT_URL
      ? createQdrantClient({ url: QDRANT_URL, apiKey: QDRANT_API_KEY })
      : null;
  }
  return globalForQdrant.lojaQdrant;
}

/** A client whose requests give up after 1.5 s, for health checks (timeouts are per client). */
export function getQdrantProbeClient(): QdrantClient | null {
  if (globalForQdrant.lojaQdrantProbe === undefined) {
    const { QDRANT_URL, QDRANT_API_KEY } = getEnv();
    globalForQdrant.lojaQdrantProbe = QDRANT_URL
      ? createQdrantClient({ url: QDRANT_URL, apiKey: QDRANT_API_KEY, timeoutMs: 1_500 })
      : null;
  }
  return globalForQdrant.lojaQdrantProbe;
}

/** True when Qdrant lists its collections. */
export async function pingQdrant(client: QdrantClient): Promise<boolean> {
  try {
    const result = await client.getCollections();
    return Array.isArray(result.collections);
  } catch {
    return false;
  }
}
