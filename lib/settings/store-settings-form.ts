import { z } from 'zod';
import { logoPathSchema, phoneSchema, type StoreSettingsPatch } from './store-settings-schema';

/**
 * The settings page's form: text inputs → a full settings patch, validated with the same rules
 * as the API (storeSettingsPatchSchema). Shared by the browser (inline errors before sending)
 * and the server action (the authority). Amounts are typed in reais / percent with a comma.
 */
const count = (min: number, max: number) => z.coerce.number().int('invalid').min(min).max(max);
/** "12,50" reais → 1250 centavos; "1,99" % → 199 basis points. */
const hundredths = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,7}([.,]\d{1,2})?$/, 'invalid_amount')
    .transform((v) => Math.round(Number(v.replace(',', '.')) * 100))
    .pipe(z.number().max(max, 'too_big_amount'));

// Each field carries its full rule (the same bounds as storeSettingsPatchSchema) so one submit
// reports every wrong field at once; the server applies the patch schema again on top.
export const storeSettingsFormSchema = z
  .object({
    storeName: z.string().trim().min(1).max(80),
    contactEmail: z.string().trim().pipe(z.email().max(200)),
    contactPhone: phoneSchema,
    logoPath: z
      .string()
      .transform((v) => (v.trim() === '' ? null : v))
      .pipe(logoPathSchema),
    returnWindowDays: count(7, 365),
    maxInstallments: count(1, 24),
    interestFreeInstallments: count(1, 24),
    minInstallment: hundredths(10_000_000),
    monthlyInterest: hundredths(2_000),
  })
  .superRefine((form, ctx) => {
    if (form.interestFreeInstallments > form.maxInstallments)
      ctx.addIssue({
        code: 'custom',
        path: ['interestFreeInstallments'],
        message: 'interest_free_above_max',
      });
  })
  .transform((form): StoreSettingsPatch => ({
    storeName: form.storeName,
    contactEmail: form.contactEmail,
    contactPhone: form.contactPhone,
    logoPath: form.logoPath,
    returnWindowDays: form.returnWindowDays,
    installments: {
      maxInstallments: form.maxInstallments,
      interestFreeInstallments: form.interestFreeInstallments,
      minInstallmentCents: form.minInstallment,
      monthlyInterestBps: form.monthlyInterest,
    },
  }));

export const SETTINGS_FIELDS = [
  'storeName',
  'contactEmail',
  'contactPhone',
  'logoPath',
  'returnWindowDays',
  'maxInstallments',
  'interestFreeInstallments',
  'minInstallment',
  'monthlyInterest',
] as const;

/** The form's text fields (the version token travels separately). */
export function settingsFormInput(form: FormData): Record<string, string> {
  return Object.fromEntries(
    SETTINGS_FIELDS.map((name) => {
      const value = form.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
}

/** Patch paths → the inputs that hold them. */
export const settingsFieldName = (path: string) =>
  ({
    'installments.maxInstallments': 'maxInstallments',
    'installments.interestFreeInstallments': 'interestFreeInstallments',
    'installments.minInstallmentCents': 'minInstallment',
    'installments.monthlyInterestBps': 'monthlyInterest',
  })[path] ?? path;

const hundredthsText = (n: number) => (n / 100).toFixed(2).replace('.', ',');

/** Stored settings as the form's initial text values. */
export function settingsToForm(s: {
  storeName: string;
  contactEmail: string;
  contactPhone: string;
  logoPath: string | null;
  returnWindowDays: number;
  installments: {
    maxInstallments: number;
    interestFreeInstallments: number;
    minInstallmentCents: number;
    monthlyInterestBps: number;
  };
}): Record<(typeof SETTINGS_FIELDS)[number], string> {
  return {
    storeName: s.storeName,
    contactEmail: s.contactEmail,
    contactPhone: s.contactPhone,
    logoPath: s.logoPath ?? '',
    returnWindowDays: String(s.returnWindowDays),
    maxInstallments: String(s.installments.maxInstallments),
    interestFreeInstallments: String(s.installments.interestFreeInstallments),
    minInstallment: hundredthsText(s.installments.minInstallmentCents),
    monthlyInterest: hundredthsText(s.installments.monthlyInterestBps),
  };
}
