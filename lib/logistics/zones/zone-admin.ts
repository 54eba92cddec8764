import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { orders } from '@/db/schema/commerce';
import {
  deliveryZones,
  logisticsSettings,
  zoneRates,
  type DeliveryZone,
  type LogisticsSettings,
  type ZoneRate,
} from '@/db/schema/logistics-zones';
import { assertVersion } from '@/lib/admin/optimistic-lock';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import type { Database, Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getCarrier } from '../carriers/carrier-admin';
import type { LogisticsSettingsValues } from './settings-form-schema';
import type { ZoneFormValues } from './zone-form-schema';

const logisticsAdmin = (actor: Actor | null) =>
  assertAllowed(actor, { roles: ['admin'], permission: 'logistics' });

export async function listZones(db: Database) {
  const [zones, rates] = await Promise.all([
    db.select().from(deliveryZones).orderBy(asc(deliveryZones.priority), asc(deliveryZones.name)),
    db.select({ zoneId: zoneRates.zoneId }).from(zoneRates),
  ]);
  return zones.map((z) => ({ ...z, rateCount: rates.filter((r) => r.zoneId === z.id).length }));
}

export async function getZone(
  db: Executor,
  id: string,
): Promise<(DeliveryZone & { rates: ZoneRate[] }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [zone] = await db.select().from(deliveryZones).where(eq(deliveryZones.id, id));
  if (!zone) return null;
  const rates = await db
    .select()
    .from(zoneRates)
    .where(eq(zoneRates.zoneId, id))
    .orderBy(asc(zoneRates.position));
  return { ...zone, rates };
}

/**
 * Creates (id null) or replaces a zone and its whole rate table, audited in one transaction. An
 * edit from the form names the zone version it was opened at (`expectedVersion`); the zone row is
 * locked and a newer version (anyone's save of the zone or its rates) refuses the edit by name.
 */
export async function saveZone(
  db: Database,
  actor: Actor | null,
  id: string | null,
  values: ZoneFormValues,
  ip: string | null = null,
  expectedVersion?: string,
): Promise<string> {
  const admin = logisticsAdmin(actor);
  const { rates, ...zone } = values;
  return db.transaction(async (tx) => {
    if (id) {
      const [locked] = await tx
        .select({ updatedAt: deliveryZones.updatedAt })
        .from(deliveryZones)
        .where(eq(deliveryZones.id, id))
        .for('update');
      if (!locked) throw new AppError('not_found', 'Zone not found.');
      await assertVersion(
        tx,
        { entity: 'delivery_zone', entityId: id, label: 'delivery zone' },
        locked.updatedAt,
        expectedVersion,
      );
    }
    const before = id ? await getZone(tx, id) : null;
    if (id && !before) throw new AppError('not_found', 'Zone not found.');
    const [saved] = id
      ? await tx
          .update(deliveryZones)
          .set({ ...zone, updatedAt: new Date() })
          .where(eq(deliveryZones.id, id))
          .returning()
      : await tx.insert(deliveryZones).values(zone).returning();
    await tx.delete(zoneRates).where(eq(zoneRates.zoneId, saved!.id));
    const savedRates = await tx
      .insert(zoneRates)
      .values(rates.map((r, position) => ({ ...r, zoneId: saved!.id, position })))
      .returning();
    await recordAudit(tx, {
      actor: admin,
      action: id ? 'zone.update' : 'zone.create',
      entity: 'delivery_zone',
      entityId: saved!.id,
      before,
      after: { ...saved, rates: savedRates },
      ip,
    });
    return saved!.id;
  });
}

export async function deleteZone(
  db: Database,
  actor: Actor | null,
  id: string,
  ip: string | null = null,
) {
  const admin = logisticsAdmin(actor);
  await db.transaction(async (tx) => {
    const before = await getZone(tx, id);
    if (!before) throw new AppError('not_found', 'Zone not found.');
    await tx.delete(deliveryZones).where(eq(deliveryZones.id, id));
    await recordAudit(tx, {
      actor: admin,
      action: 'zone.delete',
      entity: 'delivery_zone',
      entityId: id,
      before,
      after: null,
      ip,
    });
  });
}

export async function getLogisticsSettings(db: Database): Promise<LogisticsSettings | null> {
  const [row] = await db.select().from(logisticsSettings).where(eq(logisticsSettings.id, 'store'));
  return row ?? null;
}

/** Store origin, pickup and default package: one row, upserted and audited. */
export async function saveLogisticsSettings(
  db: Database,
  actor: Actor | null,
  values: LogisticsSettingsValues,
  ip: string | null = null,
) {
  const admin = logisticsAdmin(actor);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(logisticsSettings)
      .where(eq(logisticsSettings.id, 'store'));
    const [after] = await tx
      .insert(logisticsSettings)
      .values({ id: 'store', ...values })
      .onConflictDoUpdate({
        target: logisticsSettings.id,
        set: { ...values, updatedAt: new Date() },
      })
      .returning();
    await recordAudit(tx, {
      actor: admin,
      action: 'logistics_settings.update',
      entity: 'logistics_settings',
      entityId: 'store',
      before: before ?? null,
      after: after ?? null,
      ip,
    });
  });
}

/** Admin with `orders` records the carrier and tracking code shown on the shopper's order page. */
export async function setCarrierTracking(
  db: Database,
  actor: Actor | null,
  input: { orderId: string; carrier: string | null; trackingCode: string | null },
  ip: string | null = null,
) {
  const admin = assertAllowed(actor, { roles: ['admin'], permission: 'orders' });
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: orders.id, carrier: orders.carrier, trackingCode: orders.trackingCode })
      .from(orders)
      .where(eq(orders.id, input.orderId))
      .for('update');
    if (!before) throw new AppError('not_found', 'Order not found.');
    // A new choice must be an active carrier; an order keeps a since-deactivated one it had.
    if (input.carrier && input.carrier !== before.carrier) {
      const carrier = await getCarrier(tx, input.carrier);
      if (!carrier?.active)
        throw new AppError('validation_failed', 'Choose an active carrier.', {
          details: { field: 'carrier', code: 'invalid_choice' },
        });
    }
    const after = { carrier: input.carrier, trackingCode: input.trackingCode };
    await tx
      .update(orders)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(orders.id, input.orderId));
    await recordAudit(tx, {
      actor: admin,
      action: 'order.tracking_code',
      entity: 'order',
      entityId: input.orderId,
      before: { carrier: before.carrier, trackingCode: before.trackingCode },
      after,
      ip,
    });
  });
}
