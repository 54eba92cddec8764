import type pg from 'pg';
import journal from '@/db/migrations/meta/_journal.json';
import { withTimeout } from './timeout';

export type Readiness =
  | { httpStatus: 200; body: { status: 'ready'; timestamp: string } }
  | { httpStatus: 503; body: { status: 'not_ready'; timestamp: string; reason: string } };

/**
 * Drizzle records each applied migration with created_at = the journal entry's `when`, and decides
 * what to apply by comparing them; the bundled journal lets us do the same without reading files.
 */
export function committedMigrations(): number[] {
  return (journal as { entries: { when: number }[] }).entries.map((entry) => entry.when);
}

export type Queryable = Pick<pg.Pool, 'query'>;

export async function readAppliedMigrations(db: Queryable): Promise<number[]> {
  const exists = await db.query<{ present: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists.rows[0]?.present) return [];
  const applied = await db.query<{ created_at: string }>(
    'select created_at from drizzle.__drizzle_migrations',
  );
  return applied.rows.map((row) => Number(row.created_at));
}

export function describeMissingMigrations(applied: number[], committed: number[]): string | null {
  const done = new Set(applied);
  const missing = committed.filter((when) => !done.has(when)).length;
  return missing === 0
    ? null
    : `${missing} of ${committed.length} migrations not applied (run npm run db:migrate)`;
}

export async function checkReadiness(
  readApplied: () => Promise<number[]>,
  options: {
    committed?: number[];
    timeoutMs?: number;
    now?: () => Date;
    onError?: (error: unknown) => void;
  } = {},
): Promise<Readiness> {
  const timestamp = (options.now?.() ?? new Date()).toISOString();
  const notReady = (reason: string): Readiness => ({
    httpStatus: 503,
    body: { status: 'not_ready', timestamp, reason },
  });
  const outcome = await withTimeout(
    readApplied().then(
      (applied) => ({ applied }),
      (error: unknown) => {
        options.onError?.(error);
        return { failure: 'postgres unavailable' };
      },
    ),
    options.timeoutMs ?? 1_500,
    { failure: 'postgres did not answer in time' },
  );
  // Connection errors can name hosts and users: they go to the log, not to the response.
  if ('failure' in outcome) return notReady(outcome.failure);
  const missing = describeMissingMigrations(
    outcome.applied,
    options.committed ?? committedMigrations(),
  );
  return missing ? notReady(missing) : { httpStatus: 200, body: { status: 'ready', timestamp } };
}
