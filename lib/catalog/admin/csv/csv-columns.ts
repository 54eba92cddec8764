/**
 * The product CSV: one row per variant; product columns repeat on each of its rows. Option names
 * and values are `|`-separated in the same order ("Cor|Tamanho" / "Azul|M"); prices are reais
 * with a decimal point or comma ("129.90").
 */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'description',
  'brand',
  'category_slug',
  'status',
  'seo_title',
  'seo_description',
  'option_names',
  'sku',
  'options',
  'price',
  'compare_at_price',
  'barcode',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Record<CsvColumn, string>;

/** Product fields: every row of one slug must agree on them. */
export const PRODUCT_COLUMNS: CsvColumn[] = [
  'name',
  'description',
  'brand',
  'category_slug',
  'status',
  'seo_title',
  'seo_description',
  'option_names',
];

/** Which CSV column a product-schema field path comes from. */
export function columnOfPath(path: PropertyKey[]): CsvColumn {
  const [head, , field] = path.map(String);
  if (head === 'variants') {
    if (field === 'compareAt') return 'compare_at_price';
    if (field === 'options') return 'options';
    if (field === 'price' || field === 'sku' || field === 'barcode') return field;
    return 'sku';
  }
  const map: Record<string, CsvColumn> = {
    name: 'name',
    slug: 'slug',
    description: 'description',
    brand: 'brand',
    categoryId: 'category_slug',
    status: 'status',
    seoTitle: 'seo_title',
    seoDescription: 'seo_description',
    optionNames: 'option_names',
  };
  return map[head ?? ''] ?? 'slug';
}
