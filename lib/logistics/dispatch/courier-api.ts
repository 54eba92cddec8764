import 'server-only';
import { z } from 'zod';
import { requireApiActor } from '@/lib/auth/request-auth';
import { AppError } from '@/lib/errors';
import { decodeDataUrl } from './proof-image';
import { deliverFieldsSchema, type DeliverInput } from './stop-updates';

/** Courier-app endpoints: a courier account, by session cookie or API access token. */
export const requireCourier = () => requireApiActor({ roles: ['courier'] });

export const stopParams = z.object({ id: z.uuid() });

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
