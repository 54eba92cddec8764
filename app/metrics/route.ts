import { apiHandler } from '@/lib/api/handler';
import { authorizeMetricsRequest, renderMetrics } from '@/lib/metrics';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ auth: authorizeMetricsRequest, route: '/metrics' }, async () => {
  const { contentType, body } = await renderMetrics();
  return new Response(body, {
    headers: { 'content-type': contentType, 'cache-control': 'no-store' },
  });
});
