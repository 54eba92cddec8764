/** A shared key/value cache. Values are JSON; a broken backend answers misses, never throws. */
export type Cache = {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  del(key: string): Promise<void>;
  ping(): Promise<boolean>;
  /**
   * Values of several keys in one round trip, in order; undefined for a miss. The whole call is
   * undefined when the backend failed, so callers can tell "no value" from "cannot know".
   */
  getMany<T>(keys: string[]): Promise<(T | undefined)[] | undefined>;
  /** Atomically adds one to a counter (created at 1); undefined when the backend failed. */
  incr(key: string): Promise<number | undefined>;
};

export type CacheDriverName = 'memory' | 'redis' | 'upstash';
