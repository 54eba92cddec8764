import type { ZoneRate } from '@/db/schema/logistics-zones';
import type { PackageSummary, UnavailableReason } from './types';

type RateCheck = { ok: true; priceCents: number } | { ok: false; reason: UnavailableReason };

/** One rate row against one package and distance; see zoneRates in db/schema for the rules. */
export function priceRate(rate: ZoneRate, pkg: PackageSummary, distanceKm: number): RateCheck {
  const [longest, middle, shortest] = pkg.largestItemCm;
  if (rate.maxDimensionCm !== null && longest > rate.maxDimensionCm) {
    return { ok: false, reason: 'oversize' };
  }
  if (rate.maxSumCm !== null && longest + middle + shortest > rate.maxSumCm) {
    return { ok: false, reason: 'oversize' };
  }
  if (rate.minDistanceKm !== null && distanceKm < rate.minDistanceKm) {
    return { ok: false, reason: 'out_of_range' };
  }
  if (rate.maxDistanceKm !== null && distanceKm > rate.maxDistanceKm) {
    return { ok: false, reason: 'out_of_range' };
  }
  const weight = pkg.totalWeightGrams;
  if (weight < rate.minWeightGrams) return { ok: false, reason: 'overweight' };
  if (rate.maxWeightGrams === null || weight <= rate.maxWeightGrams) {
    return { ok: true, priceCents: rate.priceCents };
  }
  if (rate.perExtraKgCents === null) return { ok: false, reason: 'overweight' };
  const extraKg = Math.ceil((weight - rate.maxWeightGrams) / 1000);
  return { ok: true, priceCents: rate.priceCents + extraKg * rate.perExtraKgCents };
}

const REASON_ORDER: readonly UnavailableReason[] = ['out_of_range', 'overweight', 'oversize'];

/**
 * The cheapest applicable row of one service, or why none applies. When rows fail for different
 * reasons the one most actionable for the shopper is reported (size beats weight beats range).
 */
export function pickServiceRate(
  rows: readonly ZoneRate[],
  pkg: PackageSummary,
  distanceKm: number,
): { rate: ZoneRate; priceCents: number } | { reason: UnavailableReason } {
  let best: { rate: ZoneRate; priceCents: number } | undefined;
  let reason: UnavailableReason = 'out_of_range';
  for (const rate of rows) {
    const check = priceRate(rate, pkg, distanceKm);
    if (check.ok) {
      if (!best || check.priceCents < best.priceCents)
        best = { rate, priceCents: check.priceCents };
    } else if (REASON_ORDER.indexOf(check.reason) > REASON_ORDER.indexOf(reason)) {
      reason = check.reason;
    }
  }
  return best ?? { reason };
}
