import { z } from 'zod';
import { exportCustomerData } from '@/lib/admin/customers/customer-ops';
import { apiHandler } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { clientIp } from '@/lib/auth/request-context';

/** LGPD export of one customer's data, downloaded by staff answering a request. Audited. */
export const GET = apiHandler(
  {
    auth: requireApiActor({ roles: ['admin'], permission: 'customers' }),
    params: z.object({ id: z.uuid() }),
  },
  async ({ auth, params, req }) => {
    const data = await exportCustomerData(
      auth,
      { userId: params.id },
      { ip: clientIp(req.headers) },
    );
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="loja-customer-${params.id}.json"`,
        'cache-control': 'no-store',
      },
    });
  },
);
