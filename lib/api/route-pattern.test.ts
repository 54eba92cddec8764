import { describe, expect, it } from 'vitest';
import { toRoutePattern } from './route-pattern';

describe('toRoutePattern', () => {
  it('puts param names back in place of their values', () => {
    expect(toRoutePattern('/api/recommendations/tenis-azul', { slug: 'tenis-azul' })).toBe(
      '/api/recommendations/[slug]',
    );
    expect(toRoutePattern('/api/orders/o1/items/i2', { orderId: 'o1', itemId: 'i2' })).toBe(
      '/api/orders/[orderId]/items/[itemId]',
    );
  });

  it('matches encoded values and collapses catch-all segments', () => {
    expect(toRoutePattern('/api/p/cal%C3%A7a', { slug: 'calça' })).toBe('/api/p/[slug]');
    expect(toRoutePattern('/docs/a/b/c', { path: ['a', 'b', 'c'] })).toBe('/docs/[...path]');
  });

  it('leaves static paths alone', () => {
    expect(toRoutePattern('/health', {})).toBe('/health');
    expect(toRoutePattern('/', {})).toBe('/');
  });
});
