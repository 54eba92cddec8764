import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { getDb } from '@/lib/db/client';
import { getAvailableStock } from '@/lib/inventory/get-available-stock';
import { listStockMovements } from '@/lib/inventory/list-stock-movements';

const params = z.object({ variantId: z.uuid() });

/** Admin view of a variant's stock ledger (sales, holds, releases, restocks…) and availability. */
export const GET = apiHandler(
  { auth: requireApiActor({ roles: ['admin'], permission: 'inventory' }), params },
  async ({ params }) => {
    const db = getDb();
    const [movements, available] = await Promise.all([
      listStockMovements(db, params.variantId),
      getAvailableStock(db, [params.variantId]),
    ]);
    return {
      variantId: params.variantId,
      available: available.get(params.variantId) ?? 0,
      movements,
    };
  },
);
