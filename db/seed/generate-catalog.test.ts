import { describe, expect, it } from 'vitest';
import { CATEGORY_TREE } from './data/categories';
import { PRODUCT_FAMILIES } from './data/families';
import { generateDemoCatalog, generateLargeProduct } from './generate-catalog';
import { charmPrice } from './generate-product';
import { createRng } from './random';

describe('seeded random', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = createRng('x');
    const b = createRng('x');
    const c = createRng('y');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((n) => n >= 0 && n < 1)).toBe(true);
  });
});

describe('demo catalog generator', () => {
  const catalog = generateDemoCatalog();

  it('is deterministic', () => {
    expect(generateDemoCatalog()).toEqual(catalog);
    expect(generateLargeProduct(4321)).toEqual(generateLargeProduct(4321));
  });

  it('covers every leaf category with a vocabulary', () => {
    const leaves = CATEGORY_TREE.flatMap((c) => c.children ?? []).map((c) => c.slug);
    expect(new Set(PRODUCT_FAMILIES.map((f) => f.category))).toEqual(new Set(leaves));
    expect(CATEGORY_TREE.length).toBeGreaterThanOrEqual(12);
  });

  it('produces unique slugs and SKUs, prices in centavos and stock', () => {
    const { products } = catalog;
    expect(products.length).toBeGreaterThanOrEqual(220);
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
    const variants = products.flatMap((p) => p.variants);
    expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length);
    for (const product of products) {
      expect(product.variants.length).toBeGreaterThan(0);
      expect(product.images.length).toBeGreaterThan(0);
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.priceCents)).toBe(true);
        expect(variant.priceCents).toBeGreaterThanOrEqual(1990);
        expect(variant.priceCents).toBeLessThanOrEqual(499_900);
        expect(variant.priceCents % 100).toBe(90);
        if (variant.compareAtCents !== null)
          expect(variant.compareAtCents).toBeGreaterThan(variant.priceCents);
        expect(Object.keys(variant.options)).toEqual(product.optionNames);
      }
    }
    expect(products.filter((p) => p.featured)).toHaveLength(12);
    expect(variants.some((v) => v.onHand === 0)).toBe(true);
    expect(variants.some((v) => v.onHand > 0 && v.onHand <= 5)).toBe(true);
  });

  it('gives colour products one image set per colour', () => {
    const dress = catalog.products.find((p) => p.optionNames.includes('Cor'))!;
    const colours = new Set(dress.variants.map((v) => v.options.Cor));
    for (const colour of colours)
      expect(dress.images.some((i) => i.optionMatch?.Cor === colour)).toBe(true);
  });

  it('prices end in ,90', () => {
    expect(charmPrice(8_937)).toBe(8_890);
    expect(charmPrice(100)).toBe(1990);
  });
});
