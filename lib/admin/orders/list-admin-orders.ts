import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { orderStatuses, paymentMethods, type OrderStatus, type PaymentMethod } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { ADMIN_TIME_ZONE, decodeCursor, encodeCursor, isoDate } from '../keyset';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** The orders list's URL: every filter and the sort live in the query string. */
export const adminOrderFiltersSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(orderStatuses).optional()),
  method: z.preprocess(blankToUndefined, z.enum(paymentMethods).optional()),
  from: z.preprocess(blankToUndefined, z.string().regex(isoDate, 'invalid_date').optional()),
  to: z.preprocess(blankToUndefined, z.string().regex(isoDate, 'invalid_date').optional()),
  email: z.preprocess(
    blankToUndefined,
    z.string().trim().toLowerCase().max(254, 'too_long').optional(),
  ),
  cep: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\D/g, '') || undefined : blankToUndefined(v)),
    z
      .string()
      .regex(/^\d{8}$/, 'invalid_cep')
      .optional(),
  ),
  number: z.preprocess(blankToUndefined, z.string().trim().toUpperCase().max(40).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(['newest', 'oldest']).default('newest')),
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
});
export type AdminOrderFilters = z.output<typeof adminOrderFiltersSchema>;

export type AdminOrderRow = {
  id: string;
  number: string;
  createdAt: Date;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  totalCents: number;
  currency: string;
  email: string | null;
  name: string | null;
  cep: string;
};

export const ADMIN_PAGE_SIZE = 50;

/** The WHERE clauses for a set of filters (shared by the list and the CSV export). */
export function orderFilterConditions(f: Omit<AdminOrderFilters, 'cursor' | 'sort'>): SQL[] {
  const where: SQL[] = [];
  if (f.status) where.push(sql`o.status = ${f.status}`);
  if (f.method) where.push(sql`o.payment_method = ${f.method}`);
  if (f.from) {
    where.push(sql`o.created_at >= (${f.from}::date)::timestamp at time zone ${ADMIN_TIME_ZONE}`);
  }
  if (f.to) {
    where.push(sql`o.created_at < (${f.to}::date + 1)::timestamp at time zone ${ADMIN_TIME_ZONE}`);
  }
  if (f.email) {
    where.push(
      // Two index lookups unioned: an OR here made the planner walk the whole created_at index
      // (10 s on 1M orders, 5 ms this way).
      sql`o.id in (select id from orders where user_id in (select id from users where lower(email) = ${f.email})
                   union all select id from orders where lower(guest_email) = ${f.email})`,
    );
  }
  if (f.cep) where.push(sql`(o.address->>'cep') = ${f.cep}`);
  if (f.number) where.push(sql`o.number = ${f.number}`);
  return where;
}

/**
 * One page of orders, newest (or oldest) first, by keyset on (created_at, id): page 1000 costs
 * what page 1 does. Each filter has an index that starts with it and continues with created_at.
 */
export async function listAdminOrders(
  db: Executor,
  filters: AdminOrderFilters,
  limit = ADMIN_PAGE_SIZE,
): Promise<{ rows: AdminOrderRow[]; nextCursor: string | null }> {
  const where = orderFilterConditions(filters);
  const cursor = decodeCursor(filters.cursor);
  const desc = filters.sort !== 'oldest';
  if (cursor) {
    where.push(
      desc
        ? sql`(o.created_at, o.id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)`
        : sql`(o.created_at, o.id) > (${cursor.key}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const order = desc ? sql`o.created_at desc, o.id desc` : sql`o.created_at asc, o.id asc`;
  const { rows } = await db.execute<{
    id: string;
    number: string;
    created_at: string | Date;
    cursor_at: string;
    status: OrderStatus;
    payment_method: PaymentMethod;
    total_cents: number;
    currency: string;
    email: string | null;
    name: string | null;
    cep: string;
  }>(sql`
    select o.id, o.number, o.created_at, o.created_at::text as cursor_at, o.status,
           o.payment_method, o.total_cents, o.currency,
           coalesce(u.email, o.guest_email) as email,
           coalesce(u.name, o.address->>'recipient') as name,
           o.address->>'cep' as cep
    from orders o
    left join users u on u.id = o.user_id
    ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by ${order}
    limit ${limit + 1}
  `);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({
      id: r.id,
      number: r.number,
      createdAt: new Date(r.created_at),
      status: r.status,
      paymentMethod: r.payment_method,
      totalCents: Number(r.total_cents),
      currency: r.currency,
      email: r.email,
      name: r.name,
      cep: r.cep,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_at, last.id) : null,
  };
}
