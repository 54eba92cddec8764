import { describe, expect, it } from 'vitest';
import { issuesToFieldErrors } from '@/lib/forms/field-errors';
import { storeSettingsPatchSchema } from './store-settings-schema';
import {
  settingsFieldName,
  settingsFormInput,
  settingsToForm,
  storeSettingsFormSchema,
} from './store-settings-form';

const valid = {
  storeName: ' Loja Azul ',
  contactEmail: 'contato@azul.example',
  contactPhone: '+55 (11) 4000-0000',
  logoPath: '',
  returnWindowDays: '30',
  maxInstallments: '10',
  interestFreeInstallments: '4',
  minInstallment: '12,5',
  monthlyInterest: '1,99',
};

const codes = (input: Record<string, string>) => {
  const parsed = storeSettingsFormSchema.safeParse(input);
  if (parsed.success) return {};
  return issuesToFieldErrors(parsed.error.issues, (code) => code, settingsFieldName);
};

describe('storeSettingsFormSchema (browser and server)', () => {
  it('turns the typed text into a patch the API schema accepts unchanged', () => {
    const patch = storeSettingsFormSchema.parse(valid);
    expect(patch).toEqual({
      storeName: 'Loja Azul',
      contactEmail: 'contato@azul.example',
      contactPhone: '+55 (11) 4000-0000',
      logoPath: null,
      returnWindowDays: 30,
      installments: {
        maxInstallments: 10,
        interestFreeInstallments: 4,
        minInstallmentCents: 1250,
        monthlyInterestBps: 199,
      },
    });
    expect(storeSettingsPatchSchema.parse(patch)).toEqual(patch);
  });

  it('reports every wrong field at once, under the input that holds it', () => {
    expect(
      codes({
        ...valid,
        storeName: '',
        contactPhone: 'ligue já',
        logoPath: 'https://cdn.example/logo.png',
        returnWindowDays: '3',
        maxInstallments: '30',
        minInstallment: '12,505',
        monthlyInterest: '25,00',
      }),
    ).toEqual({
      storeName: ['required'],
      contactPhone: ['invalid_phone'],
      logoPath: ['invalid_logo_path'],
      returnWindowDays: ['min_value'],
      maxInstallments: ['max_value'],
      minInstallment: ['invalid_amount'],
      monthlyInterest: ['too_big_amount'],
    });
  });

  it('refuses more interest-free installments than the maximum, on that field', () => {
    expect(codes({ ...valid, maxInstallments: '3', interestFreeInstallments: '6' })).toEqual({
      interestFreeInstallments: ['interest_free_above_max'],
    });
  });

  it('round-trips stored settings through the form', () => {
    const patch = storeSettingsFormSchema.parse(valid);
    const form = new FormData();
    for (const [k, v] of Object.entries(
      settingsToForm({
        ...patch,
        logoPath: '/logo.svg',
        installments: patch.installments!,
      } as never),
    ))
      form.set(k, v);
    expect(storeSettingsFormSchema.parse(settingsFormInput(form))).toEqual({
      ...patch,
      logoPath: '/logo.svg',
    });
  });
});
