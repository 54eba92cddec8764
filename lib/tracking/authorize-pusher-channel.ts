import 'server-only';
import { hasPermission } from '@/lib/auth/actor';
import { resolveRequestActor } from '@/lib/auth/request-auth';
import { clientIp } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getRealtime, LOGISTICS_CHANNEL } from '@/lib/realtime';
import { consumeRateLimit } from '@/lib/rate-limit';
import { findTrackableOrder, trackingViewerFromRequest } from './tracking-access';

const ORDER_CHANNEL = /^private-order-([0-9a-f-]{36})$/;

/**
 * Pusher channel authorisation: `private-order-<id>` for whoever may track that order (owner,
 * this browser's orders, or the tracking token), `private-logistics` for the logistics permission.
 * Anything else is refused with 403, as Pusher's client expects.
 */
export async function authorizePusherChannel(
  req: Request,
  input: { socket_id: string; channel_name: string; t?: string },
) {
  await consumeRateLimit('trackingSubscribeIp', clientIp(req.headers) ?? 'unknown');
  const pusher = getRealtime().pusher;
  if (!pusher) throw new AppError('not_found', 'Pusher is not configured on this store.');
  const orderId = ORDER_CHANNEL.exec(input.channel_name)?.[1];
  let allowed = false;
  if (orderId) {
    const viewer = await trackingViewerFromRequest(req, input.t);
    allowed = (await findTrackableOrder(getDb(), { id: orderId }, viewer)) !== null;
  } else if (input.channel_name === `private-${LOGISTICS_CHANNEL}`) {
    allowed = hasPermission(await resolveRequestActor(req), 'logistics');
  }
  if (!allowed) throw new AppError('forbidden', 'You may not subscribe to this channel.');
  return pusher.authorize(input.socket_id, input.channel_name);
}
