import { runProbe, type Probe } from './timeout';

export const PROBE_TIMEOUT_MS = 1_500;

export type ServiceName = 'redis' | 'postgres' | 'elasticsearch' | 'qdrant';

export type Drivers = {
  redis: 'memory' | 'redis' | 'upstash';
  elasticsearch: 'postgres' | 'elasticsearch';
  qdrant: 'postgres' | 'qdrant';
  postgres: 'embedded' | 'external';
};

export type HealthReport = {
  status: 'ok' | 'degraded';
  services: { api: true } & Record<ServiceName, boolean>;
  drivers: Drivers;
  timestamp: string;
};

/** null = the service is not configured: its built-in default serves it, so it counts as up. */
export type HealthProbes = Record<ServiceName, Probe | null>;

export async function checkHealth(
  probes: HealthProbes,
  drivers: Drivers,
  options: { timeoutMs?: number; now?: () => Date } = {},
): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
  const check = (probe: Probe | null) =>
    probe ? runProbe(probe, timeoutMs) : Promise.resolve(true);
  const [redis, postgres, elasticsearch, qdrant] = await Promise.all([
    check(probes.redis),
    check(probes.postgres),
    check(probes.elasticsearch),
    check(probes.qdrant),
  ]);
  const healthy = redis && postgres && elasticsearch && qdrant;
  return {
    httpStatus: healthy ? 200 : 503,
    report: {
      status: healthy ? 'ok' : 'degraded',
      services: { api: true, redis, postgres, elasticsearch, qdrant },
      drivers,
      timestamp: (options.now?.() ?? new Date()).toISOString(),
    },
  };
}
