import { z } from 'zod';

/**
 * The carrier editor's schema, run by the browser (inline errors) and the server action (the
 * authority). Messages are codes translated under `adminForms.errors`.
 */

/** An https URL with `{code}` where the tracking code goes; blank means "no public link". */
export function isTrackingUrlTemplate(template: string): boolean {
  if (!template.startsWith('https://') || !template.includes('{code}')) return false;
  try {
    return new URL(template.replaceAll('{code}', 'X')).protocol === 'https:';
  } catch {
    return false;
  }
}

export const carrierFormSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{1,40}$/, 'invalid_carrier_code'),
  name: z.string().trim().min(1, 'required').max(80, 'too_long'),
  trackingUrlTemplate: z
    .string()
    .trim()
    .max(500, 'too_long')
    .refine((v) => v === '' || isTrackingUrlTemplate(v), 'invalid_tracking_template')
    .transform((v) => v || null),
  position: z
    .string()
    .trim()
    .transform((v) => (v === '' ? 0 : Number(v)))
    .pipe(z.number().int('invalid').min(0, 'invalid').max(1000, 'invalid')),
  active: z.boolean(),
});

export type CarrierFormValues = z.output<typeof carrierFormSchema>;

export const CARRIER_FIELDS = ['code', 'name', 'trackingUrlTemplate', 'position'] as const;

/** FormData → the schema's input (text fields plus the `active` checkbox). */
export function carrierFormInput(form: FormData) {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    ...(Object.fromEntries(CARRIER_FIELDS.map((f) => [f, text(f)])) as Record<
      (typeof CARRIER_FIELDS)[number],
      string
    >),
    active: form.get('active') === 'on',
  };
}
