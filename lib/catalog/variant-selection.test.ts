import { describe, expect, it } from 'vitest';
import type { ProductImageDetail, VariantDetail } from './types';
import {
  buildOptionGroups,
  optionsToQuery,
  selectImages,
  selectVariant,
} from './variant-selection';

const variant = (sku: string, cor: string, tamanho: string, onHand: number): VariantDetail => ({
  id: sku,
  sku,
  options: { Cor: cor, Tamanho: tamanho },
  priceCents: 1000,
  compareAtCents: null,
  currency: 'BRL',
  onHand,
});

const product = {
  optionNames: ['Cor', 'Tamanho'],
  variants: [
    variant('A-P', 'Azul', 'P', 0),
    variant('A-M', 'Azul', 'M', 3),
    variant('V-P', 'Verde', 'P', 10),
    variant('V-G', 'Verde', 'G', 0),
  ],
};

describe('selectVariant', () => {
  it('defaults to the first variant in stock', () => {
    expect(selectVariant(product, {})?.sku).toBe('A-M');
  });

  it('follows the URL, even to a sold-out variant', () => {
    expect(selectVariant(product, { Cor: 'Verde', Tamanho: 'G' })?.sku).toBe('V-G');
    expect(selectVariant(product, { Cor: 'Azul', Tamanho: 'P' })?.sku).toBe('A-P');
  });

  it('keeps the earlier axes when the combination does not exist', () => {
    expect(selectVariant(product, { Cor: 'Azul', Tamanho: 'G' })?.sku).toBe('A-M');
    expect(selectVariant(product, { Cor: 'Roxo', Tamanho: 'P' })?.sku).toBe('V-P');
    expect(selectVariant(product, { Cor: ['Verde', 'Azul'] })?.sku).toBe('V-P');
  });
});

describe('buildOptionGroups', () => {
  it('marks selected, sold-out and unavailable values', () => {
    const groups = buildOptionGroups(product, product.variants[1]!);
    const cor = groups[0]!.values;
    const tamanho = groups[1]!.values;
    expect(cor.map((v) => [v.value, v.state])).toEqual([
      ['Azul', 'selected'],
      ['Verde', 'available'],
    ]);
    // Verde M does not exist: the colour link jumps to the best Verde variant instead.
    expect(cor[1]!.target).toEqual({ Cor: 'Verde', Tamanho: 'P' });
    expect(tamanho.map((v) => [v.value, v.state])).toEqual([
      ['P', 'sold_out'],
      ['M', 'selected'],
      ['G', 'unavailable'],
    ]);
    expect(tamanho[2]!.target).toBeNull();
  });

  it('calls a first-axis value sold out only when all its variants are', () => {
    const soldOutGreen = {
      ...product,
      variants: product.variants.map((v) => (v.options.Cor === 'Verde' ? { ...v, onHand: 0 } : v)),
    };
    const groups = buildOptionGroups(soldOutGreen, soldOutGreen.variants[0]!);
    expect(groups[0]!.values.map((v) => [v.value, v.state])).toEqual([
      ['Azul', 'selected'],
      ['Verde', 'sold_out'],
    ]);
    expect(groups[0]!.values[1]!.target).toEqual({ Cor: 'Verde', Tamanho: 'P' });
    // With Verde P selected, Azul P is sold out but Azul M is not: Azul stays available.
    expect(buildOptionGroups(product, product.variants[2]!)[0]!.values[0]!.state).toBe('available');
  });
});

describe('selectImages', () => {
  const img = (url: string, optionMatch: Record<string, string> | null): ProductImageDetail => ({
    url,
    alt: url,
    width: 1,
    height: 1,
    optionMatch,
  });
  it('puts images of the selected colour first and hides other colours', () => {
    const images = [
      img('azul', { Cor: 'Azul' }),
      img('verde', { Cor: 'Verde' }),
      img('generic', null),
    ];
    expect(selectImages(images, { Cor: 'Verde', Tamanho: 'P' }).map((i) => i.url)).toEqual([
      'verde',
      'generic',
    ]);
    expect(
      selectImages([img('azul', { Cor: 'Azul' })], { Cor: 'Verde' }).map((i) => i.url),
    ).toEqual(['azul']);
  });
});

describe('optionsToQuery', () => {
  it('encodes axes in catalog order', () => {
    expect(optionsToQuery(['Cor', 'Numeração'], { Numeração: '38', Cor: 'Azul-marinho' })).toBe(
      '?Cor=Azul-marinho&Numera%C3%A7%C3%A3o=38',
    );
    expect(optionsToQuery([], {})).toBe('');
  });
});
