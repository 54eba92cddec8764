/**
 * Carriers as data through their server actions on real PostgreSQL: the seeded list, adding,
 * editing with the optimistic lock, deactivating, bad input named by field, permission, the
 * audit trail, and what the order's carrier form and the shopper's order page make of them.
 * Only the request plumbing is stubbed (../admin/testing/admin-action-harness.ts).
 */
import {
  as,
  auditCount as countAudit,
  expectConflictBy,
  form,
} from '../admin/testing/admin-action-harness';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carriers } from '@/db/schema/carriers';
import { orders } from '@/db/schema/commerce';
import { versionToken } from '@/lib/admin/optimistic-lock';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { createAdminActor } from '@/lib/catalog/admin/testing/admin-test-env';
import { getOrderDetail } from '@/lib/orders/get-order-detail';
import { carrierTrackingUrl } from '@/lib/logistics/shipping/carriers';
import { insertTrackedOrder } from '@/lib/tracking/testing/tracking-fixtures';

const { saveCarrierAction, setCarrierActiveAction } = await import('./carrier-actions');
const { setCarrierTrackingAction } = await import('./zone-actions');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
const auditCount = (code: string) => countAudit(t.db, 'carrier', code);
const carrierRow = async (code: string) =>
  (await t.db.select().from(carriers).where(eq(carriers.code, code)))[0] ?? null;
const redirectOf = (p: Promise<unknown>) => p.catch((e: { digest?: string }) => e.digest);

const carrierForm = (overrides: Record<string, string> = {}) =>
  form({
    code: 'braspress',
    name: 'Braspress',
    trackingUrlTemplate: 'https://braspress.example/track?c={code}',
    position: '7',
    active: 'on',
    ...overrides,
  });

beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(async () => t?.release());

describe('carriers', () => {
  it('are seeded with the list orders used before (names and links unchanged)', async () => {
    const seeded = await t.db.select().from(carriers);
    expect(seeded.map((c) => c.code).sort()).toEqual(
      ['correios', 'jadlog', 'loggi', 'other', 'total-express'].sort(),
    );
    const correios = seeded.find((c) => c.code === 'correios')!;
    expect(carrierTrackingUrl(correios.trackingUrlTemplate, 'AB 1/2')).toBe(
      'https://rastreamento.correios.com.br/app/index.php?objetos=AB%201%2F2',
    );
    expect(seeded.find((c) => c.code === 'other')!.trackingUrlTemplate).toBeNull();
  });

  it('an admin with logistics adds one, audited', async () => {
    as.actor = await createAdminActor(t.db, ['logistics']);
    expect(await redirectOf(saveCarrierAction({ ok: false }, carrierForm()))).toBe(
      'NEXT_REDIRECT;/admin/carriers?saved=1',
    );
    expect(await carrierRow('braspress')).toMatchObject({
      name: 'Braspress',
      trackingUrlTemplate: 'https://braspress.example/track?c={code}',
      position: 7,
      active: true,
    });
    expect(await auditCount('braspress')).toBe(1);
  });

  it('names a bad template, code or name and writes nothing', async () => {
    as.actor = await createAdminActor(t.db, ['logistics']);
    for (const [field, value] of [
      ['trackingUrlTemplate', 'http://plain.example/track?c={code}'],
      ['trackingUrlTemplate', 'https://no-placeholder.example/track'],
      ['code', 'Não Vale'],
      ['name', '   '],
    ] as const) {
      const state = await saveCarrierAction(
        { ok: false },
        carrierForm({ code: 'nova', [field]: value }),
      );
      expect(state.ok, `${field}=${value}`).toBe(false);
      expect(Object.keys(state.fieldErrors ?? {}), `${field}=${value}`).toEqual([field]);
    }
    expect(await carrierRow('nova')).toBeNull();
    expect(await auditCount('nova')).toBe(0);
  });

  it('refuses a taken code on the code field', async () => {
    as.actor = await createAdminActor(t.db, ['logistics']);
    const before = await carrierRow('jadlog');
    const state = await saveCarrierAction({ ok: false }, carrierForm({ code: 'jadlog' }));
    expect(state.fieldErrors?.code).toHaveLength(1);
    expect(await carrierRow('jadlog')).toEqual(before);
  });

  it('is forbidden to staff without logistics, and nothing is written', async () => {
    as.actor = await createAdminActor(t.db, ['orders', 'settings']);
    await expect(
      saveCarrierAction({ ok: false }, carrierForm({ code: 'sneaky' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      setCarrierActiveAction({ ok: false }, form({ code: 'correios', active: 'false' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await carrierRow('sneaky')).toBeNull();
    expect((await carrierRow('correios'))!.active).toBe(true);
  });

  it('refuses a stale edit, naming who saved first; the code never changes', async () => {
    const [ana, bia] = await Promise.all([
      createAdminActor(t.db, ['logistics']),
      createAdminActor(t.db, ['logistics']),
    ]);
    const v = versionToken((await carrierRow('loggi'))!.updatedAt);
    const edit = (overrides: Record<string, string>) =>
      carrierForm({ editCode: 'loggi', expectedVersion: v, code: 'renamed', ...overrides });
    as.actor = ana;
    expect(await saveCarrierAction({ ok: false }, edit({ name: 'Loggi Express' }))).toMatchObject({
      ok: true,
    });
    expect(await carrierRow('renamed')).toBeNull();
    const audits = await auditCount('loggi');
    as.actor = bia;
    expectConflictBy(await saveCarrierAction({ ok: false }, edit({ name: 'Loggi 2' })), ana);
    expect((await carrierRow('loggi'))!.name).toBe('Loggi Express');
    expect(await auditCount('loggi')).toBe(audits);
  });

  it('a deactivated carrier is not offered for new shipments, yet its orders keep name and link', async () => {
    const admin = await createAdminActor(t.db, ['logistics', 'orders']);
    as.actor = admin;
    const order = await insertTrackedOrder(t.db, { lat: -23.5, lng: -46.6 });
    const track = (carrier: string) =>
      setCarrierTrackingAction(
        { ok: false },
        form({ orderId: order.id, carrier, trackingCode: 'JD-1' }),
      );
    expect(await track('jadlog')).toMatchObject({ ok: true });
    expect(
      await setCarrierActiveAction({ ok: false }, form({ code: 'jadlog', active: 'false' })),
    ).toMatchObject({ ok: true });
    expect((await carrierRow('jadlog'))!.active).toBe(false);
    expect(await auditCount('jadlog')).toBe(1);
    // Saving the order again with its own (now inactive) carrier still works…
    expect(await track('jadlog')).toMatchObject({ ok: true });
    // …but another order cannot newly choose it, nor an unknown code.
    const other = await insertTrackedOrder(t.db, { lat: -23.5, lng: -46.6 });
    for (const carrier of ['jadlog', 'nope']) {
      const state = await setCarrierTrackingAction(
        { ok: false },
        form({ orderId: other.id, carrier, trackingCode: 'X1' }),
      );
      expect(state, carrier).toMatchObject({ ok: false, errors: { carrier: 'invalid_choice' } });
    }
    const [row] = await t.db.select().from(orders).where(eq(orders.id, other.id));
    expect(row!.carrier).toBeNull();
    const detail = await getOrderDetail(t.db, order.number, { userId: null, orderIds: [order.id] });
    expect(detail!.carrier).toEqual({
      name: 'Jadlog',
      trackingUrlTemplate: 'https://www.jadlog.com.br/jadlog/tracking?cte={code}',
    });
  });
});
