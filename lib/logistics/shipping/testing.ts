import type { LogisticsSettings, ZoneRate } from '@/db/schema/logistics-zones';
import type { ZoneWithRates } from './types';

const epoch = new Date('2026-01-01T00:00:00Z');

export function rate(overrides: Partial<ZoneRate> = {}): ZoneRate {
  return {
    id: 'rate-1',
    zoneId: 'zone-1',
    service: 'standard',
    label: 'Entrega Loja',
    minWeightGrams: 0,
    maxWeightGrams: null,
    minDistanceKm: null,
    maxDistanceKm: null,
    priceCents: 1_000,
    perExtraKgCents: null,
    maxSumCm: null,
    maxDimensionCm: null,
    daysMin: 0,
    daysMax: 0,
    position: 0,
    createdAt: epoch,
    updatedAt: epoch,
    ...overrides,
  };
}

export function zone(overrides: Partial<ZoneWithRates> = {}): ZoneWithRates {
  return {
    id: 'zone-1',
    name: 'São Paulo capital',
    kind: 'own_fleet',
    active: true,
    priority: 100,
    cepRanges: [],
    polygon: null,
    freeShippingFromCents: null,
    sameDayCutoff: null,
    currency: 'BRL',
    createdAt: epoch,
    updatedAt: epoch,
    rates: [rate()],
    ...overrides,
  };
}

export function settings(overrides: Partial<LogisticsSettings> = {}): LogisticsSettings {
  return {
    id: 'store',
    originLat: -23.5614,
    originLng: -46.6559,
    pickupEnabled: true,
    pickupName: 'Loja Paulista',
    pickupAddress: 'Av. Paulista, 1000 — São Paulo/SP',
    pickupReadyHours: 2,
    defaultWeightGrams: 500,
    defaultLengthCm: 20,
    defaultWidthCm: 15,
    defaultHeightCm: 10,
    updatedAt: epoch,
    ...overrides,
  };
}
