import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { carriers, type Carrier } from '@/db/schema/carriers';
import { assertVersion } from '@/lib/admin/optimistic-lock';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import type { Database, Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { CarrierFormValues } from './carrier-form-schema';

export const CARRIER_PERMISSION = 'logistics' as const;
const carrierAdmin = (actor: Actor | null) =>
  assertAllowed(actor, { roles: ['admin'], permission: CARRIER_PERMISSION });

/** Carriers in display order; `activeOnly` for the choices offered on a new shipment. */
export async function listCarriers(db: Executor, opts: { activeOnly?: boolean } = {}) {
  return db
    .select()
    .from(carriers)
    .where(opts.activeOnly ? eq(carriers.active, true) : undefined)
    .orderBy(asc(carriers.position), asc(carriers.name));
}

export async function getCarrier(db: Executor, code: string): Promise<Carrier | null> {
  const [row] = await db.select().from(carriers).where(eq(carriers.code, code));
  return row ?? null;
}

/** The name and link template an order's carrier code resolves to (null for an unknown code). */
export async function findCarrierDisplay(db: Executor, code: string | null) {
  if (!code) return null;
  const [row] = await db
    .select({ name: carriers.name, trackingUrlTemplate: carriers.trackingUrlTemplate })
    .from(carriers)
    .where(eq(carriers.code, code));
  return row ?? null;
}

/**
 * Creates a carrier (`editCode` undefined) or edits one; the code of an existing carrier never
 * changes, since orders keep it. An edit from the form names the version it was opened at and
 * is refused by name when someone saved since. Audited in the same transaction.
 */
export async function saveCarrier(
  db: Database,
  actor: Actor | null,
  values: CarrierFormValues,
  opts: { editCode?: string; expectedVersion?: string; ip?: string | null } = {},
): Promise<Carrier> {
  const admin = carrierAdmin(actor);
  return db.transaction(async (tx) => {
    let before: Carrier | null = null;
    if (opts.editCode !== undefined) {
      [before = null] = await tx
        .select()
        .from(carriers)
        .where(eq(carriers.code, opts.editCode))
        .for('update');
      if (!before) throw new AppError('not_found', 'Carrier not found.');
      await assertVersion(
        tx,
        { entity: 'carrier', entityId: before.code, label: 'carrier' },
        before.updatedAt,
        opts.expectedVersion,
      );
    }
    const [saved] = before
      ? await tx
          .update(carriers)
          .set({ ...values, code: before.code, updatedAt: new Date() })
          .where(eq(carriers.code, before.code))
          .returning()
      : await tx.insert(carriers).values(values).onConflictDoNothing().returning();
    if (!saved)
      throw new AppError('conflict', 'A carrier with this code exists.', {
        details: { field: 'code', code: 'carrier_code_taken' },
      });
    await recordAudit(tx, {
      actor: admin,
      action: before ? 'carrier.update' : 'carrier.create',
      entity: 'carrier',
      entityId: saved.code,
      before,
      after: saved,
      ip: opts.ip ?? null,
    });
    return saved;
  });
}

/** Deactivates (or re-activates) a carrier: it stays on past orders, off new shipments. */
export async function setCarrierActive(
  db: Database,
  actor: Actor | null,
  code: string,
  active: boolean,
  ip: string | null = null,
) {
  const admin = carrierAdmin(actor);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(carriers).where(eq(carriers.code, code)).for('update');
    if (!before) throw new AppError('not_found', 'Carrier not found.');
    if (before.active === active) return;
    const [after] = await tx
      .update(carriers)
      .set({ active, updatedAt: new Date() })
      .where(eq(carriers.code, code))
      .returning();
    await recordAudit(tx, {
      actor: admin,
      action: active ? 'carrier.activate' : 'carrier.deactivate',
      entity: 'carrier',
      entityId: code,
      before,
      after: after ?? null,
      ip,
    });
  });
}
