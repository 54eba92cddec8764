import { describe, expect, it } from 'vitest';
import { addWorkingDays, estimateDelivery, storeClock } from './delivery-dates';
import { cepInRanges, matchZone } from './match-zones';
import { priceRate } from './price-rate';
import { buildQuote, PICKUP_OPTION_ID, type QuoteContext } from './quote-options';
import { rate, settings, zone } from './testing';

const PAULISTA = { lat: -23.5614, lng: -46.6559 };
const pkg = (grams: number, sides: [number, number, number] = [20, 15, 10]) => ({
  totalWeightGrams: grams,
  largestItemCm: sides,
});
// Tuesday 2026-03-10 10:00 in São Paulo (UTC-3, no DST since 2019).
const TUESDAY_10H = new Date('2026-03-10T13:00:00Z');

const ctx = (overrides: Partial<QuoteContext> = {}): QuoteContext => ({
  cep: '01310100',
  destination: PAULISTA,
  pkg: pkg(1_000),
  subtotalCents: 10_000,
  now: TUESDAY_10H,
  zones: [zone({ cepRanges: [['01000000', '05999999']], sameDayCutoff: '14:00' })],
  settings: settings(),
  ...overrides,
});

describe('zones', () => {
  it('matches CEP ranges inclusively', () => {
    expect(cepInRanges('01000000', [['01000000', '05999999']])).toBe(true);
    expect(cepInRanges('05999999', [['01000000', '05999999']])).toBe(true);
    expect(cepInRanges('06000000', [['01000000', '05999999']])).toBe(false);
  });

  it('matches by polygon when no range covers the CEP', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-46.7, -23.6],
          [-46.6, -23.6],
          [-46.6, -23.5],
          [-46.7, -23.5],
          [-46.7, -23.6],
        ],
      ],
    };
    const z = zone({ polygon });
    expect(matchZone([z], '99999999', PAULISTA)?.id).toBe('zone-1');
    expect(matchZone([z], '99999999', { lat: -22, lng: -43 })).toBeUndefined();
  });

  it('prefers own fleet over carrier, then the lower priority number; ignores inactive zones', () => {
    const all: [string, string][] = [['00000000', '99999999']];
    const carrier = zone({ id: 'c', kind: 'carrier', priority: 1, cepRanges: all });
    const fleetLate = zone({ id: 'f2', priority: 50, cepRanges: all });
    const fleetEarly = zone({ id: 'f1', priority: 10, cepRanges: all });
    const inactive = zone({ id: 'off', priority: 0, cepRanges: all, active: false });
    expect(matchZone([carrier, fleetLate, fleetEarly, inactive], '01310100', PAULISTA)?.id).toBe(
      'f1',
    );
    expect(matchZone([carrier, inactive], '01310100', PAULISTA)?.id).toBe('c');
  });
});

describe('rates', () => {
  it('applies weight bands', () => {
    const light = rate({ maxWeightGrams: 1_000, priceCents: 900 });
    expect(priceRate(light, pkg(1_000), 0)).toEqual({ ok: true, priceCents: 900 });
    expect(priceRate(light, pkg(1_001), 0)).toEqual({ ok: false, reason: 'overweight' });
    const heavy = rate({ minWeightGrams: 1_001, priceCents: 1_500 });
    expect(priceRate(heavy, pkg(800), 0)).toEqual({ ok: false, reason: 'overweight' });
  });

  it('charges each started extra kg above the band', () => {
    const r = rate({ maxWeightGrams: 5_000, priceCents: 2_000, perExtraKgCents: 300 });
    expect(priceRate(r, pkg(5_000), 0)).toEqual({ ok: true, priceCents: 2_000 });
    expect(priceRate(r, pkg(5_001), 0)).toEqual({ ok: true, priceCents: 2_300 });
    expect(priceRate(r, pkg(7_500), 0)).toEqual({ ok: true, priceCents: 2_900 });
  });

  it('applies distance bands', () => {
    const near = rate({ maxDistanceKm: 10 });
    expect(priceRate(near, pkg(100), 9.9).ok).toBe(true);
    expect(priceRate(near, pkg(100), 10.1)).toEqual({ ok: false, reason: 'out_of_range' });
  });

  it('refuses oversize items by longest side or by sum of sides', () => {
    const r = rate({ maxDimensionCm: 100, maxSumCm: 200 });
    expect(priceRate(r, pkg(100, [100, 50, 50]), 0).ok).toBe(true);
    expect(priceRate(r, pkg(100, [101, 10, 10]), 0)).toEqual({ ok: false, reason: 'oversize' });
    expect(priceRate(r, pkg(100, [90, 60, 60]), 0)).toEqual({ ok: false, reason: 'oversize' });
  });
});

describe('buildQuote', () => {
  it('offers the cheapest applicable row per service, with pickup, deterministically', () => {
    const z = zone({
      cepRanges: [['01000000', '05999999']],
      rates: [
        rate({ id: 'a', maxWeightGrams: 2_000, priceCents: 990 }),
        rate({ id: 'b', minWeightGrams: 2_001, priceCents: 1_490 }),
      ],
    });
    const quote = buildQuote(ctx({ zones: [z] }));
    expect(quote.options.map((o) => [o.id, o.kind, o.priceCents])).toEqual([
      ['zone:zone-1:standard', 'own_fleet', 990],
      [PICKUP_OPTION_ID, 'pickup', 0],
    ]);
    expect(buildQuote(ctx({ zones: [z] }))).toEqual(quote);
  });

  it('gives carrier services outside the own-fleet zone', () => {
    const fleet = zone({ cepRanges: [['01000000', '05999999']] });
    const carrier = zone({
      id: 'br',
      kind: 'carrier',
      cepRanges: [['01000000', '99999999']],
      rates: [
        rate({
          service: 'economico',
          label: 'Econômico',
          priceCents: 2_500,
          daysMin: 5,
          daysMax: 8,
        }),
        rate({ service: 'expresso', label: 'Expresso', priceCents: 4_500, daysMin: 2, daysMax: 3 }),
      ],
    });
    const quote = buildQuote(
      ctx({ cep: '20040002', destination: { lat: -22.9, lng: -43.17 }, zones: [fleet, carrier] }),
    );
    expect(quote.options.map((o) => o.id)).toEqual([
      'zone:br:economico',
      'zone:br:expresso',
      PICKUP_OPTION_ID,
    ]);
    // Tuesday + 5..8 business days (no weekends), shipped the next day (no cut-off).
    expect(quote.options[0]!.estimate).toEqual({ from: '2026-03-18', to: '2026-03-23' });
  });

  it('makes the cheapest service free from the threshold, and only that one', () => {
    const z = zone({
      cepRanges: [['01000000', '05999999']],
      freeShippingFromCents: 20_000,
      rates: [
        rate({ service: 'standard', priceCents: 990 }),
        rate({ service: 'express', label: 'Expressa', priceCents: 1_990 }),
      ],
    });
    const below = buildQuote(ctx({ zones: [z], subtotalCents: 19_999 }));
    expect(below.options.map((o) => o.priceCents)).toEqual([990, 1_990, 0]);
    const above = buildQuote(ctx({ zones: [z], subtotalCents: 20_000 }));
    expect(above.options.map((o) => [o.priceCents, o.free])).toEqual([
      [0, true],
      [1_990, false],
      [0, true],
    ]);
  });

  it('lists an oversize package as unavailable with the reason', () => {
    const z = zone({
      cepRanges: [['01000000', '05999999']],
      rates: [rate({ maxDimensionCm: 80 })],
    });
    const quote = buildQuote(ctx({ zones: [z], pkg: pkg(1_000, [120, 30, 30]) }));
    expect(quote.options.map((o) => o.kind)).toEqual(['pickup']);
    expect(quote.unavailable).toEqual([
      { kind: 'own_fleet', service: 'standard', label: 'Entrega Loja', reason: 'oversize' },
    ]);
  });

  it('has no delivery option for a CEP no zone covers, and no pickup when disabled', () => {
    const quote = buildQuote(
      ctx({ cep: '69900000', settings: settings({ pickupEnabled: false }) }),
    );
    expect(quote.options).toEqual([]);
  });
});

describe('delivery dates and the cut-off', () => {
  const opts = { cutoff: '14:00', daysMin: 0, daysMax: 0, ownFleet: true };

  it('reads the clock in São Paulo time, not UTC', () => {
    // 01:30 UTC on the 11th is still 22:30 on the 10th in São Paulo.
    expect(storeClock(new Date('2026-03-11T01:30:00Z'))).toEqual({
      date: { year: 2026, month: 3, day: 10 },
      minutes: 22 * 60 + 30,
    });
  });

  it('delivers the same day before the cut-off and the next day after it', () => {
    expect(estimateDelivery(new Date('2026-03-10T16:59:00Z'), opts)).toEqual({
      from: '2026-03-10',
      to: '2026-03-10',
      sameDay: true,
    });
    expect(estimateDelivery(new Date('2026-03-10T17:00:00Z'), opts)).toEqual({
      from: '2026-03-11',
      to: '2026-03-11',
      sameDay: false,
    });
  });

  it('crosses midnight in store time: 23:30 local on Tuesday ships Wednesday', () => {
    // 02:30 UTC Wednesday = 23:30 Tuesday in São Paulo: after the cut-off, so next day (Wed).
    expect(estimateDelivery(new Date('2026-03-11T02:30:00Z'), opts).from).toBe('2026-03-11');
    // 03:30 UTC Wednesday = 00:30 Wednesday local: before the cut-off, same day (Wed).
    expect(estimateDelivery(new Date('2026-03-11T03:30:00Z'), opts)).toMatchObject({
      from: '2026-03-11',
      sameDay: true,
    });
  });

  it('skips Sundays for own fleet and weekends for carriers', () => {
    const saturday = { year: 2026, month: 3, day: 14 };
    expect(addWorkingDays(saturday, 1, true)).toEqual({ year: 2026, month: 3, day: 16 });
    expect(addWorkingDays(saturday, 0, false)).toEqual({ year: 2026, month: 3, day: 16 });
    // Saturday after the cut-off: own fleet delivers Monday.
    expect(estimateDelivery(new Date('2026-03-14T20:00:00Z'), opts).from).toBe('2026-03-16');
  });
});
