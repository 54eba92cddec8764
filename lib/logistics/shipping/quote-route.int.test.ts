import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as quoteRoute } from '@/app/api/shipping/quote/route';
import { variants } from '@/db/schema';
import { seedLogistics } from '@/db/seed/seed-logistics';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { createStockedVariant } from '@/lib/orders/testing/commerce-fixtures';
import { RATE_LIMITS } from '@/lib/rate-limit/limits';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let variantId: string;
beforeAll(async () => {
  t = await useAuthTestDatabase();
  await seedLogistics(t.db);
  variantId = (await createStockedVariant(t.db, 5_000, 10)).id;
});
afterAll(() => t.release());

let ip = 0;
const get = (query: string, fromIp = `198.51.100.${++ip}`) =>
  quoteRoute(
    new Request(`http://loja.test/api/shipping/quote?${query}`, {
      headers: { 'x-forwarded-for': fromIp },
    }),
  );

type Body = {
  options: { id: string; kind: string; priceCents: number; label: string }[];
  unavailable: { reason: string }[];
  approximate: boolean;
  error?: { code: string; fields?: Record<string, string[]> };
};

describe('seedLogistics', () => {
  it('is idempotent and fills only missing variant weights', async () => {
    const v = await createStockedVariant(t.db, 1_000, 1);
    const kept = await createStockedVariant(t.db, 1_000, 1);
    await t.db.update(variants).set({ weightGrams: 1_234 }).where(eq(variants.id, kept.id));
    expect(await seedLogistics(t.db)).toEqual({ zonesCreated: 0 });
    const weight = async (id: string) =>
      (await t.db.select().from(variants).where(eq(variants.id, id)))[0]!.weightGrams;
    expect(await weight(v.id)).toBe(500); // outside every demo department: the store default
    expect(await weight(kept.id)).toBe(1_234);
    await t.db.update(variants).set({ weightGrams: null }).where(eq(variants.id, v.id));
  });
});

describe('GET /api/shipping/quote', () => {
  it('quotes own-fleet delivery and pickup for a São Paulo CEP, priced from the database', async () => {
    const res = await get(`cep=01310-100&variantId=${variantId}&quantity=2&priceCents=1`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    // Two items at the store default of 500 g: the 0–2 kg band of the own-fleet zone.
    expect(body.options.map((o) => [o.kind, o.priceCents])).toEqual([
      ['own_fleet', 990],
      ['pickup', 0],
    ]);
    expect(body.approximate).toBe(true);
  });

  it('reads weights from the variant: heavier stock moves to a dearer band', async () => {
    await t.db.update(variants).set({ weightGrams: 3_000 }).where(eq(variants.id, variantId));
    const body = (await (await get(`cep=01310100&variantId=${variantId}`)).json()) as Body;
    expect(body.options[0]).toMatchObject({ kind: 'own_fleet', priceCents: 1_490 });
    await t.db.update(variants).set({ weightGrams: null }).where(eq(variants.id, variantId));
  });

  it('quotes carrier services outside the own-fleet zone', async () => {
    const body = (await (await get(`cep=20040-002&variantId=${variantId}`)).json()) as Body;
    expect(body.options.map((o) => o.label)).toEqual([
      'Econômico',
      'Expresso',
      'Retirada na Loja Paulista',
    ]);
  });

  it('reports an oversize item as unavailable with its reason', async () => {
    await t.db.update(variants).set({ lengthCm: 150 }).where(eq(variants.id, variantId));
    const body = (await (await get(`cep=20040-002&variantId=${variantId}`)).json()) as Body;
    expect(body.options.map((o) => o.kind)).toEqual(['pickup']);
    expect(body.unavailable.map((u) => u.reason)).toEqual(['oversize', 'oversize']);
    await t.db.update(variants).set({ lengthCm: null }).where(eq(variants.id, variantId));
  });

  it('answers 422 naming cep for a malformed or unknown CEP', async () => {
    for (const cep of ['123', '00000-000']) {
      const res = await get(`cep=${cep}&variantId=${variantId}`);
      expect(res.status).toBe(422);
      const body = (await res.json()) as Body;
      expect(body.error?.code).toBe('validation_failed');
      expect(Object.keys(body.error?.fields ?? {})).toEqual(['cep']);
    }
  });

  it('answers 422 for an unknown variant and names variantId when malformed', async () => {
    expect((await get(`cep=01310100&variantId=${crypto.randomUUID()}`)).status).toBe(422);
    const res = await get('cep=01310100&variantId=nope');
    expect(Object.keys(((await res.json()) as Body).error?.fields ?? {})).toEqual(['variantId']);
  });

  it('limits quotes per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMITS.shippingQuoteIp.points; i += 1) {
      statuses.push((await get(`cep=01310100&variantId=${variantId}`, '198.51.100.250')).status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
