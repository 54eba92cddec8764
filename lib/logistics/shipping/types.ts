import type { DeliveryZone, ZoneRate } from '@/db/schema/logistics-zones';
import type { ShippingKind } from '@/db/schema/commerce';

export type ZoneWithRates = DeliveryZone & { rates: ZoneRate[] };

/** What the rate tables look at, read from the database (never from the client). */
export type PackageSummary = {
  totalWeightGrams: number;
  /** The largest item's sides in cm, sorted descending: size limits apply per item. */
  largestItemCm: readonly [number, number, number];
};

export type UnavailableReason = 'oversize' | 'overweight' | 'out_of_range';

export type ShippingOption = {
  /** Stable across quotes for the same destination: "zone:<zoneId>:<service>" or "pickup". */
  id: string;
  kind: ShippingKind;
  service: string;
  label: string;
  priceCents: number;
  currency: string;
  zoneId: string | null;
  /** Local dates (America/Sao_Paulo), YYYY-MM-DD, inclusive. */
  estimate: { from: string; to: string };
  sameDay: boolean;
  free: boolean;
  /** Pickup only: the store's address and how soon the order is ready. */
  pickup?: { name: string; address: string; readyInHours: number };
};

export type UnavailableOption = {
  kind: ShippingKind;
  service: string;
  label: string;
  reason: UnavailableReason;
};

export type ShippingQuote = {
  cep: string;
  options: ShippingOption[];
  unavailable: UnavailableOption[];
};
