import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const zoneKinds = ['own_fleet', 'carrier'] as const;
export type ZoneKind = (typeof zoneKinds)[number];

/** Inclusive range of eight-digit CEPs, e.g. ["01000000", "05999999"]. */
export type CepRange = readonly [from: string, to: string];

/** GeoJSON geometry (RFC 7946): positions are [longitude, latitude]. */
export type ZonePolygon =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/**
 * Where the store delivers. A destination belongs to a zone when its CEP falls in one of the
 * ranges or its coordinates fall inside the polygon; among matching zones the lowest priority
 * number wins for each kind.
 */
export const deliveryZones = pgTable(
  'delivery_zones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: zoneKinds }).notNull(),
    active: boolean('active').notNull().default(true),
    priority: integer('priority').notNull().default(100),
    cepRanges: jsonb('cep_ranges').$type<CepRange[]>().notNull().default([]),
    polygon: jsonb('polygon').$type<ZonePolygon>(),
    /** Subtotal (centavos) from which delivery in this zone is free; null = never. */
    freeShippingFromCents: integer('free_shipping_from_cents'),
    /** "HH:MM" in America/Sao_Paulo; orders before it ship the same day. Null = no same day. */
    sameDayCutoff: text('same_day_cutoff'),
    currency: char('currency', { length: 3 }).notNull().default('BRL'),
    createdAt,
    updatedAt,
  },
  (t) => [
    index('delivery_zones_active_idx').on(t.active, t.priority),
    check('delivery_zones_kind_check', sql`${t.kind} in ('own_fleet', 'carrier')`),
    check(
      'delivery_zones_cutoff_check',
      sql`${t.sameDayCutoff} is null or ${t.sameDayCutoff} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    check(
      'delivery_zones_free_check',
      sql`${t.freeShippingFromCents} is null or ${t.freeShippingFromCents} >= 0`,
    ),
  ],
);

/**
 * One priced row of a zone's rate table. A row applies when the package weight is within
 * [minWeightGrams, maxWeightGrams] (or above max when perExtraKgCents is set: each started kg
 * beyond max adds that much), the distance from the store is within its band, and the package
 * fits the size limits. Rows sharing a service code are alternatives; the cheapest applicable
 * one is offered.
 */
export const zoneRates = pgTable(
  'zone_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => deliveryZones.id, { onDelete: 'cascade' }),
    /** e.g. "standard", "economico", "expresso". */
    service: text('service').notNull(),
    label: text('label').notNull(),
    minWeightGrams: integer('min_weight_grams').notNull().default(0),
    maxWeightGrams: integer('max_weight_grams'),
    minDistanceKm: doublePrecision('min_distance_km'),
    maxDistanceKm: doublePrecision('max_distance_km'),
    priceCents: integer('price_cents').notNull(),
    perExtraKgCents: integer('per_extra_kg_cents'),
    /** Largest length + width + height accepted, in cm. */
    maxSumCm: integer('max_sum_cm'),
    /** Largest single side accepted, in cm. */
    maxDimensionCm: integer('max_dimension_cm'),
    daysMin: integer('days_min').notNull().default(1),
    daysMax: integer('days_max').notNull().default(1),
    position: integer('position').notNull().default(0),
    createdAt,
    updatedAt,
  },
  (t) => [
    index('zone_rates_zone_idx').on(t.zoneId, t.position),
    check(
      'zone_rates_values_check',
      sql`${t.priceCents} >= 0 and ${t.minWeightGrams} >= 0 and ${t.daysMin} >= 0 and ${t.daysMax} >= ${t.daysMin}`,
    ),
    check(
      'zone_rates_weight_band_check',
      sql`${t.maxWeightGrams} is null or ${t.maxWeightGrams} >= ${t.minWeightGrams}`,
    ),
    check(
      'zone_rates_distance_band_check',
      sql`${t.maxDistanceKm} is null or ${t.minDistanceKm} is null or ${t.maxDistanceKm} >= ${t.minDistanceKm}`,
    ),
  ],
);

/**
 * Store-wide logistics settings: one row (id = 'store'). Origin coordinates measure distance
 * bands and start routes; default package data stands in for variants without their own.
 */
export const logisticsSettings = pgTable(
  'logistics_settings',
  {
    id: text('id').primaryKey().default('store'),
    originLat: doublePrecision('origin_lat').notNull(),
    originLng: doublePrecision('origin_lng').notNull(),
    pickupEnabled: boolean('pickup_enabled').notNull().default(false),
    pickupName: text('pickup_name').notNull().default(''),
    pickupAddress: text('pickup_address').notNull().default(''),
    pickupReadyHours: integer('pickup_ready_hours').notNull().default(2),
    defaultWeightGrams: integer('default_weight_grams').notNull().default(500),
    defaultLengthCm: integer('default_length_cm').notNull().default(20),
    defaultWidthCm: integer('default_width_cm').notNull().default(15),
    defaultHeightCm: integer('default_height_cm').notNull().default(10),
    updatedAt,
  },
  (t) => [
    check('logistics_settings_singleton_check', sql`${t.id} = 'store'`),
    check(
      'logistics_settings_origin_check',
      sql`${t.originLat} between -90 and 90 and ${t.originLng} between -180 and 180`,
    ),
    check(
      'logistics_settings_defaults_check',
      sql`${t.pickupReadyHours} >= 0 and ${t.defaultWeightGrams} > 0 and ${t.defaultLengthCm} > 0 and ${t.defaultWidthCm} > 0 and ${t.defaultHeightCm} > 0`,
    ),
  ],
);

export type DeliveryZone = typeof deliveryZones.$inferSelect;
export type NewDeliveryZone = typeof deliveryZones.$inferInsert;
export type ZoneRate = typeof zoneRates.$inferSelect;
export type NewZoneRate = typeof zoneRates.$inferInsert;
export type LogisticsSettings = typeof logisticsSettings.$inferSelect;
