import { apiHandler } from '@/lib/api/handler';
import { getHealth } from '@/lib/health/system';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ auth: 'public', route: '/health' }, async () => {
  const { httpStatus, report } = await getHealth();
  return Response.json(report, { status: httpStatus, headers: { 'cache-control': 'no-store' } });
});
