import { describe, expect, it } from 'vitest';
import { getStockStatus } from './stock-status';
import { buildCategoryTree } from './category-tree';
import { parseListingParams } from './listing-params';

describe('parseListingParams', () => {
  it('accepts valid values', () => {
    expect(parseListingParams({ page: '3', sort: 'price_desc' })).toEqual({
      page: 3,
      sort: 'price_desc',
    });
  });

  it('falls back to defaults for anything malformed', () => {
    expect(parseListingParams({})).toEqual({ page: 1, sort: 'newest' });
    expect(parseListingParams({ page: '-2', sort: 'drop table' })).toEqual({
      page: 1,
      sort: 'newest',
    });
    expect(parseListingParams({ page: '1.5' })).toEqual({ page: 1, sort: 'newest' });
    expect(parseListingParams({ page: 'abc' })).toEqual({ page: 1, sort: 'newest' });
    expect(parseListingParams({ page: '99999999' })).toEqual({ page: 1, sort: 'newest' });
    expect(parseListingParams({ page: ['2', '5'], sort: ['name', 'x'] })).toEqual({
      page: 2,
      sort: 'name',
    });
  });
});

describe('getStockStatus', () => {
  it('uses five units as the low-stock line', () => {
    expect([0, 1, 5, 6, 100].map(getStockStatus)).toEqual([
      'out_of_stock',
      'low_stock',
      'low_stock',
      'in_stock',
      'in_stock',
    ]);
  });
});

describe('buildCategoryTree', () => {
  it('nests children under parents in position order', () => {
    const row = (id: string, parentId: string | null, position: number) => ({
      id,
      parentId,
      slug: id,
      name: id,
      description: '',
      position,
    });
    const tree = buildCategoryTree([
      row('b', null, 1),
      row('a', null, 0),
      row('a2', 'a', 1),
      row('a1', 'a', 0),
      row('x', 'missing', 0),
    ]);
    expect(tree.map((n) => n.slug)).toEqual(['a', 'b']);
    expect(tree[0]!.children.map((n) => n.slug)).toEqual(['a1', 'a2']);
  });
});
