import { z } from 'zod';

/** Card installment (parcelamento) rules; amounts in integer centavos, interest in basis points. */
export const installmentRulesSchema = z
  .object({
    maxInstallments: z.number().int().min(1).max(24).default(12),
    /** No installment may be smaller than this (the count offered shrinks on small totals). */
    minInstallmentCents: z.number().int().min(0).max(10_000_000).default(500),
    /** Up to this count the shopper pays no interest. */
    interestFreeInstallments: z.number().int().min(1).max(24).default(3),
    /** Monthly interest above the interest-free count, compounded (199 = 1.99% a.m.). */
    monthlyInterestBps: z.number().int().min(0).max(2_000).default(199),
  })
  .refine((r) => r.interestFreeInstallments <= r.maxInstallments, {
    message: 'interest_free_above_max',
    path: ['interestFreeInstallments'],
  });

export type InstallmentRules = z.infer<typeof installmentRulesSchema>;

export const phoneSchema = z
  .string()
  .trim()
  .max(30)
  .regex(/^[+\d\s().-]*$/, 'invalid_phone');

/** A logo under /public (never a remote URL: the CSP and the e-mails load it from the store). */
export const logoPathSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^(\/[\w.-]+)+\.(png|svg|webp|jpg|jpeg)$/i, 'invalid_logo_path')
  .nullable();

export const storeSettingsSchema = z.object({
  storeName: z.string().trim().min(1).max(80).default('Loja'),
  contactEmail: z.email().max(200).default('contato@loja.example'),
  contactPhone: phoneSchema.default(''),
  logoPath: logoPathSchema.default(null),
  installments: installmentRulesSchema.default({
    maxInstallments: 12,
    minInstallmentCents: 500,
    interestFreeInstallments: 3,
    monthlyInterestBps: 199,
  }),
  /** Days after delivery during which a shopper may request a return (CDC art. 49: at least 7). */
  returnWindowDays: z.number().int().min(7).max(365).default(7),
});

export type StoreSettings = z.infer<typeof storeSettingsSchema>;

export const DEFAULT_STORE_SETTINGS: StoreSettings = storeSettingsSchema.parse({});

/**
 * What an admin may send: any subset of the settings; `installments` may itself be partial and is
 * merged into the current rules. Unknown keys are refused rather than silently dropped.
 */
export const storeSettingsPatchSchema = z
  .object({
    storeName: z.string().trim().min(1).max(80),
    contactEmail: z.email().max(200),
    contactPhone: phoneSchema,
    logoPath: logoPathSchema,
    installments: z
      .object({
        maxInstallments: z.number().int().min(1).max(24),
        minInstallmentCents: z.number().int().min(0).max(10_000_000),
        interestFreeInstallments: z.number().int().min(1).max(24),
        monthlyInterestBps: z.number().int().min(0).max(2_000),
      })
      .partial()
      .strict(),
    returnWindowDays: z.number().int().min(7).max(365),
  })
  .partial()
  .strict();

export type StoreSettingsPatch = z.infer<typeof storeSettingsPatchSchema>;

/** Stored data (possibly from an older version, possibly hand-edited) → settings; bad keys fall back. */
export function parseStoredSettings(data: unknown): StoreSettings {
  const parsed = storeSettingsSchema.safeParse(data ?? {});
  if (parsed.success) return parsed.data;
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const repaired: Record<string, unknown> = {};
  for (const key of Object.keys(storeSettingsSchema.shape) as (keyof StoreSettings)[]) {
    const field = storeSettingsSchema.shape[key].safeParse(raw[key]);
    if (field.success) repaired[key] = field.data;
  }
  return storeSettingsSchema.parse(repaired);
}

/** Current settings with a patch applied; throws ZodError naming the field when invalid. */
export function applySettingsPatch(current: StoreSettings, input: unknown): StoreSettings {
  const patch = storeSettingsPatchSchema.parse(input);
  return storeSettingsSchema.parse({
    ...current,
    ...patch,
    installments: { ...current.installments, ...patch.installments },
  });
}
