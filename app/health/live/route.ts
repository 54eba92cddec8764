import { apiHandler } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ auth: 'public', route: '/health/live' }, () =>
  Response.json(
    { status: 'ok', timestamp: new Date().toISOString() },
    { headers: { 'cache-control': 'no-store' } },
  ),
);
