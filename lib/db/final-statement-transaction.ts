import 'server-only';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { prepareValue } from 'pg/lib/utils';
import * as schema from '@/db/schema';
import type { Database, Executor } from './client';

/**
 * What a transaction's work hands back: its result and the statement (or several, separated by
 * semicolons) to send with COMMIT.
 */
export type FinalStatementWork<T> = (
  tx: Executor,
) => Promise<{ result: T; finalStatement: string | null }>;

// One drizzle handle per pooled connection, built once: pool clients are reused for the life of
// the pool, and building a handle walks the whole schema.
const handles = new WeakMap<pg.PoolClient, Database>();

/**
 * A transaction whose last statement travels with COMMIT in one round trip (one simple-protocol
 * query, "<statement>; commit"). Row locks the last statement takes are then held for a single
 * round trip, which is what keeps a hot row (one variant everyone buys) from serialising
 * checkouts. An error in that statement aborts the transaction before COMMIT runs; it is rolled
 * back and the error rethrown as PostgreSQL raised it. The statement takes no parameters, so
 * build it with `inlineSql`. On a handle that is already a transaction (or a single client) this
 * falls back to a nested drizzle transaction and sends the statement on its own.
 */
export async function transactionWithFinalStatement<T>(
  db: Executor,
  work: FinalStatementWork<T>,
): Promise<T> {
  const pool = '$client' in db ? db.$client : undefined;
  if (!(pool instanceof pg.Pool)) {
    return db.transaction(async (tx) => {
      const { result, finalStatement } = await work(tx);
      if (finalStatement) await tx.execute(sql.raw(finalStatement));
      return result;
    });
  }
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    let tx = handles.get(client);
    if (!tx) {
      tx = drizzle(client, { schema });
      handles.set(client, tx);
    }
    await client.query('begin');
    try {
      const { result, finalStatement } = await work(tx);
      await client.query(finalStatement ? `${finalStatement};\ncommit` : 'commit');
      return result;
    } catch (error) {
      // After a failed COMMIT the transaction is already gone; rollback then only warns.
      await client.query('rollback').catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    }
  } finally {
    // A connection that could not roll back is discarded rather than returned mid-transaction.
    client.release(broken);
  }
}

type Inlinable = string | number | Date | null;

function literal(value: Inlinable | readonly Inlinable[]): string {
  if (Array.isArray(value)) return `array[${value.map((v: Inlinable) => literal(v)).join(', ')}]`;
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`Only integers are inlined, got ${value}.`);
    return String(value);
  }
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (typeof value === 'string') return pg.escapeLiteral(value);
  throw new Error(`Cannot inline a ${typeof value}.`);
}

/**
 * Builds a parameterless statement for `transactionWithFinalStatement`: every interpolated value
 * becomes a quoted literal (strings through pg's escapeLiteral, which also handles backslashes),
 * integers stay bare, anything else is refused. Cast in the template (`${id}::uuid`).
 */
export function inlineSql(
  strings: TemplateStringsArray,
  ...values: (Inlinable | readonly Inlinable[])[]
): string {
  return strings.reduce((text, part, i) => text + literal(values[i - 1]!) + part);
}

/**
 * A drizzle query (insert, update, select builder) as a parameterless statement for
 * `transactionWithFinalStatement`, so statements whose results are not needed can travel in the
 * final round trip too. Each $n becomes the quoted text node-pg would have sent as that parameter
 * (its own prepareValue, then escapeLiteral); an untyped literal takes its type from context on
 * the server exactly as a parameter does. Only for drizzle-built SQL, where "$" appears nowhere
 * but in parameter markers.
 */
export function inlineQuery(query: { toSQL(): { sql: string; params: unknown[] } }): string {
  const { sql: text, params } = query.toSQL();
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value: unknown = prepareValue(params[Number(n) - 1]);
    if (value === null || value === undefined) return 'null';
    if (typeof value !== 'string') throw new Error(`Cannot inline parameter $${n}.`);
    return pg.escapeLiteral(value);
  });
}
