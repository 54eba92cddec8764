import type { LogisticsSettings, ZoneRate } from '@/db/schema/logistics-zones';
import type { GeoPoint } from '@/lib/logistics/geo/locate-cep';
import { haversineMetres } from '@/lib/logistics/dispatch/geo';
import { estimateDelivery, estimatePickup } from './delivery-dates';
import { matchZone } from './match-zones';
import { PICKUP_OPTION_ID } from './option-ids';
import { pickServiceRate } from './price-rate';
import type {
  PackageSummary,
  ShippingOption,
  ShippingQuote,
  UnavailableOption,
  ZoneWithRates,
} from './types';

export { PICKUP_OPTION_ID };

export type QuoteContext = {
  cep: string;
  destination: GeoPoint;
  pkg: PackageSummary;
  subtotalCents: number;
  now: Date;
  zones: readonly ZoneWithRates[];
  settings: LogisticsSettings | null;
};

function groupByService(rates: readonly ZoneRate[]): Map<string, ZoneRate[]> {
  const groups = new Map<string, ZoneRate[]>();
  for (const rate of [...rates].sort((a, b) => a.position - b.position)) {
    groups.set(rate.service, [...(groups.get(rate.service) ?? []), rate]);
  }
  return groups;
}

/**
 * Every way this package can reach this CEP, priced from the zone's rate table: the services
 * of the zone that serves it (own fleet where the store delivers, carrier elsewhere) and store
 * pickup. Pure and deterministic: the same context always gives the same quote.
 */
export function buildQuote(ctx: QuoteContext): ShippingQuote {
  const options: ShippingOption[] = [];
  const unavailable: UnavailableOption[] = [];
  const zone = matchZone(ctx.zones, ctx.cep, ctx.destination);
  if (zone) {
    const origin = ctx.settings && { lat: ctx.settings.originLat, lng: ctx.settings.originLng };
    const distanceKm = origin ? haversineMetres(origin, ctx.destination) / 1000 : 0;
    for (const [service, rows] of groupByService(zone.rates)) {
      const label = rows[0]!.label;
      const picked = pickServiceRate(rows, ctx.pkg, distanceKm);
      if ('reason' in picked) {
        unavailable.push({ kind: zone.kind, service, label, reason: picked.reason });
        continue;
      }
      const window = estimateDelivery(ctx.now, {
        cutoff: zone.sameDayCutoff,
        daysMin: picked.rate.daysMin,
        daysMax: picked.rate.daysMax,
        ownFleet: zone.kind === 'own_fleet',
      });
      options.push({
        id: `zone:${zone.id}:${service}`,
        kind: zone.kind,
        service,
        label,
        priceCents: picked.priceCents,
        currency: zone.currency,
        zoneId: zone.id,
        estimate: { from: window.from, to: window.to },
        sameDay: window.sameDay,
        free: false,
      });
    }
    applyFreeThreshold(options, zone.freeShippingFromCents, ctx.subtotalCents);
  }
  if (ctx.settings?.pickupEnabled) options.push(pickupOption(ctx.settings, ctx.now));
  return { cep: ctx.cep, options, unavailable };
}

/** Above the zone's threshold its cheapest service becomes free; faster ones keep their price. */
function applyFreeThreshold(options: ShippingOption[], threshold: number | null, subtotal: number) {
  if (threshold === null || subtotal < threshold || options.length === 0) return;
  const cheapest = options.reduce((a, b) => (b.priceCents < a.priceCents ? b : a));
  cheapest.priceCents = 0;
  cheapest.free = true;
}

export function pickupOption(settings: LogisticsSettings, now: Date): ShippingOption {
  return {
    id: PICKUP_OPTION_ID,
    kind: 'pickup',
    service: 'pickup',
    label: settings.pickupName,
    priceCents: 0,
    currency: 'BRL',
    zoneId: null,
    estimate: estimatePickup(now, settings.pickupReadyHours),
    sameDay: false,
    free: true,
    pickup: {
      name: settings.pickupName,
      address: settings.pickupAddress,
      readyInHours: settings.pickupReadyHours,
    },
  };
}
