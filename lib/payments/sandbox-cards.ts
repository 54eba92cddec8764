import { randomBytes } from 'node:crypto';

/**
 * The sandbox's test cards. Tokenisation belongs to the sandbox (its own endpoint, as a real
 * gateway's elements would do): order code only ever sees the returned token.
 */
export const SANDBOX_CARDS = {
  '4242424242424242': 'approve',
  '4000000000000002': 'decline',
  '4000002760003184': 'challenge',
} as const;

export type SandboxOutcome = (typeof SANDBOX_CARDS)[keyof typeof SANDBOX_CARDS];

const TOKEN = /^tok_sbx_(approve|decline|challenge)_[a-f0-9]{24}$/;

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length >= 12 && sum % 10 === 0;
}

/** Exchanges a sandbox test card for a token; null for anything that is not a test card. */
export function tokenizeSandboxCard(cardNumber: string): string | null {
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !isLuhnValid(digits)) return null;
  const outcome = SANDBOX_CARDS[digits as keyof typeof SANDBOX_CARDS];
  if (!outcome) return null;
  return `tok_sbx_${outcome}_${randomBytes(12).toString('hex')}`;
}

export function sandboxTokenOutcome(token: string | null): SandboxOutcome | null {
  const match = token ? TOKEN.exec(token) : null;
  return match ? (match[1] as SandboxOutcome) : null;
}
