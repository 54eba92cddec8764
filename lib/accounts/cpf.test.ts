import { describe, expect, it } from 'vitest';
import { isValidCpf, normalizeCpf } from './cpf';

describe('CPF', () => {
  it('accepts valid check digits, formatted or not', () => {
    expect(isValidCpf('529.982.247-25')).toBe(true);
    expect(isValidCpf('11144477735')).toBe(true);
    expect(normalizeCpf('529.982.247-25')).toBe('52998224725');
  });

  it('refuses wrong digits, wrong lengths and repeated sequences', () => {
    expect(isValidCpf('529.982.247-26')).toBe(false);
    expect(isValidCpf('1234567890')).toBe(false);
    expect(isValidCpf('111.111.111-11')).toBe(false);
    expect(isValidCpf('')).toBe(false);
  });
});
