import { randomInt, timingSafeEqual } from 'node:crypto';

export const DELIVERY_CODE_LENGTH = 6;
/** Wrong codes allowed per stop before the courier must call the store (stops guessing 1-in-10⁶). */
export const MAX_CODE_ATTEMPTS = 5;

export function generateDeliveryCode(): string {
  return String(randomInt(0, 10 ** DELIVERY_CODE_LENGTH)).padStart(DELIVERY_CODE_LENGTH, '0');
}

/** Digits only, compared in constant time; spaces or dashes the courier typed are ignored. */
export function deliveryCodeMatches(expected: string | null, typed: string): boolean {
  const digits = typed.replace(/[\s-]/g, '');
  if (!expected || digits.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(digits));
}
