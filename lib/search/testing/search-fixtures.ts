import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';

type FixtureVariant = {
  sku: string;
  price: number;
  onHand: number;
  options?: Record<string, string>;
};
type FixtureProduct = {
  slug: string;
  name: string;
  description: string;
  brand: string;
  category: string;
  ageDays: number;
  variants: FixtureVariant[];
};

export const FIXTURE_CATEGORIES = [
  { slug: 'roupas', name: 'Roupas', parent: null },
  { slug: 'camisetas-fx', name: 'Camisetas', parent: 'roupas' },
  { slug: 'calcados-fx', name: 'Calçados', parent: null },
  { slug: 'eletronicos-fx', name: 'Eletrônicos', parent: null },
  { slug: 'mercado-fx', name: 'Mercado', parent: null },
] as const;

/** A small catalog whose every product exists to prove one search behaviour. */
export const FIXTURE_PRODUCTS: FixtureProduct[] = [
  {
    slug: 'camiseta-basica-algodao',
    name: 'Camiseta Básica de Algodão',
    description: 'Camiseta lisa para o dia a dia.',
    brand: 'Urbano',
    category: 'camisetas-fx',
    ageDays: 10,
    variants: [
      { sku: 'FX-CAM-01', price: 4_990, onHand: 10, options: { Cor: 'Azul', Tamanho: 'M' } },
      { sku: 'FX-CAM-02', price: 4_990, onHand: 0, options: { Cor: 'Verde', Tamanho: 'G' } },
    ],
  },
  {
    slug: 'camiseta-estampada',
    name: 'Camiseta Estampada Tropical',
    description: 'Estampa de folhagens.',
    brand: 'Rio Basics',
    category: 'camisetas-fx',
    ageDays: 2,
    variants: [
      { sku: 'FX-CAM-03', price: 7_990, onHand: 5, options: { Cor: 'Verde', Tamanho: 'P' } },
    ],
  },
  {
    slug: 'camiseta-esgotada',
    name: 'Camiseta Dry Esportiva',
    description: 'Tecido que seca rápido.',
    brand: 'Urbano',
    category: 'camisetas-fx',
    ageDays: 1,
    variants: [
      { sku: 'FX-CAM-04', price: 5_990, onHand: 0, options: { Cor: 'Azul', Tamanho: 'M' } },
    ],
  },
  {
    slug: 'bermuda-descricao-algodao',
    name: 'Bermuda Chino Slim',
    description: 'Feita de algodão macio com elastano.',
    brand: 'Rio Basics',
    category: 'roupas',
    ageDays: 30,
    variants: [
      { sku: 'FX-BER-01', price: 8_990, onHand: 3, options: { Cor: 'Azul', Tamanho: 'G' } },
    ],
  },
  {
    slug: 'tenis-adidas-runner',
    name: 'Tênis Adidas Runner',
    description: 'Amortecimento para corrida.',
    brand: 'Adidas',
    category: 'calcados-fx',
    ageDays: 5,
    variants: [{ sku: 'FX-TEN-01', price: 29_990, onHand: 7 }],
  },
  {
    slug: 'smartphone-galaxia',
    name: 'Smartphone Galáxia 5G',
    description: 'Tela grande e bateria de longa duração.',
    brand: 'Orion',
    category: 'eletronicos-fx',
    ageDays: 3,
    variants: [{ sku: 'FX-SMA-01', price: 149_990, onHand: 2 }],
  },
  {
    slug: 'cafe-especial-torrado',
    name: 'Café Especial Torrado em Grãos',
    description: 'Notas de chocolate e caramelo.',
    brand: 'Serra Azul',
    category: 'mercado-fx',
    ageDays: 7,
    variants: [{ sku: 'FX-CAF-01', price: 3_490, onHand: 40 }],
  },
];

export const FIXTURE_BARCODE = { sku: 'FX-CAF-01', code: '7891234567895' };

/** Inserts the fixture catalog (the triggers build its search documents) and returns product ids by slug. */
export async function insertSearchFixtures(db: Executor): Promise<Map<string, string>> {
  const categoryIds = new Map<string, string>();
  for (const category of FIXTURE_CATEGORIES) {
    const id = randomUUID();
    categoryIds.set(category.slug, id);
    const parent = category.parent ? categoryIds.get(category.parent) : null;
    await db.execute(
      sql`insert into categories (id, parent_id, slug, name) values (${id}, ${parent}, ${category.slug}, ${category.name})`,
    );
  }
  const productIds = new Map<string, string>();
  for (const product of FIXTURE_PRODUCTS) {
    const id = randomUUID();
    productIds.set(product.slug, id);
    await db.execute(sql`
      insert into products (id, category_id, slug, name, description, brand, created_at, option_names)
      values (${id}, ${categoryIds.get(product.category)}, ${product.slug}, ${product.name}, ${product.description},
        ${product.brand}, now() - make_interval(days => ${product.ageDays}),
        ${`{${Object.keys(product.variants[0]?.options ?? {}).join(',')}}`}::text[])`);
    for (const [position, variant] of product.variants.entries()) {
      const variantId = randomUUID();
      await db.execute(sql`
        insert into variants (id, product_id, sku, options, price_cents, position)
        values (${variantId}, ${id}, ${variant.sku}, ${JSON.stringify(variant.options ?? {})}::jsonb, ${variant.price}, ${position})`);
      await db.execute(
        sql`insert into inventory_levels (variant_id, on_hand) values (${variantId}, ${variant.onHand})`,
      );
    }
  }
  await db.execute(sql`
    insert into product_barcodes (variant_id, code)
    select id, ${FIXTURE_BARCODE.code} from variants where sku = ${FIXTURE_BARCODE.sku}`);
  await db.execute(sql`select search_rebuild_terms()`);
  return productIds;
}
