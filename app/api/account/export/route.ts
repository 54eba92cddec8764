import { apiHandler } from '@/lib/api/handler';
import { exportMyData } from '@/lib/accounts/export-data';
import { requireApiActor } from '@/lib/auth/request-auth';

/** LGPD data export, as a downloadable JSON file. */
export const GET = apiHandler({ auth: requireApiActor() }, async ({ auth }) => {
  const data = await exportMyData(auth);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="loja-meus-dados.json"',
      'cache-control': 'no-store',
    },
  });
});
