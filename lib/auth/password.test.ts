import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('uma-senha-bem-longa');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'uma-senha-bem-longa')).toBe(true);
    expect(await verifyPassword(stored, 'uma-senha-bem-longA')).toBe(false);
  });

  it('never accepts a missing hash, still paying for one verification', async () => {
    expect(await verifyPassword(null, 'loja-timing-equaliser-not-a-password')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

describe('password policy', () => {
  it('needs 10 to 128 characters', () => {
    expect(checkPasswordPolicy('curta')).toBe('too_short');
    expect(checkPasswordPolicy('x'.repeat(129))).toBe('too_long');
    expect(checkPasswordPolicy('um-caju-no-quintal')).toBeNull();
  });

  it('refuses common and breached passwords, with digits and symbols appended too', () => {
    expect(isCommonPassword('password123')).toBe(true);
    expect(checkPasswordPolicy('Senha12345!')).toBe('common');
    expect(checkPasswordPolicy('corinthians2026')).toBe('common');
    expect(checkPasswordPolicy('1234567890')).toBe('common');
  });

  it('refuses a password containing the e-mail name', () => {
    expect(checkPasswordPolicy('mariana.s-2026-xyz', 'mariana.s@exemplo.com')).toBe(
      'contains_email',
    );
  });
});
