import { eq, isNull, sql } from 'drizzle-orm';
import { categories, products, variants } from '@/db/schema/catalog';
import {
  deliveryZones,
  logisticsSettings,
  zoneRates,
  type NewDeliveryZone,
  type NewZoneRate,
} from '@/db/schema/logistics-zones';
import type { Executor } from '@/lib/db/client';

/** Av. Paulista, São Paulo: the demo store's origin and pickup point. */
export const DEMO_STORE_ORIGIN = { lat: -23.5614, lng: -46.6559 };

type ZoneSeed = Omit<NewDeliveryZone, 'id'> & {
  rates: Omit<NewZoneRate, 'id' | 'zoneId'>[];
};

/** Own fleet for São Paulo capital, carriers for the rest of Brazil. */
export const DEMO_ZONES: readonly ZoneSeed[] = [
  {
    name: 'São Paulo capital',
    kind: 'own_fleet',
    priority: 10,
    cepRanges: [
      ['01000000', '05999999'],
      ['08000000', '08499999'],
    ],
    freeShippingFromCents: 29_900,
    sameDayCutoff: '14:00',
    rates: [
      { service: 'loja', label: 'Entrega Loja', maxWeightGrams: 2_000, priceCents: 990 },
      {
        service: 'loja',
        label: 'Entrega Loja',
        minWeightGrams: 2_001,
        maxWeightGrams: 10_000,
        priceCents: 1_490,
      },
      {
        service: 'loja',
        label: 'Entrega Loja',
        minWeightGrams: 10_001,
        maxWeightGrams: 20_000,
        priceCents: 2_490,
        perExtraKgCents: 150,
        maxDimensionCm: 120,
      },
    ].map((r, position) => ({ daysMin: 0, daysMax: 0, maxDimensionCm: 120, ...r, position })),
  },
  {
    name: 'Brasil (transportadora)',
    kind: 'carrier',
    priority: 100,
    cepRanges: [['01000000', '99999999']],
    freeShippingFromCents: 49_900,
    sameDayCutoff: '12:00',
    rates: [
      { service: 'economico', label: 'Econômico', priceCents: 1_990, daysMin: 5, daysMax: 9 },
      { service: 'expresso', label: 'Expresso', priceCents: 3_990, daysMin: 2, daysMax: 4 },
    ].map((r, position) => ({
      ...r,
      maxWeightGrams: 5_000,
      perExtraKgCents: 400,
      maxDimensionCm: 100,
      maxSumCm: 200,
      position,
    })),
  },
];

/** Grams per item by department; everything else weighs the store default. */
const DEPARTMENT_WEIGHTS: Record<string, number> = {
  'moda-feminina': 400,
  'moda-masculina': 400,
  calcados: 1_100,
  acessorios: 300,
  'casa-e-decoracao': 2_500,
  cozinha: 1_800,
  eletronicos: 1_200,
  informatica: 2_000,
  livros: 500,
  beleza: 250,
  esportes: 1_500,
  brinquedos: 900,
  'pet-shop': 3_000,
  papelaria: 300,
};

/**
 * Store origin, pickup, the demo zones and package weights for variants without their own.
 * Idempotent: settings upsert, zones are matched by name, weights fill only empty rows.
 */
export async function seedLogistics(db: Executor): Promise<{ zonesCreated: number }> {
  await db
    .insert(logisticsSettings)
    .values({
      originLat: DEMO_STORE_ORIGIN.lat,
      originLng: DEMO_STORE_ORIGIN.lng,
      pickupEnabled: true,
      pickupName: 'Retirada na Loja Paulista',
      pickupAddress: 'Av. Paulista, 1000 — Bela Vista, São Paulo/SP, 01310-100',
      pickupReadyHours: 2,
    })
    .onConflictDoNothing();
  let zonesCreated = 0;
  for (const { rates, ...zone } of DEMO_ZONES) {
    const [existing] = await db
      .select({ id: deliveryZones.id })
      .from(deliveryZones)
      .where(eq(deliveryZones.name, zone.name));
    if (existing) continue;
    const [created] = await db
      .insert(deliveryZones)
      .values(zone)
      .returning({ id: deliveryZones.id });
    await db.insert(zoneRates).values(rates.map((r) => ({ ...r, zoneId: created!.id })));
    zonesCreated += 1;
  }
  await fillVariantWeights(db);
  return { zonesCreated };
}

async function fillVariantWeights(db: Executor) {
  const cases = Object.entries(DEPARTMENT_WEIGHTS).map(
    ([slug, grams]) => sql`when ${slug} then ${grams}`,
  );
  // The department is the top of the category tree (a product sits in a leaf or a department).
  await db
    .update(variants)
    .set({
      weightGrams: sql`coalesce((
        select case coalesce(parent.slug, leaf.slug) ${sql.join(cases, sql` `)} else 500 end
        from ${products} p
        join ${categories} leaf on leaf.id = p.category_id
        left join ${categories} parent on parent.id = leaf.parent_id
        where p.id = ${variants.productId}
      ), 500)`,
    })
    .where(isNull(variants.weightGrams));
}
