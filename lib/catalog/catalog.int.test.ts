import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, inventoryLevels, productImages, products, variants } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { getCategoryBySlugOrThrow } from './get-category-by-slug-or-throw';
import { getProductBySlugOrThrow } from './get-product-by-slug-or-throw';
import { listCategoryTree } from './list-category-tree';
import { listFeaturedProducts } from './list-featured-products';
import { listProductsInCategory } from './list-products-in-category';
import { isNotFoundError } from './not-found';

let t: TestDatabase;

async function addCategory(slug: string, parentId: string | null, position = 0) {
  const [row] = await t.db
    .insert(categories)
    .values({ slug, name: slug.toUpperCase(), parentId, position })
    .returning({ id: categories.id });
  return row!.id;
}

type Fixture = {
  slug: string;
  name?: string;
  categoryId: string;
  prices: number[];
  stock?: number[];
  status?: 'active' | 'draft' | 'archived';
  featured?: boolean;
  daysOld?: number;
};

async function addProduct({
  slug,
  name = slug,
  categoryId,
  prices,
  stock = [],
  status = 'active',
  featured = false,
  daysOld = 0,
}: Fixture) {
  const createdAt = new Date(Date.UTC(2026, 0, 31) - daysOld * 86_400_000);
  const [product] = await t.db
    .insert(products)
    .values({ slug, name, categoryId, status, featured, optionNames: ['Cor'], createdAt })
    .returning({ id: products.id });
  for (const [i, priceCents] of prices.entries()) {
    const [v] = await t.db
      .insert(variants)
      .values({
        productId: product!.id,
        sku: `${slug}-${i}`,
        options: { Cor: `C${i}` },
        priceCents,
        position: i,
        compareAtCents: i === 0 ? priceCents + 500 : null,
      })
      .returning({ id: variants.id });
    await t.db.insert(inventoryLevels).values({ variantId: v!.id, onHand: stock[i] ?? 10 });
  }
  await t.db.insert(productImages).values({
    productId: product!.id,
    url: `/img/product/${slug}/0.svg`,
    alt: name,
    width: 800,
    height: 800,
    optionMatch: { Cor: 'C0' },
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const root = await addCategory('roupas', null, 0);
  const child = await addCategory('camisetas', root, 1);
  const grandchild = await addCategory('regatas', child, 0);
  const other = await addCategory('livros', null, 1);
  await addProduct({
    slug: 'root-item',
    name: 'Óculos',
    categoryId: root,
    prices: [5000],
    daysOld: 3,
  });
  await addProduct({
    slug: 'child-item',
    name: 'Bermuda',
    categoryId: child,
    prices: [9000, 1500],
    stock: [0, 0],
    daysOld: 1,
    featured: true,
  });
  await addProduct({
    slug: 'grandchild-item',
    name: 'abacaxi',
    categoryId: grandchild,
    prices: [3000, 7000],
    daysOld: 2,
  });
  await addProduct({
    slug: 'draft-item',
    categoryId: child,
    prices: [100],
    status: 'draft',
    featured: true,
  });
  await addProduct({ slug: 'archived-item', categoryId: root, prices: [100], status: 'archived' });
  await addProduct({ slug: 'book', categoryId: other, prices: [4000], daysOld: 0, featured: true });
  for (let i = 0; i < 5; i++)
    await addProduct({
      slug: `page-${i}`,
      categoryId: grandchild,
      prices: [10_000 + i],
      daysOld: 10 + i,
    });
});

afterAll(async () => {
  await t?.drop();
});

describe('listProductsInCategory', () => {
  it('includes descendant categories and excludes draft and archived products', async () => {
    const page = await listProductsInCategory({ categorySlug: 'roupas', perPage: 50 }, t.db);
    expect(page.total).toBe(8);
    expect(page.items.map((p) => p.slug)).not.toContain('draft-item');
    expect(page.items.map((p) => p.slug)).not.toContain('archived-item');
    const child = await listProductsInCategory({ categorySlug: 'camisetas', perPage: 50 }, t.db);
    expect(child.items.map((p) => p.slug).sort()).toEqual([
      'child-item',
      'grandchild-item',
      'page-0',
      'page-1',
      'page-2',
      'page-3',
      'page-4',
    ]);
  });

  it('sorts by the cheapest variant price', async () => {
    const asc = await listProductsInCategory(
      { categorySlug: 'roupas', sort: 'price_asc', perPage: 50 },
      t.db,
    );
    const prices = asc.items.map((p) => p.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(asc.items[0]).toMatchObject({
      slug: 'child-item',
      priceCents: 1500,
      hasPriceRange: true,
      inStock: false,
      currency: 'BRL',
    });
    const desc = await listProductsInCategory(
      { categorySlug: 'roupas', sort: 'price_desc', perPage: 50 },
      t.db,
    );
    expect(desc.items.map((p) => p.priceCents)).toEqual([...prices].reverse());
  });

  it('sorts by newest and by name ignoring accents and case', async () => {
    const newest = await listProductsInCategory(
      { categorySlug: 'roupas', sort: 'newest', perPage: 3 },
      t.db,
    );
    expect(newest.items.map((p) => p.slug)).toEqual(['child-item', 'grandchild-item', 'root-item']);
    const byName = await listProductsInCategory(
      { categorySlug: 'roupas', sort: 'name', perPage: 3 },
      t.db,
    );
    expect(byName.items.map((p) => p.name)).toEqual(['abacaxi', 'Bermuda', 'Óculos']);
  });

  it('paginates with a total count', async () => {
    const first = await listProductsInCategory(
      { categorySlug: 'roupas', sort: 'price_asc', page: 1, perPage: 3 },
      t.db,
    );
    const third = await listProductsInCategory(
      { categorySlug: 'roupas', sort: 'price_asc', page: 3, perPage: 3 },
      t.db,
    );
    const beyond = await listProductsInCategory(
      { categorySlug: 'roupas', page: 9, perPage: 3 },
      t.db,
    );
    expect(first).toMatchObject({ total: 8, totalPages: 3, page: 1 });
    expect(first.items).toHaveLength(3);
    expect(third.items).toHaveLength(2);
    expect(beyond.items).toHaveLength(0);
    const all = await listProductsInCategory(
      { categorySlug: 'roupas', sort: 'price_asc', perPage: 50 },
      t.db,
    );
    expect([...first.items, ...third.items].map((p) => p.slug)).toEqual(
      [...all.items.slice(0, 3), ...all.items.slice(6)].map((p) => p.slug),
    );
  });

  it('throws not_found for an unknown category', async () => {
    await expect(listProductsInCategory({ categorySlug: 'nope' }, t.db)).rejects.toSatisfy(
      isNotFoundError,
    );
  });
});

describe('categories', () => {
  it('returns the tree in position order', async () => {
    const tree = await listCategoryTree(t.db);
    expect(tree.map((c) => c.slug)).toEqual(['roupas', 'livros']);
    expect(tree[0]!.children[0]!.children.map((c) => c.slug)).toEqual(['regatas']);
  });

  it('returns a category with breadcrumb ancestors and children', async () => {
    const category = await getCategoryBySlugOrThrow('regatas', t.db);
    expect(category.ancestors.map((c) => c.slug)).toEqual(['roupas', 'camisetas']);
    expect(category.children).toEqual([]);
    expect((await getCategoryBySlugOrThrow('roupas', t.db)).children.map((c) => c.slug)).toEqual([
      'camisetas',
    ]);
    await expect(getCategoryBySlugOrThrow('nope', t.db)).rejects.toSatisfy(isNotFoundError);
  });
});

describe('products', () => {
  it('lists featured active products only', async () => {
    const featured = await listFeaturedProducts({}, t.db);
    expect(featured.map((p) => p.slug)).toEqual(['book', 'child-item']);
    expect(featured[0]!.image).toEqual({
      url: '/img/product/book/0.svg',
      alt: 'book',
      width: 800,
      height: 800,
    });
  });

  it('returns a product with variants, stock, images and breadcrumbs', async () => {
    const product = await getProductBySlugOrThrow('grandchild-item', t.db);
    expect(product.breadcrumbs.map((c) => c.slug)).toEqual(['roupas', 'camisetas', 'regatas']);
    expect(product.variants.map((v) => [v.sku, v.priceCents, v.onHand, v.currency])).toEqual([
      ['grandchild-item-0', 3000, 10, 'BRL'],
      ['grandchild-item-1', 7000, 10, 'BRL'],
    ]);
    expect(product.variants[0]!.compareAtCents).toBe(3500);
    expect(product.images[0]!.optionMatch).toEqual({ Cor: 'C0' });
  });

  it('throws not_found for unknown and draft products', async () => {
    await expect(getProductBySlugOrThrow('nope', t.db)).rejects.toSatisfy(isNotFoundError);
    await expect(getProductBySlugOrThrow('draft-item', t.db)).rejects.toSatisfy(isNotFoundError);
  });
});
