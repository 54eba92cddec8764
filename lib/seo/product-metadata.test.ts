import { describe, expect, it } from 'vitest';
import type { ProductDetail } from '@/lib/catalog/types';
import { buildProductMetadata, excerpt } from './product-metadata';

const product: ProductDetail = {
  id: 'p1',
  slug: 'camiseta-basica',
  name: 'Camiseta Básica',
  description: `Camiseta de algodão orgânico com modelagem reta. ${'Macia e durável. '.repeat(20)}`,
  brand: null,
  optionNames: [],
  category: { slug: 'camisetas', name: 'Camisetas' },
  breadcrumbs: [{ slug: 'camisetas', name: 'Camisetas' }],
  variants: [],
  images: [{ url: '/img/c.svg', alt: '', width: 800, height: 600, optionMatch: null }],
  seo: { title: null, description: null },
};

describe('product page metadata', () => {
  it('uses the admin SEO title and description, with an absolute canonical and Open Graph', () => {
    const meta = buildProductMetadata(
      { ...product, seo: { title: 'Camiseta orgânica | Loja', description: 'A mais vendida.' } },
      'https://loja.test',
    );
    expect(meta.title).toBe('Camiseta orgânica | Loja');
    expect(meta.description).toBe('A mais vendida.');
    expect(meta.alternates?.canonical).toBe('https://loja.test/p/camiseta-basica');
    expect(meta.openGraph).toMatchObject({
      url: 'https://loja.test/p/camiseta-basica',
      title: 'Camiseta orgânica | Loja',
      description: 'A mais vendida.',
      images: [
        { url: 'https://loja.test/img/c.svg', width: 800, height: 600, alt: 'Camiseta Básica' },
      ],
    });
  });

  it('falls back to the name and a word-boundary excerpt when the SEO fields are empty or blank', () => {
    const meta = buildProductMetadata(
      { ...product, seo: { title: '  ', description: null } },
      'https://loja.test',
    );
    expect(meta.title).toBe('Camiseta Básica');
    const description = String(meta.description);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
    expect(product.description.startsWith(description.slice(0, -1))).toBe(true);
    expect(description.at(-2)).not.toBe(' ');
  });

  it('keeps a short description whole, with whitespace collapsed', () => {
    expect(excerpt('Leve\n  e impermeável.')).toBe('Leve e impermeável.');
  });
});
