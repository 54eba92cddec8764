import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// OWASP's argon2id baseline (19 MiB, 2 passes); explicit so a library default change cannot
// silently weaken stored hashes. 2 is Algorithm.Argon2id, a const enum that isolatedModules
// cannot import.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the account does not exist, so a miss costs the same time as a hit.
let dummyHash: Promise<string> | undefined;

/** argon2's verify compares in constant time; a null hash still pays for one verification. */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword('loja-timing-equaliser-not-a-password');
  const target = storedHash ?? (await dummyHash);
  try {
    const ok = await verify(target, password);
    return ok && Boolean(storedHash);
  } catch {
    return false;
  }
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email';

/** The policy: long enough, not on the shipped breached-password list, not the e-mail itself. */
export function checkPasswordPolicy(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (isCommonPassword(password)) return 'common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'contains_email';
  return null;
}
