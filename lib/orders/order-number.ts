import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: order numbers are read aloud and typed from e-mails.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A human-readable order number such as LJ-7K3Q9X2M (31^8 ≈ 8.5e11 values). */
export function createOrderNumber(): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `LJ-${out}`;
}
