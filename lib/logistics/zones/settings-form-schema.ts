import { z } from 'zod';

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .transform(Number)
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, 'invalid_number');
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .transform((v) => Number(v.replace(',', '.')))
    .refine((n) => Number.isFinite(n) && Math.abs(n) <= limit, 'invalid_number');

/** Store origin, pickup point and default package; shared by the browser and the action. */
export const logisticsSettingsSchema = z
  .object({
    originLat: coordinate(90),
    originLng: coordinate(180),
    pickupEnabled: z.boolean(),
    pickupName: z.string().trim().max(120, 'too_long'),
    pickupAddress: z.string().trim().max(300, 'too_long'),
    pickupReadyHours: int(0, 240),
    defaultWeightGrams: int(1, 1_000_000),
    defaultLengthCm: int(1, 1_000),
    defaultWidthCm: int(1, 1_000),
    defaultHeightCm: int(1, 1_000),
  })
  .superRefine((v, ctx) => {
    if (v.pickupEnabled && !v.pickupName)
      ctx.addIssue({ code: 'custom', path: ['pickupName'], message: 'required' });
    if (v.pickupEnabled && !v.pickupAddress)
      ctx.addIssue({ code: 'custom', path: ['pickupAddress'], message: 'required' });
  });

export type LogisticsSettingsValues = z.output<typeof logisticsSettingsSchema>;

export const SETTINGS_FIELDS = [
  'originLat',
  'originLng',
  'pickupName',
  'pickupAddress',
  'pickupReadyHours',
  'defaultWeightGrams',
  'defaultLengthCm',
  'defaultWidthCm',
  'defaultHeightCm',
] as const;

export function settingsFormInput(form: FormData) {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    ...Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, text(f)])),
    pickupEnabled: form.get('pickupEnabled') === 'on',
  };
}
