import { createHash, randomBytes } from 'node:crypto';

export const GUEST_CART_COOKIE = 'loja_cart';
export const GUEST_CART_MAX_AGE = 60 * 60 * 24 * 30;

/** A guest cart is found by the SHA-256 of a random token kept only in an httpOnly cookie. */
export function createCartToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashCartToken(token: string): string | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return createHash('sha256').update(token).digest('hex');
}

export type CartOwner = { userId: string } | { guestTokenHash: string };
