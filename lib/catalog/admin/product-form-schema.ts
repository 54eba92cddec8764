import { z } from 'zod';
import { productStatus } from '@/db/schema/catalog';
import { parseReaisToCents } from '@/lib/money-input';

/**
 * The product editor's schema, shared by the browser (inline errors before submitting) and the
 * server (the authority). Messages are stable codes translated under adminCatalog.errors.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU_PATTERN = /^[A-Za-z0-9._-]+$/;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'too_long')
    .transform((v) => (v === '' ? null : v));

const reais = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const cents = parseReaisToCents(value);
    if (cents === null) {
      ctx.addIssue({ code: 'custom', message: value === '' ? 'required' : 'invalid_price' });
      return z.NEVER;
    }
    return cents;
  });

const optionalReais = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return null;
    const cents = parseReaisToCents(value);
    if (cents === null) {
      ctx.addIssue({ code: 'custom', message: 'invalid_price' });
      return z.NEVER;
    }
    return cents;
  });

export const variantFormSchema = z
  .object({
    id: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.uuid().optional()),
    sku: z.string().trim().min(1, 'required').max(64, 'too_long').regex(SKU_PATTERN, 'invalid_sku'),
    options: z.array(z.string().trim().max(40, 'too_long')).max(3),
    price: reais,
    compareAt: optionalReais,
    barcode: z
      .string()
      .trim()
      .regex(/^(\d{8,14})?$/, 'invalid_barcode')
      .transform((v) => (v === '' ? null : v)),
  })
  .superRefine((v, ctx) => {
    if (v.compareAt !== null && v.compareAt <= v.price)
      ctx.addIssue({ code: 'custom', path: ['compareAt'], message: 'compare_at_not_higher' });
  });

export const productFormSchema = z
  .object({
    name: z.string().trim().min(2, 'too_short').max(200, 'too_long'),
    slug: z
      .string()
      .trim()
      .min(2, 'too_short')
      .max(120, 'too_long')
      .regex(SLUG_PATTERN, 'invalid_slug'),
    description: z.string().trim().max(5_000, 'too_long'),
    brand: optionalText(100),
    categoryId: z.uuid('required'),
    status: z.enum(productStatus, 'invalid'),
    seoTitle: optionalText(70),
    seoDescription: optionalText(160),
    optionNames: z.array(z.string().trim().min(1, 'required').max(30, 'too_long')).max(3),
    variants: z.array(variantFormSchema).min(1, 'variants_required').max(100),
    /** products.updated_at as the form saw it (ISO); absent when creating. */
    expectedUpdatedAt: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((p, ctx) => {
    const names = new Set(p.optionNames.map((n) => n.toLowerCase()));
    if (names.size !== p.optionNames.length)
      ctx.addIssue({ code: 'custom', path: ['optionNames'], message: 'duplicate' });
    const skus = new Set<string>();
    const combos = new Set<string>();
    p.variants.forEach((v, i) => {
      const sku = v.sku.toLowerCase();
      if (skus.has(sku))
        ctx.addIssue({ code: 'custom', path: ['variants', i, 'sku'], message: 'duplicate' });
      skus.add(sku);
      p.optionNames.forEach((_, j) => {
        if (!v.options[j])
          ctx.addIssue({
            code: 'custom',
            path: ['variants', i, 'options', j],
            message: 'required',
          });
      });
      const combo = JSON.stringify(v.options.slice(0, p.optionNames.length));
      if (p.optionNames.length > 0 && combos.has(combo))
        ctx.addIssue({ code: 'custom', path: ['variants', i, 'options', 0], message: 'duplicate' });
      combos.add(combo);
    });
  });

export type ProductFormInput = z.input<typeof productFormSchema>;
export type ProductFormData = z.output<typeof productFormSchema>;

/** Reads the editor's form fields (variants.<i>.<field>, optionNames.<j>) into the schema's input. */
export function productInputFromForm(form: FormData): ProductFormInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  // Blank option-name slots are dropped together with the variants' values for them.
  const slots: number[] = [];
  for (let j = 0; form.has(`optionNames.${j}`); j++)
    if (text(`optionNames.${j}`).trim()) slots.push(j);
  const optionNames = slots.map((j) => text(`optionNames.${j}`));
  const variants: ProductFormInput['variants'] = [];
  for (let i = 0; form.has(`variants.${i}.sku`); i++) {
    variants.push({
      id: text(`variants.${i}.id`),
      sku: text(`variants.${i}.sku`),
      options: slots.map((j) => text(`variants.${i}.options.${j}`)),
      price: text(`variants.${i}.price`),
      compareAt: text(`variants.${i}.compareAt`),
      barcode: text(`variants.${i}.barcode`),
    });
  }
  return {
    name: text('name'),
    slug: text('slug'),
    description: text('description'),
    brand: text('brand'),
    categoryId: text('categoryId'),
    status: text('status') as ProductFormInput['status'],
    seoTitle: text('seoTitle'),
    seoDescription: text('seoDescription'),
    optionNames,
    variants,
    expectedUpdatedAt: text('expectedUpdatedAt'),
  };
}
