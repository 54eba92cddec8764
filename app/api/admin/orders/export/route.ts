import { apiHandler } from '@/lib/api/handler';
import { exportOrdersCsv } from '@/lib/admin/orders/export-orders-csv';
import { adminOrderFiltersSchema } from '@/lib/admin/orders/list-admin-orders';
import { requireApiActor } from '@/lib/auth/request-auth';
import { getDb } from '@/lib/db/client';

/** The orders list (same filters as /admin/orders, e.g. a date range) as a CSV download. */
export const GET = apiHandler(
  {
    auth: requireApiActor({ roles: ['admin'], permission: 'orders' }),
    query: adminOrderFiltersSchema.omit({ cursor: true }),
  },
  ({ query }) => {
    const name = `orders-${query.from ?? 'all'}-${query.to ?? 'now'}.csv`;
    return new Response(exportOrdersCsv(getDb(), query), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
    });
  },
);
