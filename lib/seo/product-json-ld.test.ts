import { describe, expect, it } from 'vitest';
import type { ProductDetail } from '@/lib/catalog/types';
import { buildProductJsonLd, serializeJsonLd } from './product-json-ld';

const product: ProductDetail = {
  id: 'p1',
  slug: 'camiseta',
  name: 'Camiseta </script>',
  description: 'Algodão',
  brand: 'Urbano',
  optionNames: ['Cor'],
  category: { slug: 'camisetas', name: 'Camisetas' },
  breadcrumbs: [
    { slug: 'moda', name: 'Moda' },
    { slug: 'camisetas', name: 'Camisetas' },
  ],
  variants: [
    {
      id: 'v1',
      sku: 'A-1',
      options: { Cor: 'Azul' },
      priceCents: 8_990,
      compareAtCents: null,
      currency: 'BRL',
      onHand: 3,
    },
    {
      id: 'v2',
      sku: 'A-2',
      options: { Cor: 'Verde' },
      priceCents: 9_905,
      compareAtCents: null,
      currency: 'BRL',
      onHand: 0,
    },
  ],
  images: [
    { url: '/img/product/camiseta/0.svg', alt: '', width: 800, height: 800, optionMatch: null },
  ],
  seo: { title: null, description: null },
};

describe('Product JSON-LD', () => {
  it('has one offer per variant with BRL price and availability', () => {
    const data = buildProductJsonLd(product, 'https://loja.example.com');
    expect(data).toMatchObject({
      '@type': 'Product',
      url: 'https://loja.example.com/p/camiseta',
      brand: { name: 'Urbano' },
      image: ['https://loja.example.com/img/product/camiseta/0.svg'],
      category: 'Moda > Camisetas',
    });
    expect(data.offers.map((o) => [o.price, o.priceCurrency, o.availability])).toEqual([
      ['89.90', 'BRL', 'https://schema.org/InStock'],
      ['99.05', 'BRL', 'https://schema.org/OutOfStock'],
    ]);
  });

  it('cannot close its script element', () => {
    const json = serializeJsonLd(buildProductJsonLd(product, 'https://x.test'));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).name).toBe('Camiseta </script>');
  });
});
