import type { CategoryOption, EditorValues } from '@/components/admin/catalog/product-editor';
import { centsToReaisInput } from '@/lib/money-input';
import type { AdminCategory } from './category-admin';
import type { ProductSnapshot } from './product-snapshot';

export const BLANK_PRODUCT: EditorValues = {
  name: '',
  slug: '',
  description: '',
  brand: '',
  categoryId: '',
  status: 'active',
  seoTitle: '',
  seoDescription: '',
  optionNames: [],
  variants: [{ id: '', sku: '', options: [], price: '', compareAt: '', barcode: '' }],
  expectedUpdatedAt: '',
};

/** A stored product as the editor's initial values (prices back in reais). */
export function toEditorValues(p: ProductSnapshot): EditorValues {
  return {
    name: p.name,
    slug: p.slug,
    description: p.description,
    brand: p.brand ?? '',
    categoryId: p.categoryId,
    status: p.status,
    seoTitle: p.seoTitle ?? '',
    seoDescription: p.seoDescription ?? '',
    optionNames: p.optionNames,
    variants: p.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      options: p.optionNames.map((n) => v.options[n] ?? ''),
      price: centsToReaisInput(v.priceCents),
      compareAt: centsToReaisInput(v.compareAtCents),
      barcode: v.barcode ?? '',
    })),
    expectedUpdatedAt: p.updatedAt.toISOString(),
  };
}

/** Indented labels so the select shows the tree ("— Camisetas" below "Roupas"). */
export function toCategoryOptions(categories: AdminCategory[]): CategoryOption[] {
  return categories.map((c) => ({ id: c.id, label: `${'— '.repeat(c.depth)}${c.name}` }));
}
