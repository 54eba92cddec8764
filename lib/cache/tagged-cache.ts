import { createSingleFlight } from './single-flight';
import { SHARED_NAMESPACES } from './tags';
import type { Cache } from './types';

export type RememberOptions = { tags: readonly string[]; ttlSeconds: number };

export type TaggedCache = {
  /** The cached value for `key`, or `load()`'s result (then cached) on a miss or a broken cache. */
  remember<T>(key: string, options: RememberOptions, load: () => Promise<T>): Promise<T>;
  /** Makes every entry carrying any of `tags` unreachable, for every instance sharing the store. */
  invalidateTags(tags: readonly string[]): Promise<void>;
};

type Envelope<T> = { v: T };

/**
 * Tag-versioned keys: each tag has a counter in the store and an entry's key embeds the counters
 * of its tags, so bumping a tag orphans exactly the entries that carry it (they expire by TTL).
 * With Redis or Upstash the counters are shared, which is what makes an edit on one instance
 * visible on all of them at once.
 */
export function createTaggedCache(
  store: Cache,
  {
    prefix = 'loja',
    onError = () => {},
  }: { prefix?: string; onError?: (error: unknown) => void } = {},
): TaggedCache {
  const singleFlight = createSingleFlight();
  const tagKey = (tag: string) => `${prefix}:tag:${tag}`;

  return {
    async remember<T>(key: string, { tags, ttlSeconds }: RememberOptions, load: () => Promise<T>) {
      const namespace = key.split(':', 1)[0];
      if (!SHARED_NAMESPACES.some((allowed) => allowed === namespace))
        throw new Error(
          `cache key "${key}" is outside the shared namespaces (${SHARED_NAMESPACES.join(', ')})`,
        );
      const versions = await store.getMany<number>(tags.map(tagKey));
      // Without the versions a cached value cannot be trusted: read through to the database.
      if (!versions) return singleFlight(`nocache:${key}`, load);
      const versioned = `${prefix}:${key}@${versions.map((v) => v ?? 0).join('.')}`;
      const hit = await store.get<Envelope<T>>(versioned);
      if (hit) return hit.v;
      return singleFlight(versioned, async () => {
        const value = await load();
        await store.set(versioned, { v: value } satisfies Envelope<T>, ttlSeconds);
        return value;
      });
    },

    async invalidateTags(tags) {
      const results = await Promise.all([...new Set(tags)].map((tag) => store.incr(tagKey(tag))));
      if (results.some((result) => result === undefined))
        onError(
          new Error(`could not invalidate cache tags ${tags.join(', ')}; entries expire by TTL`),
        );
    },
  };
}
