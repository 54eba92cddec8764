import { describe, expect, it } from 'vitest';
import { hasFilters, parseSearchParams, toSearchHref } from './search-params';

describe('search URL state', () => {
  it('reads every filter and falls back to defaults on malformed values', () => {
    const request = parseSearchParams({
      q: '  camiseta ',
      page: '3',
      sort: 'price_desc',
      category: 'moda',
      brand: ['Urbano', 'Urbano', 'Rio'],
      price: ['50-100', '7-8'],
      opt: ['Cor:Azul', 'Cor:Verde', 'Tamanho:M', 'broken'],
      stock: '1',
    });
    expect(request).toMatchObject({
      q: 'camiseta',
      page: 3,
      sort: 'price_desc',
      category: 'moda',
      brands: ['Urbano', 'Rio'],
      prices: [{ min: 5_000, max: 10_000 }],
      options: { Cor: ['Azul', 'Verde'], Tamanho: ['M'] },
      inStock: true,
    });
    expect(parseSearchParams({ page: '-1', sort: 'cheapest' })).toMatchObject({
      page: 1,
      sort: 'relevance',
    });
    expect(parseSearchParams({ q: 'x'.repeat(500) }).q).toHaveLength(100);
  });

  it('writes a canonical URL that reads back to the same state, resetting the page on changes', () => {
    const request = parseSearchParams({
      q: 'tênis',
      brand: 'Adidas',
      price: '1000-',
      opt: 'Cor:Azul',
      page: '2',
    });
    const href = toSearchHref(request, { page: 2 });
    expect(href).toBe('/search?q=t%C3%AAnis&brand=Adidas&price=1000-&opt=Cor%3AAzul&page=2');
    const back = parseSearchParams(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(back.q).toBe('tênis');
    expect(toSearchHref(request, { inStock: true })).not.toContain('page=');
    expect(hasFilters(request)).toBe(true);
    expect(hasFilters(parseSearchParams({ q: 'a' }))).toBe(false);
  });
});
