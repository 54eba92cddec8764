import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema/audit';
import { orders } from '@/db/schema/commerce';
import { deliveryZones, zoneRates } from '@/db/schema/logistics-zones';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { TEST_ADDRESS, createStockedVariant } from '@/lib/orders/testing/commerce-fixtures';
import { quoteShipping } from '@/lib/logistics/shipping/quote-shipping';
import { deleteZone, saveLogisticsSettings, saveZone, setCarrierTracking } from './zone-admin';
import { zoneFieldErrors, zoneFormInput, zoneFormSchema } from './zone-form-schema';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const admin = (permissions: Actor['permissions']): Actor => ({
  userId: '00000000-0000-4000-8000-000000000009',
  email: 'logistica@loja.test',
  name: 'Logística',
  role: 'admin',
  permissions,
  superAdmin: false,
  emailVerified: true,
  sessionId: 's',
  via: 'session',
});

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const SP_FORM = {
  name: 'Centro expandido',
  kind: 'own_fleet',
  active: 'on',
  priority: '5',
  cepRanges: '01000-000..01599-999\n04000000 04999999',
  polygon: '',
  freeShippingFromCents: '199,90',
  sameDayCutoff: '15:30',
  'rates.0.service': 'loja',
  'rates.0.label': 'Entrega rápida',
  'rates.0.maxWeightGrams': '3000',
  'rates.0.priceCents': '12,50',
  // rows 1 and 2 left blank on purpose; row 3 filled
  'rates.3.service': 'loja',
  'rates.3.label': 'Entrega rápida',
  'rates.3.minWeightGrams': '3001',
  'rates.3.priceCents': '18',
  'rates.3.perExtraKgCents': '1,5',
};

describe('zone editor schema', () => {
  it('parses the form: ranges, reais to centavos, blank rows dropped', () => {
    const { input } = zoneFormInput(form(SP_FORM));
    const parsed = zoneFormSchema.parse(input);
    expect(parsed.cepRanges).toEqual([
      ['01000000', '01599999'],
      ['04000000', '04999999'],
    ]);
    expect(parsed.freeShippingFromCents).toBe(19_990);
    expect(parsed.rates.map((r) => [r.priceCents, r.perExtraKgCents])).toEqual([
      [1_250, null],
      [1_800, 150],
    ]);
  });

  it('reports errors under the form row that has them', () => {
    const { input, rateRows } = zoneFormInput(
      form({ ...SP_FORM, 'rates.3.priceCents': 'abc', cepRanges: '0100', sameDayCutoff: '25:00' }),
    );
    const result = zoneFormSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(zoneFieldErrors(result.error!.issues, rateRows)).toMatchObject({
      'rates.3.priceCents': 'invalid_money',
      cepRanges: 'invalid_cep_range',
      sameDayCutoff: 'invalid_time',
    });
  });

  it('accepts a GeoJSON Feature and refuses an open ring', () => {
    const square = [
      [-46.7, -23.6],
      [-46.6, -23.6],
      [-46.6, -23.5],
      [-46.7, -23.5],
    ];
    const closed = JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[...square, square[0]]] },
    });
    const base = { ...SP_FORM, cepRanges: '' };
    expect(
      zoneFormSchema.safeParse(zoneFormInput(form({ ...base, polygon: closed })).input).success,
    ).toBe(true);
    const open = JSON.stringify({ type: 'Polygon', coordinates: [square] });
    const bad = zoneFormSchema.safeParse(zoneFormInput(form({ ...base, polygon: open })).input);
    expect(zoneFieldErrors(bad.error!.issues, []).polygon).toBe('ring_not_closed');
  });
});

describe('zone admin operations', () => {
  it('creates, edits and deletes a zone, each write audited, and quotes follow', async () => {
    await saveLogisticsSettings(t.db, admin(['logistics']), {
      originLat: -23.5614,
      originLng: -46.6559,
      pickupEnabled: false,
      pickupName: '',
      pickupAddress: '',
      pickupReadyHours: 2,
      defaultWeightGrams: 500,
      defaultLengthCm: 20,
      defaultWidthCm: 15,
      defaultHeightCm: 10,
    });
    const values = zoneFormSchema.parse(zoneFormInput(form(SP_FORM)).input);
    const id = await saveZone(t.db, admin(['logistics']), null, values, '203.0.113.9');
    const v = await createStockedVariant(t.db, 5_000, 5);
    const quote = () =>
      quoteShipping(t.db, { cep: '01310100', items: [{ variantId: v.id, quantity: 1 }] });
    expect((await quote()).options.map((o) => [o.label, o.priceCents])).toEqual([
      ['Entrega rápida', 1_250],
    ]);

    await saveZone(t.db, admin(['logistics']), id, {
      ...values,
      rates: [{ ...values.rates[0]!, priceCents: 990 }],
    });
    expect(await t.db.$count(zoneRates, eq(zoneRates.zoneId, id))).toBe(1);
    expect((await quote()).options[0]!.priceCents).toBe(990);

    await deleteZone(t.db, admin(['logistics']), id);
    expect((await quote()).options).toEqual([]);
    const audit = await t.db
      .select({ action: auditLog.action, ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'delivery_zone'), eq(auditLog.entityId, id)))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['zone.create', 'zone.update', 'zone.delete']);
    expect(audit[0]!.ip).toBe('203.0.113.9');
  });

  it('refuses admins without the logistics permission and writes nothing', async () => {
    const values = zoneFormSchema.parse(
      zoneFormInput(form({ ...SP_FORM, name: 'Proibida' })).input,
    );
    await expect(saveZone(t.db, admin(['orders']), null, values)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(saveZone(t.db, null, null, values)).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(await t.db.$count(deliveryZones, eq(deliveryZones.name, 'Proibida'))).toBe(0);
  });

  it('records a carrier tracking code on an order (orders permission), audited', async () => {
    const [placed] = await t.db
      .insert(orders)
      .values({
        number: `LJ-T${Date.now()}`,
        guestEmail: 'comprador@loja.test',
        address: { ...TEST_ADDRESS, complement: null },
        idempotencyKey: `tracking-${Date.now()}`,
        paymentMethod: 'pix',
        shippingKind: 'carrier',
      })
      .returning({ id: orders.id });
    await expect(
      setCarrierTracking(t.db, admin(['logistics']), {
        orderId: placed!.id,
        carrier: 'correios',
        trackingCode: 'X',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await setCarrierTracking(t.db, admin(['orders']), {
      orderId: placed!.id,
      carrier: 'correios',
      trackingCode: 'AA123456789BR',
    });
    const [row] = await t.db.select().from(orders).where(eq(orders.id, placed!.id));
    expect(row).toMatchObject({ carrier: 'correios', trackingCode: 'AA123456789BR' });
    expect(
      await t.db.$count(
        auditLog,
        and(eq(auditLog.action, 'order.tracking_code'), eq(auditLog.entityId, placed!.id)),
      ),
    ).toBe(1);
  });
});
