/**
 * Concurrent callers for the same key share one in-flight load: when a hot entry expires, one
 * request goes to the database and the others wait for its answer (stampede protection).
 */
export function createSingleFlight() {
  const inflight = new Map<string, Promise<unknown>>();
  return function run<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = inflight.get(key);
    if (pending) return pending as Promise<T>;
    const promise = load().finally(() => inflight.delete(key));
    inflight.set(key, promise);
    return promise;
  };
}
