import 'server-only';
import { eq } from 'drizzle-orm';
import { stockThresholds } from '@/db/schema/admin-catalog';
import { variants } from '@/db/schema/catalog';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { thresholdSchema } from './adjustment-schema';

/** Sets a variant's own low-stock threshold, or (blank) returns it to the store default. */
export async function setStockThreshold(
  input: unknown,
  { actor, ip = null, db = getDb() }: { actor: Actor; ip?: string | null; db?: Database },
) {
  const data = thresholdSchema.parse(input);
  await db.transaction(async (tx) => {
    const [variant] = await tx
      .select({ id: variants.id })
      .from(variants)
      .where(eq(variants.id, data.variantId));
    if (!variant) throw new AppError('not_found', `No variant ${data.variantId}.`);
    const [before] = await tx
      .select({ threshold: stockThresholds.lowStockThreshold })
      .from(stockThresholds)
      .where(eq(stockThresholds.variantId, data.variantId))
      .for('update');
    if (data.threshold === null)
      await tx.delete(stockThresholds).where(eq(stockThresholds.variantId, data.variantId));
    else
      await tx
        .insert(stockThresholds)
        .values({ variantId: data.variantId, lowStockThreshold: data.threshold })
        .onConflictDoUpdate({
          target: stockThresholds.variantId,
          set: { lowStockThreshold: data.threshold, updatedAt: new Date() },
        });
    await recordAudit(tx, {
      actor,
      action: 'inventory.threshold',
      entity: 'variant',
      entityId: data.variantId,
      before: { threshold: before?.threshold ?? null },
      after: { threshold: data.threshold },
      ip,
    });
  });
}
