/** Every limit Loja enforces: points per window (seconds). Keys are an IP or an account. */
export const RATE_LIMITS = {
  signInIp: { points: 50, duration: 15 * 60 },
  signInAccount: { points: 15, duration: 15 * 60 },
  signUpIp: { points: 10, duration: 60 * 60 },
  resetIp: { points: 10, duration: 60 * 60 },
  resetAccount: { points: 3, duration: 60 * 60 },
  verifyIp: { points: 30, duration: 60 * 60 },
  tokenIp: { points: 50, duration: 15 * 60 },
  refreshIp: { points: 300, duration: 15 * 60 },
  cepIp: { points: 60, duration: 60 },
  /** Public shipping quotes (may call a paid geocoder). */
  shippingQuoteIp: { points: 60, duration: 60 },
  /** Sandbox card tokenisation and checkout confirms, per IP. */
  paymentTokenIp: { points: 30, duration: 60 },
  checkoutIp: { points: 30, duration: 60 },
  /** Courier position batches (a phone flushes every few seconds), per courier account. */
  trackingPositions: { points: 120, duration: 60 },
  /** Tracking stream (re)connections and Pusher channel authorisations, per IP. */
  trackingSubscribeIp: { points: 120, duration: 60 },
  /** Failed sign-ins per account in a day: drives the progressive lockout (see lib/auth/lockout). */
  signInFailures: { points: 100_000, duration: 24 * 60 * 60 },
  /** Used only through block(): an account is locked while this key is blocked. */
  signInLock: { points: 1, duration: 1 },
} as const;

export type LimitName = keyof typeof RATE_LIMITS;
