import { z } from 'zod';
import type { CepRange, ZonePolygon } from '@/db/schema/logistics-zones';
import { ringIssue } from './polygon-geometry';

/**
 * The zone editor's schema, used by the browser (instant inline errors) and the server action
 * (the authority). Messages are codes translated under `adminZones.errors`.
 */

export const MAX_RATE_ROWS = 30;

/** "12,90", "12.9", "1290" (reais) → centavos; blank → null. */
export function parseMoneyToCents(text: string): number | null | undefined {
  const clean = text.replace(/R\$|\s/g, '');
  if (clean === '') return null;
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(clean);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const money = (required: boolean) =>
  z.string().transform((text, ctx) => {
    const cents = parseMoneyToCents(text);
    if (cents === undefined || (required && cents === null)) {
      ctx.addIssue({ code: 'custom', message: cents === null ? 'required' : 'invalid_money' });
      return z.NEVER;
    }
    return cents;
  });

const optionalInt = (max: number) =>
  z.string().transform((text, ctx) => {
    if (text.trim() === '') return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > max) {
      ctx.addIssue({ code: 'custom', message: 'invalid_number' });
      return z.NEVER;
    }
    return n;
  });

const optionalKm = z.string().transform((text, ctx) => {
  if (text.trim() === '') return null;
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 5_000) {
    ctx.addIssue({ code: 'custom', message: 'invalid_number' });
    return z.NEVER;
  }
  return n;
});

/** One range per line: "01000-000..05999-999", "01000000 05999999" or a single CEP. */
export function parseCepRanges(text: string): CepRange[] | string {
  const ranges: CepRange[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const digits = line.replace(/\D/g, '');
    const pair: CepRange | undefined =
      digits.length === 16
        ? [digits.slice(0, 8), digits.slice(8)]
        : digits.length === 8
          ? [digits, digits]
          : undefined;
    if (!pair || pair[0] > pair[1]) return 'invalid_cep_range';
    ranges.push(pair);
  }
  return ranges;
}

const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number());
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'ring_not_closed');
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

/**
 * A pasted (or drawn) GeoJSON Polygon/MultiPolygon, bare or as a Feature; blank → null. Each ring
 * must be closed, with ≥3 distinct corners, not crossing itself, inside Brazil.
 */
export function parsePolygon(text: string): ZonePolygon | null | string {
  if (text.trim() === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'invalid_json';
  }
  const candidate =
    json && typeof json === 'object' && (json as { type?: string }).type === 'Feature'
      ? (json as { geometry?: unknown }).geometry
      : json;
  const parsed = geometry.safeParse(candidate);
  if (!parsed.success)
    return parsed.error.issues.some((i) => i.message === 'ring_not_closed')
      ? 'ring_not_closed'
      : 'invalid_polygon';
  const polygon = parsed.data as ZonePolygon;
  const polygons = polygon.type === 'Polygon' ? [polygon.coordinates] : polygon.coordinates;
  for (const ring of polygons.flat()) {
    const issue = ringIssue(ring);
    if (issue) return issue;
  }
  return polygon;
}

export const rateRowSchema = z
  .object({
    service: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,40}$/, 'invalid_service'),
    label: z.string().trim().min(1, 'required').max(80, 'too_long'),
    minWeightGrams: optionalInt(1_000_000).transform((n) => n ?? 0),
    maxWeightGrams: optionalInt(1_000_000),
    minDistanceKm: optionalKm,
    maxDistanceKm: optionalKm,
    priceCents: money(true).pipe(z.number()),
    perExtraKgCents: money(false),
    maxSumCm: optionalInt(1_000),
    maxDimensionCm: optionalInt(1_000),
    daysMin: optionalInt(60).transform((n) => n ?? 0),
    daysMax: optionalInt(60).transform((n) => n ?? 0),
  })
  .superRefine((r, ctx) => {
    if (r.maxWeightGrams !== null && r.maxWeightGrams < r.minWeightGrams)
      ctx.addIssue({ code: 'custom', path: ['maxWeightGrams'], message: 'band_reversed' });
    if (r.maxDistanceKm !== null && r.minDistanceKm !== null && r.maxDistanceKm < r.minDistanceKm)
      ctx.addIssue({ code: 'custom', path: ['maxDistanceKm'], message: 'band_reversed' });
    if (r.daysMax < r.daysMin)
      ctx.addIssue({ code: 'custom', path: ['daysMax'], message: 'band_reversed' });
  });

export const zoneFormSchema = z
  .object({
    name: z.string().trim().min(1, 'required').max(80, 'too_long'),
    kind: z.enum(['own_fleet', 'carrier'], 'required'),
    active: z.boolean(),
    priority: optionalInt(10_000).transform((n) => n ?? 100),
    cepRanges: z
      .string()
      .max(20_000, 'too_long')
      .transform((text, ctx) => {
        const parsed = parseCepRanges(text);
        if (typeof parsed === 'string') {
          ctx.addIssue({ code: 'custom', message: parsed });
          return z.NEVER;
        }
        return parsed;
      }),
    polygon: z
      .string()
      .max(200_000, 'too_long')
      .transform((text, ctx) => {
        const parsed = parsePolygon(text);
        if (typeof parsed === 'string') {
          ctx.addIssue({ code: 'custom', message: parsed });
          return z.NEVER;
        }
        return parsed;
      }),
    freeShippingFromCents: money(false),
    sameDayCutoff: z
      .string()
      .trim()
      .refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'invalid_time')
      .transform((v) => v || null),
    rates: z.array(rateRowSchema).min(1, 'rates_required').max(MAX_RATE_ROWS),
  })
  .superRefine((zone, ctx) => {
    if (zone.cepRanges.length === 0 && !zone.polygon)
      ctx.addIssue({ code: 'custom', path: ['cepRanges'], message: 'area_required' });
  });

export type ZoneFormValues = z.output<typeof zoneFormSchema>;

export const RATE_FIELDS = [
  'service',
  'label',
  'minWeightGrams',
  'maxWeightGrams',
  'minDistanceKm',
  'maxDistanceKm',
  'priceCents',
  'perExtraKgCents',
  'maxSumCm',
  'maxDimensionCm',
  'daysMin',
  'daysMax',
] as const;

const ZONE_FIELDS = [
  'name',
  'kind',
  'priority',
  'cepRanges',
  'polygon',
  'freeShippingFromCents',
  'sameDayCutoff',
] as const;

/**
 * FormData → the schema's input; rate rows left entirely blank are dropped. `rateRows` maps a
 * validated row back to its row in the form, so errors land under the right inputs.
 */
export function zoneFormInput(form: FormData) {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const rates: Record<string, string>[] = [];
  const rateRows: number[] = [];
  for (let i = 0; i < MAX_RATE_ROWS; i++) {
    const row = Object.fromEntries(RATE_FIELDS.map((f) => [f, text(`rates.${i}.${f}`)]));
    if (Object.values(row).some((v) => v.trim() !== '')) {
      rates.push(row);
      rateRows.push(i);
    }
  }
  const input = {
    ...Object.fromEntries(ZONE_FIELDS.map((f) => [f, text(f)])),
    active: form.get('active') === 'on',
    rates,
  };
  return { input, rateRows };
}

/** Issue paths as form field names ("rates.3.priceCents"), each with its first code. */
export function zoneFieldErrors(
  issues: readonly { path: PropertyKey[]; message: string }[],
  rateRows: readonly number[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (path[0] === 'rates' && path.length > 1) path[1] = String(rateRows[Number(path[1])] ?? 0);
    errors[path.join('.') || 'form'] ??= issue.message;
  }
  return errors;
}
