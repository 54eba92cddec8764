import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

// Intl separates symbol and amount with a non-breaking space; compare with plain spaces.
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats BRL centavos the Brazilian way', () => {
    expect(plain(formatMoney(123456, 'BRL', 'pt-BR'))).toBe('R$ 1.234,56');
    expect(plain(formatMoney(1990, 'BRL', 'pt-BR'))).toBe('R$ 19,90');
    expect(plain(formatMoney(0, 'BRL', 'pt-BR'))).toBe('R$ 0,00');
  });

  it('formats for English readers', () => {
    expect(plain(formatMoney(123456, 'BRL', 'en-US'))).toBe('R$1,234.56');
    expect(plain(formatMoney(123456, 'USD', 'en-US'))).toBe('$1,234.56');
  });

  it('respects currencies without minor units', () => {
    expect(plain(formatMoney(1500, 'JPY', 'en-US'))).toBe('¥1,500');
  });

  it('refuses fractional minor units', () => {
    expect(() => formatMoney(19.9, 'BRL', 'pt-BR')).toThrow(TypeError);
  });
});
