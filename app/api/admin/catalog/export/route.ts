import { apiHandler } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { exportProductsCsvStream } from '@/lib/catalog/admin/csv/export-products-csv';
import { getDb } from '@/lib/db/client';

/** Products and variants as a CSV download, streamed in batches (the import's exact format). */
export const GET = apiHandler(
  { auth: requireApiActor({ roles: ['admin'], permission: 'catalog' }) },
  () => {
    const date = new Date().toISOString().slice(0, 10);
    return new Response(exportProductsCsvStream(getDb()), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="loja-produtos-${date}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
);
