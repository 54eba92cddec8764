import { hash, verify } from '@node-rs/argon2';

// The policy is pure (no argon2) so browser forms can check it too; re-exported for callers here.
export {
  checkPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
} from './password-policy';

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
