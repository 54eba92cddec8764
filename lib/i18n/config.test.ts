import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { isLocale, negotiateLocale, resolveLocale } from './config';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locale resolution', () => {
  it('defaults to pt-BR', () => {
    expect(resolveLocale({})).toBe('pt-BR');
    expect(negotiateLocale('fr-FR,de;q=0.8')).toBe('pt-BR');
  });

  it('lets a valid cookie win over Accept-Language', () => {
    expect(resolveLocale({ cookie: 'en', acceptLanguage: 'pt-BR' })).toBe('en');
    expect(resolveLocale({ cookie: 'pt-BR', acceptLanguage: 'en-US' })).toBe('pt-BR');
  });

  it('ignores an invalid cookie', () => {
    expect(resolveLocale({ cookie: 'xx', acceptLanguage: 'en-GB,en;q=0.9' })).toBe('en');
    expect(isLocale('EN')).toBe(false);
  });

  it('honours Accept-Language weights', () => {
    expect(negotiateLocale('fr;q=1, en;q=0.5, pt;q=0.9')).toBe('pt-BR');
    expect(negotiateLocale('en-US,en;q=0.9,pt-BR;q=0.8')).toBe('en');
    expect(negotiateLocale('pt-PT')).toBe('pt-BR');
  });
});

describe('messages', () => {
  it('has the same keys in every language', () => {
    expect(keysOf(MESSAGES.en).sort()).toEqual(keysOf(MESSAGES['pt-BR']).sort());
  });
});
