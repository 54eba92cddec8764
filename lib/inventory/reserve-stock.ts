import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { inlineSql } from '@/lib/db/final-statement-transaction';
import { outOfStock, stockShortfallOf, sumStockItems, type StockItem } from './stock-items';

export type ReserveInput = {
  orderId: string;
  items: readonly StockItem[];
  expiresAt: Date;
  actor: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The reservation as one parameterless statement (loja_reserve_stock, migration 0024): rows
 * locked in id order, available = on_hand − active reservations, quantities summed per variant,
 * a reservation and a 'reservation' ledger row per variant. Short stock raises LJ409 and writes
 * nothing; map it with `reserveStockError`. Meant to be sent with COMMIT
 * (transactionWithFinalStatement) so the rows stay locked for one round trip.
 */
export function reserveStockStatement(input: ReserveInput): string {
  const items = sumStockItems(input.items);
  for (const id of [input.orderId, ...items.map((i) => i.variantId)]) {
    if (!UUID.test(id)) throw new Error(`Not a uuid: ${JSON.stringify(id)}`);
  }
  return inlineSql`select loja_reserve_stock(${input.orderId}::uuid,
    ${items.map((i) => i.variantId)}::uuid[], ${items.map((i) => i.quantity)}::int[],
    ${input.expiresAt}::timestamptz, ${input.actor})`;
}

/** Short stock from the reservation statement as the 409 out_of_stock; any other error as is. */
export function reserveStockError(error: unknown): unknown {
  const short = stockShortfallOf(error);
  return short ? outOfStock(short.variantId, short.available) : error;
}

/**
 * Holds stock for a pending order inside the caller's transaction (see reserveStockStatement).
 * Throws a 409 (reason out_of_stock) and writes nothing when any item is short.
 */
export async function reserveStock(tx: Executor, input: ReserveInput): Promise<void> {
  try {
    await tx.execute(sql.raw(reserveStockStatement(input)));
  } catch (error) {
    throw reserveStockError(error);
  }
}
