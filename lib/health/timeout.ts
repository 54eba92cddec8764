/** Settles with the promise's value, or with `fallback` once `ms` pass; the timer never leaks. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export type Probe = () => Promise<boolean>;

/** Runs a probe bounded in time; a rejection or a hang both mean "down". */
export function runProbe(probe: Probe, ms: number): Promise<boolean> {
  return withTimeout(
    probe().then(
      (ok) => ok === true,
      () => false,
    ),
    ms,
    false,
  );
}
