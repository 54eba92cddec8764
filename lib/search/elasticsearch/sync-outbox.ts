import type { Client } from '@elastic/elasticsearch';
import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { DEFAULT_INDEX_ALIAS } from './elasticsearch-driver';
import { loadIndexDocuments } from './load-index-documents';

const MAX_BACKOFF_SECONDS = 300;

export type OutboxBatchResult = { indexed: number; deleted: number; failed: number };

/**
 * Applies one batch of queued product changes to Elasticsearch. Rows are locked with SKIP LOCKED
 * (any number of workers), deleted only after Elasticsearch accepted them, and otherwise retried
 * with exponential backoff: a change made while Elasticsearch is down is applied when it returns.
 * The current search document is what gets indexed, so order and duplicates do not matter.
 */
export async function syncSearchOutbox(
  db: Database,
  client: Client,
  { alias = DEFAULT_INDEX_ALIAS, batchSize = 500 }: { alias?: string; batchSize?: number } = {},
): Promise<OutboxBatchResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ id: string; product_id: string }>(sql`
      select id, product_id from search_outbox where available_at <= now()
      order by id limit ${batchSize} for update skip locked`);
    if (rows.length === 0) return { indexed: 0, deleted: 0, failed: 0 };
    const ids = [...new Set(rows.map((row) => row.product_id))];
    const docs = await loadIndexDocuments(tx, ids);
    const present = new Set(docs.map((d) => d.id));
    const missing = ids.filter((id) => !present.has(id));
    try {
      const response = await client.bulk({
        index: alias,
        operations: [
          ...docs.flatMap(({ id, doc }) => [{ index: { _id: id } }, doc]),
          ...missing.map((id) => ({ delete: { _id: id } })),
        ],
      });
      // A delete of a document that was never indexed answers 404: that is the desired state.
      const failures = response.items.filter((item) => {
        const result = item.index ?? item.delete;
        return result?.error && !(item.delete && result.status === 404);
      });
      if (failures.length > 0) throw new Error(`bulk rejected ${failures.length} operations`);
    } catch (error) {
      await tx.execute(sql`
        update search_outbox set attempts = attempts + 1,
          available_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts + 1))),
          last_error = ${error instanceof Error ? error.message.slice(0, 500) : String(error)}
        where id = any(${`{${rows.map((r) => r.id).join(',')}}`}::bigint[])`);
      return { indexed: 0, deleted: 0, failed: rows.length };
    }
    await tx.execute(
      sql`delete from search_outbox where id = any(${`{${rows.map((r) => r.id).join(',')}}`}::bigint[])`,
    );
    return { indexed: docs.length, deleted: missing.length, failed: 0 };
  });
}

/** Number of queued changes (for monitoring and tests). */
export async function countSearchOutbox(db: Database): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from search_outbox`,
  );
  return rows[0]?.n ?? 0;
}
