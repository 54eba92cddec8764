import 'server-only';
import { eq } from 'drizzle-orm';
import { deliveryProofs } from '@/db/schema';
import type { Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** A stop's proof-of-delivery image (the signature when there is one), for the admin. */
export async function getStopProofOrThrow(db: Executor, stopId: string) {
  const rows = await db
    .select({
      kind: deliveryProofs.kind,
      contentType: deliveryProofs.contentType,
      image: deliveryProofs.image,
    })
    .from(deliveryProofs)
    .where(eq(deliveryProofs.stopId, stopId));
  const proof = rows.find((r) => r.kind === 'signature') ?? rows[0];
  if (!proof) throw new AppError('not_found', 'This stop has no proof of delivery.');
  return proof;
}
