import { z } from 'zod';
import { isUf, normalizeCep, stateForCep } from '@/lib/cep/cep';

const text = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too_long');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'too_long')
    .transform((value) => value || null)
    .nullish();

/** One address as a form or the API sends it; the CEP must belong to the chosen state. */
export const addressInputSchema = z
  .object({
    label: optionalText(40),
    recipient: text(120),
    cep: z.string({ error: 'required' }).transform((value, ctx) => {
      const cep = normalizeCep(value);
      if (!cep) ctx.addIssue({ code: 'custom', message: 'invalid_cep' });
      return cep ?? '';
    }),
    street: text(200),
    number: text(20),
    complement: optionalText(120),
    district: text(120),
    city: text(120),
    state: z.string({ error: 'required' }).trim().toUpperCase().refine(isUf, 'invalid_state'),
    isDefault: z
      .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
      .optional()
      .transform((value) => value === true || value === 'on' || value === 'true'),
  })
  .superRefine((value, ctx) => {
    if (value.cep && isUf(value.state) && stateForCep(value.cep) !== value.state) {
      ctx.addIssue({ code: 'custom', path: ['cep'], message: 'cep_state_mismatch' });
    }
  });

export type AddressInput = z.output<typeof addressInputSchema>;
