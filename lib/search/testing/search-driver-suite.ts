import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { parseSearchParams } from '../search-params';
import { searchProducts, type SearchDeps } from '../search-products';
import { suggestSearch } from '../suggest-search';
import { setSynonyms } from '../synonyms';
import type { SearchResult } from '../types';

export type DriverSetup = {
  deps: SearchDeps;
  db: Executor;
  /** Makes catalog changes visible to the driver (Elasticsearch: sync the outbox, refresh). */
  sync: () => Promise<void>;
  teardown: () => Promise<void>;
};

const slugs = (result: SearchResult) => result.items.map((item) => item.slug);

/**
 * The behaviour every search driver must show on the fixture catalog (search-fixtures.ts):
 * accents, stemming, typos, synonyms, identifiers, ranking, facets, sort and pagination.
 */
export function describeSearchDriver(name: string, setup: () => Promise<DriverSetup>) {
  describe(`${name} search driver (shared behaviour)`, () => {
    let ctx: DriverSetup;
    const search = (params: Record<string, string | string[]>, perPage?: number) =>
      searchProducts(parseSearchParams(params, perPage), ctx.deps);

    beforeAll(async () => {
      ctx = await setup();
    });
    afterAll(() => ctx?.teardown());

    it('ignores accents and case in both directions', async () => {
      expect(slugs(await search({ q: 'cafe' }))).toEqual(['cafe-especial-torrado']);
      expect(slugs(await search({ q: 'CAFÉ' }))).toEqual(['cafe-especial-torrado']);
      expect(slugs(await search({ q: 'tênis' }))).toEqual(['tenis-adidas-runner']);
      expect(slugs(await search({ q: 'galaxia' }))).toEqual(['smartphone-galaxia']);
    });

    it('stems Portuguese plurals', async () => {
      const result = await search({ q: 'camisetas' });
      expect(slugs(result)).toContain('camiseta-basica-algodao');
      expect(result.total).toBe(3);
    });

    it('tolerates typos and says which query it used', async () => {
      const result = await search({ q: 'camizeta' });
      expect(slugs(result)).toContain('camiseta-basica-algodao');
      expect(result.correctedQuery).toBe('camiseta');
      expect(slugs(await search({ q: 'tenis adidaz' }))).toEqual(['tenis-adidas-runner']);
    });

    it('expands admin-managed synonyms', async () => {
      expect(slugs(await search({ q: 'celular' }))).toEqual([]);
      await setSynonyms([['celular', 'smartphone']], ctx.db, ctx.deps.cache);
      expect(slugs(await search({ q: 'celular' }))).toEqual(['smartphone-galaxia']);
    });

    it('finds a product by exact SKU or barcode', async () => {
      expect(slugs(await search({ q: 'fx-ten-01' }))[0]).toBe('tenis-adidas-runner');
      expect(slugs(await search({ q: 'FX-CAM-03' }))[0]).toBe('camiseta-estampada');
      expect(slugs(await search({ q: '7891234567895' }))).toEqual(['cafe-especial-torrado']);
    });

    it('ranks name matches above description matches, and out-of-stock items lower', async () => {
      const cotton = slugs(await search({ q: 'algodao' }));
      expect(cotton).toEqual(['camiseta-basica-algodao', 'bermuda-descricao-algodao']);
      const shirts = slugs(await search({ q: 'camiseta' }));
      expect(shirts.at(-1)).toBe('camiseta-esgotada');
      expect(shirts).toHaveLength(3);
    });

    it('highlights the matched words in names', async () => {
      const [hit] = (await search({ q: 'cafe torrado' })).items;
      expect(hit?.highlight.filter((s) => s.match).map((s) => s.text)).toEqual(['Café', 'Torrado']);
    });

    it('counts facet values under the other active filters', async () => {
      const all = await search({ q: 'camiseta' });
      expect(all.facets.brands.map((b) => [b.value, b.count])).toEqual([
        ['Urbano', 2],
        ['Rio Basics', 1],
      ]);
      expect(all.facets.inStock.count).toBe(2);
      const green = await search({ q: 'camiseta', opt: 'Cor:Verde' });
      expect(slugs(green).sort()).toEqual(['camiseta-basica-algodao', 'camiseta-estampada']);
      // The colour facet ignores its own filter; the brand facet honours it.
      expect(
        green.facets.options.find((o) => o.name === 'Cor')?.values.map((v) => [v.value, v.count]),
      ).toEqual([
        ['Azul', 2],
        ['Verde', 2],
      ]);
      expect(green.facets.brands.map((b) => [b.value, b.count])).toEqual([
        ['Rio Basics', 1],
        ['Urbano', 1],
      ]);
      const urbanoInStock = await search({ q: 'camiseta', brand: 'Urbano', stock: '1' });
      expect(slugs(urbanoInStock)).toEqual(['camiseta-basica-algodao']);
      expect(urbanoInStock.facets.brands.find((b) => b.value === 'Rio Basics')?.count).toBe(1);
    });

    it('filters by category subtree and price range, with a category tree facet', async () => {
      const clothes = await search({ q: 'algodao', category: 'roupas' });
      expect(clothes.total).toBe(2);
      const roupas = clothes.facets.categories.find((c) => c.value === 'roupas');
      expect(roupas?.count).toBe(2);
      expect(roupas?.children.map((c) => [c.value, c.count])).toEqual([['camisetas-fx', 1]]);
      const cheap = await search({ q: 'camiseta', price: '50-100' });
      expect(slugs(cheap).sort()).toEqual(['camiseta-esgotada', 'camiseta-estampada']);
      expect(cheap.facets.prices.map((p) => [p.value, p.count])).toEqual([
        ['0-50', 1],
        ['50-100', 2],
      ]);
    });

    it('sorts by price and by newest, and paginates without overlap', async () => {
      const byPrice = await search({ q: 'camiseta', sort: 'price_asc' });
      expect(byPrice.items.map((i) => i.priceCents)).toEqual([4_990, 5_990, 7_990]);
      const desc = await search({ q: 'camiseta', sort: 'price_desc' });
      expect(desc.items.map((i) => i.priceCents)).toEqual([7_990, 5_990, 4_990]);
      expect(slugs(await search({ q: 'camiseta', sort: 'newest' }))[0]).toBe('camiseta-esgotada');
      const page1 = await search({ q: 'camiseta', sort: 'price_asc' }, 2);
      const page2 = await search({ q: 'camiseta', sort: 'price_asc', page: '2' }, 2);
      expect(page1.totalPages).toBe(2);
      expect([...slugs(page1), ...slugs(page2)]).toEqual(slugs(byPrice));
    });

    it('suggests a different query when nothing matches', async () => {
      const result = await search({ q: 'camiseta xyzzyqw' });
      expect(result.total).toBe(0);
      expect(result.didYouMean).toBe('camiseta');
    });

    it('autocompletes products by prefix, and categories', async () => {
      const suggestions = await suggestSearch('cami', 'pt-BR', ctx.deps);
      expect(suggestions.products.map((p) => p.slug)).toContain('camiseta-estampada');
      expect(suggestions.categories.map((c) => c.slug)).toEqual(['camisetas-fx']);
      const two = await suggestSearch('tenis adi', 'pt-BR', ctx.deps);
      expect(two.products.map((p) => p.slug)).toEqual(['tenis-adidas-runner']);
    });

    it('reflects catalog edits once synced', async () => {
      await ctx.db.execute(
        (await import('drizzle-orm'))
          .sql`update products set name = 'Café Gourmet Moído' where slug = 'cafe-especial-torrado'`,
      );
      await ctx.sync();
      await ctx.deps.cache.invalidateTags(['search']);
      expect(slugs(await search({ q: 'gourmet' }))).toEqual(['cafe-especial-torrado']);

      // Selling the last unit takes a product out of "in stock only", still findable otherwise.
      await ctx.db.execute(
        sql`update inventory_levels set on_hand = 0
          where variant_id in (select id from variants where sku = 'FX-TEN-01')`,
      );
      await ctx.sync();
      await ctx.deps.cache.invalidateTags(['search']);
      expect(slugs(await search({ q: 'tenis', stock: '1' }))).toEqual([]);
      expect(slugs(await search({ q: 'tenis' }))).toEqual(['tenis-adidas-runner']);
    });
  });
}
