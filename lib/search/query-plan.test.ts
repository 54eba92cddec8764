import { describe, expect, it } from 'vitest';
import { highlightText } from './highlight';
import { normalizeText, tokenize, toIdentifier } from './normalize';
import { buildQueryPlan } from './query-plan';

describe('query normalisation', () => {
  it('folds accents and case, splits on punctuation', () => {
    expect(normalizeText('Café ÇÃO')).toBe('cafe cao');
    expect(tokenize('Tênis, ADIDAS/azul')).toEqual(['tenis', 'adidas', 'azul']);
  });

  it('recognises SKUs and barcodes, not words', () => {
    expect(toIdentifier('LJ-00012-03')).toBe('lj-00012-03');
    expect(toIdentifier('7891234567895')).toBe('7891234567895');
    expect(toIdentifier('camiseta')).toBeNull();
    expect(toIdentifier('camiseta azul 2')).toBeNull();
  });
});

describe('query plan', () => {
  const vocabulary = new Map([
    ['camizeta', { known: false, candidates: ['camiseta', 'camisa', 'camisola'] }],
    ['azul', { known: true, candidates: [] }],
    ['qwzx', { known: false, candidates: [] }],
  ]);

  it('adds corrections only for unknown words, and reports the corrected query', () => {
    const plan = buildQueryPlan({ q: 'Camizeta azul', vocabulary, synonyms: [] });
    expect(plan.groups).toEqual([
      { word: 'camizeta', alternatives: ['camizeta', 'camiseta', 'camisa'], prefix: false },
      { word: 'azul', alternatives: ['azul'], prefix: false },
    ]);
    expect(plan.correctedQuery).toBe('camiseta azul');
    expect(buildQueryPlan({ q: 'qwzx azul', vocabulary, synonyms: [] }).unmatchedWords).toEqual([
      'qwzx',
    ]);
  });

  it('expands synonyms (phrases included) and leaves the typed prefix alone', () => {
    const synonyms = [
      ['celular', 'smartphone'],
      ['fone de ouvido', 'headphone'],
    ];
    const plan = buildQueryPlan({ q: 'celular head', prefixLast: true, vocabulary, synonyms });
    expect(plan.groups[0]?.alternatives).toEqual(['celular', 'smartphone']);
    expect(plan.groups[1]).toEqual({ word: 'head', alternatives: ['head'], prefix: true });
    const phone = buildQueryPlan({ q: 'headphone', vocabulary, synonyms });
    expect(phone.groups[0]?.alternatives).toEqual(['headphone', 'fone de ouvido']);
  });
});

describe('highlighting', () => {
  const plan = (q: string, prefixLast = false) =>
    buildQueryPlan({ q, prefixLast, vocabulary: new Map(), synonyms: [] });

  it('marks accent-insensitive, inflected and prefix matches, never short stop words', () => {
    const marked = (text: string, q: string, prefix = false) =>
      highlightText(text, plan(q, prefix))
        .filter((s) => s.match)
        .map((s) => s.text);
    expect(marked('Café Especial de Minas', 'cafe de minas')).toEqual(['Café', 'Minas']);
    expect(marked('Camisetas Básicas', 'camiseta basica')).toEqual(['Camisetas', 'Básicas']);
    expect(marked('Notebook Gamer', 'note', true)).toEqual(['Notebook']);
    expect(
      highlightText('Bota', plan('tenis'))
        .map((s) => s.text)
        .join(''),
    ).toBe('Bota');
  });
});

describe('prefix plans', () => {
  it('ignores a trailing one-letter prefix after other words', () => {
    const plan = buildQueryPlan({
      q: 'vestido l',
      prefixLast: true,
      vocabulary: new Map(),
      synonyms: [],
    });
    expect(plan.groups.map((g) => g.word)).toEqual(['vestido']);
    const single = buildQueryPlan({
      q: 'ca',
      prefixLast: true,
      vocabulary: new Map(),
      synonyms: [],
    });
    expect(single.groups).toEqual([{ word: 'ca', alternatives: ['ca'], prefix: true }]);
  });
});
