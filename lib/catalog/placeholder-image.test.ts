import { describe, expect, it } from 'vitest';
import { initialsOf, parsePlaceholderPath, renderPlaceholderSvg } from './placeholder-image';

describe('placeholder images', () => {
  it('parses product and category paths', () => {
    expect(parsePlaceholderPath(['product', 'vestido-midi', '3.svg'], '1E40AF')).toEqual({
      kind: 'product',
      slug: 'vestido-midi',
      index: 3,
      color: '1e40af',
    });
    expect(parsePlaceholderPath(['category', 'livros.svg'], null)).toMatchObject({
      kind: 'category',
      slug: 'livros',
      index: 0,
    });
  });

  it('rejects anything else', () => {
    expect(parsePlaceholderPath(['product', 'x', 'a.svg'], null)).toBeNull();
    expect(parsePlaceholderPath(['product', '../etc', '0.svg'], null)).toBeNull();
    expect(parsePlaceholderPath(['product', 'x', '0.svg'], 'red"/><script>')).toBeNull();
    expect(parsePlaceholderPath(['other', 'x.svg'], null)).toBeNull();
  });

  it('is deterministic and shows initials', () => {
    const spec = parsePlaceholderPath(
      ['product', 'tenis-de-corrida-ultraleve-x12', '0.svg'],
      '2563eb',
    )!;
    expect(renderPlaceholderSvg(spec)).toBe(renderPlaceholderSvg(spec));
    expect(renderPlaceholderSvg(spec)).toContain('>TC</text>');
    expect(initialsOf('o-silencio-das-mares-2')).toBe('SM');
  });
});
