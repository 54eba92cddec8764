import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/lib/db/client';

export type MovementRow = {
  id: string;
  kind: string;
  quantity: number;
  actor: string;
  reason: string;
  orderId: string | null;
  at: Date;
};

const PAGE = 25;

/** One variant's stock ledger, newest first, in keyset pages on (created_at, id). */
export async function listMovementsPage(db: Executor, variantId: string, after?: string) {
  const [at, id] = (after ?? '').split('_');
  const cursor =
    at && id && z.uuid().safeParse(id).success && !Number.isNaN(Date.parse(at))
      ? sql`and (m.created_at, m.id) < (${at}::timestamptz, ${id}::uuid)`
      : sql``;
  const { rows } = await db.execute<{
    id: string;
    kind: string;
    quantity: number;
    actor: string;
    reason: string;
    order_id: string | null;
    created_at: string;
    key: string;
  }>(sql`
    select m.id, m.kind, m.quantity, m.actor, m.reason, m.order_id, m.created_at,
      to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key
    from stock_movements m
    where m.variant_id = ${variantId} ${cursor}
    order by m.created_at desc, m.id desc
    limit ${PAGE + 1}`);
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    items: page.map((r): MovementRow => ({
      id: r.id,
      kind: r.kind,
      quantity: Number(r.quantity),
      actor: r.actor,
      reason: r.reason,
      orderId: r.order_id,
      at: new Date(r.created_at),
    })),
    next: rows.length > PAGE && last ? `${last.key}_${last.id}` : null,
  };
}
