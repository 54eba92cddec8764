import 'server-only';
import { clientIp } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit';
import { findTrackableOrder, trackingViewerFromRequest } from './tracking-access';

/** The order a request may track, or 404 (never 403, so order numbers cannot be probed). */
export async function authorizeOrderTracking(req: Request, number: string, token?: string) {
  await consumeRateLimit('trackingSubscribeIp', clientIp(req.headers) ?? 'unknown');
  const viewer = await trackingViewerFromRequest(req, token);
  const order = await findTrackableOrder(getDb(), { number }, viewer);
  if (!order) throw new AppError('not_found', 'Order not found.');
  return order;
}
