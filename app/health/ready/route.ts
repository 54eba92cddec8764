import { apiHandler } from '@/lib/api/handler';
import { getReadiness } from '@/lib/health/system';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ auth: 'public', route: '/health/ready' }, async ({ log }) => {
  const { httpStatus, body } = await getReadiness((err) =>
    log.warn({ err }, 'readiness: postgres check failed'),
  );
  return Response.json(body, { status: httpStatus, headers: { 'cache-control': 'no-store' } });
});
