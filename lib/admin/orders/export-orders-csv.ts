import 'server-only';
import type { Executor } from '@/lib/db/client';
import { listAdminOrders, type AdminOrderFilters } from './list-admin-orders';

const HEADER = [
  'number',
  'created_at',
  'status',
  'payment_method',
  'total',
  'currency',
  'email',
  'name',
  'cep',
];

/** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The filtered orders as CSV, streamed in keyset batches so a year of orders never sits in memory.
 */
export function exportOrdersCsv(
  db: Executor,
  filters: Omit<AdminOrderFilters, 'cursor'>,
  batch = 2000,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${HEADER.join(',')}\r\n`));
      }
      const page = await listAdminOrders(db, { ...filters, cursor }, batch);
      const text = page.rows
        .map((r) =>
          [
            r.number,
            r.createdAt.toISOString(),
            r.status,
            r.paymentMethod,
            (r.totalCents / 100).toFixed(2),
            r.currency,
            r.email,
            r.name,
            r.cep,
          ]
            .map(csvCell)
            .join(','),
        )
        .join('\r\n');
      if (text) controller.enqueue(encoder.encode(`${text}\r\n`));
      if (!page.nextCursor) controller.close();
      else cursor = page.nextCursor;
    },
  });
}
