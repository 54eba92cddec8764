/** A shared key/value cache. Values are JSON; a broken backend answers misses, never throws. */
export type Cache = {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  del(key: string): Promise<void>;
  ping(): Promise<boolean>;
};

export type CacheDriverName = 'memory' | 'redis' | 'upstash';
