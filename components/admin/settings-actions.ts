'use server';

import { z } from 'zod';
import { formObject, runAdminAction } from '@/lib/admin/run-admin-action';
import { requireActor } from '@/lib/auth/current-actor';
import { updateStoreSettings } from '@/lib/settings/store-settings';

const int = z.coerce.number().int('invalid');
/** "12,50" reais → 1250 centavos; "1,99" % → 199 basis points. */
const hundredths = z
  .string()
  .trim()
  .regex(/^\d{1,7}([.,]\d{1,2})?$/, 'invalid_amount')
  .transform((v) => Math.round(Number(v.replace(',', '.')) * 100));

const settingsForm = z.object({
  storeName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  logoPath: z.string().transform((v) => (v.trim() === '' ? null : v)),
  returnWindowDays: int,
  maxInstallments: int,
  interestFreeInstallments: int,
  minInstallment: hundredths,
  monthlyInterest: hundredths,
});

/** Saves the store settings form (H6's updateStoreSettings checks `settings` and audits). */
export async function saveSettingsAction(formData: FormData): Promise<void> {
  const actor = await requireActor({ roles: ['admin'], permission: 'settings' });
  await runAdminAction('/admin/settings', async ({ ip }) => {
    const form = settingsForm.parse(formObject(formData));
    await updateStoreSettings(
      actor,
      {
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
      },
      { ip },
    );
    return 'saved';
  });
}
