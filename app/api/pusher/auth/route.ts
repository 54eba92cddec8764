import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { authorizePusherChannel } from '@/lib/tracking/authorize-pusher-channel';

export const dynamic = 'force-dynamic';

const form = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, 'must be a Pusher socket id'),
  channel_name: z.string().min(1).max(200),
  t: z.string().max(100).optional(),
});

/**
 * pusher-js asks here before joining a private channel (form-encoded socket_id and channel_name);
 * we answer with the signature only when the caller may see that channel.
 */
export const POST = apiHandler({ auth: 'public' }, async ({ req }) => {
  const body = form.parse(Object.fromEntries(new URLSearchParams(await req.text())));
  return authorizePusherChannel(req, body);
});
