import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

/**
 * A guest's key to one order's tracking page and channel: an HMAC of the order id, so it needs no
 * column, cannot be guessed from the order number, and rotates with JWT_SECRET.
 */
export function trackingTokenFor(orderId: string, secret = getEnv().JWT_SECRET): string {
  return createHmac('sha256', secret).update(`loja:order-tracking:${orderId}`).digest('base64url');
}

export function isTrackingTokenValid(orderId: string, token: string | null | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(trackingTokenFor(orderId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
