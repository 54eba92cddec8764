import 'server-only';
import { getCache, getCacheDriverName, getRedisClient } from '@/lib/cache';
import { pingRedis } from '@/lib/cache/redis';
import { getPool } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { isRealtimeHealthy } from '@/lib/realtime';
import { getElasticsearchClient, pingElasticsearch } from '@/lib/search/elasticsearch-client';
import { getQdrantProbeClient, pingQdrant } from '@/lib/vectors/qdrant-client';
import { checkHealth, PROBE_TIMEOUT_MS, type Drivers, type HealthProbes } from './check-health';
import { checkReadiness, readAppliedMigrations } from './readiness';

async function probePostgres() {
  await getPool().query('select 1');
  return true;
}

/** The probes for this process's configured services; unconfigured ones are null. */
export function getHealthProbes(): HealthProbes {
  const redis = getRedisClient();
  const elasticsearch = getElasticsearchClient();
  const qdrant = getQdrantProbeClient();
  return {
    redis: redis
      ? () => pingRedis(redis)
      : getCacheDriverName() === 'upstash'
        ? () => getCache().ping()
        : null,
    // PostgreSQL always backs the app (embedded when DATABASE_URL is unset), so it is always probed.
    postgres: probePostgres,
    elasticsearch: elasticsearch ? () => pingElasticsearch(elasticsearch, PROBE_TIMEOUT_MS) : null,
    qdrant: qdrant ? () => pingQdrant(qdrant) : null,
  };
}

export function getDrivers(): Drivers {
  const env = getEnv();
  return {
    redis: getCacheDriverName(),
    elasticsearch: env.ELASTICSEARCH_URL ? 'elasticsearch' : 'postgres',
    qdrant: env.QDRANT_URL ? 'qdrant' : 'postgres',
    postgres: env.DATABASE_URL ? 'external' : 'embedded',
  };
}

/** A configured Pusher that fails makes the store degraded (live tracking falls back to SSE). */
export async function getHealth() {
  const [result, realtimeOk] = await Promise.all([
    checkHealth(getHealthProbes(), getDrivers()),
    isRealtimeHealthy(PROBE_TIMEOUT_MS),
  ]);
  if (realtimeOk) return result;
  return {
    httpStatus: 503 as const,
    report: { ...result.report, status: 'degraded' as const },
  };
}

export function getReadiness(onError?: (error: unknown) => void) {
  return checkReadiness(async () => readAppliedMigrations(getPool()), { onError });
}
