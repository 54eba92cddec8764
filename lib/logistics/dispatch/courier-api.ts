import 'server-only';
import { z } from 'zod';
import { requireApiActor } from '@/lib/auth/request-auth';
import { AppError } from '@/lib/errors';
import { decodeDataUrl } from './proof-image';
import { deliverFieldsSchema, type DeliverInput } from './stop-updates';

/** Courier-app endpoints: a courier account, by session cookie or API access token. */
export const requireCourier = () => requireApiActor({ roles: ['courier'] });

export const stopParams = z.object({ id: z.uuid() });

const actionIdSchema = z.uuid();

/**
 * The device's id for this action (Idempotency-Key header, a UUID), if it sent one: the courier
 * app queues actions offline and replays them, and a replay must not apply twice.
 */
export function actionIdOf(req: Request): string | undefined {
  const raw = req.headers.get('idempotency-key');
  if (raw === null) return undefined;
  const parsed = actionIdSchema.safeParse(raw.trim());
  if (!parsed.success) {
    throw new AppError('validation_failed', 'Idempotency-Key must be a UUID.', {
      details: { fields: { 'Idempotency-Key': ['must be a UUID'] } },
    });
  }
  return parsed.data;
}

/** Proof as data URLs (a canvas's toDataURL, or a photo read in the browser). */
export const deliverBodySchema = deliverFieldsSchema.extend({
  signature: z.string().max(3_000_000).optional(),
  photo: z.string().max(3_000_000).optional(),
});

export function toDeliverInput(body: z.output<typeof deliverBodySchema>): DeliverInput {
  const kind = body.signature ? 'signature' : body.photo ? 'photo' : null;
  const bytes = kind ? decodeDataUrl((kind === 'signature' ? body.signature : body.photo)!) : null;
  if (!kind || !bytes) {
    throw new AppError(
      'validation_failed',
      'Proof of delivery is required: a signature or a photo.',
    );
  }
  return { recipientName: body.recipientName, code: body.code, proof: { kind, bytes } };
}
