import { describe, expect, it } from 'vitest';
import { deliveryCodeMatches, generateDeliveryCode } from './delivery-code';

describe('delivery codes', () => {
  it('are six digits', () => {
    for (let i = 0; i < 200; i += 1) expect(generateDeliveryCode()).toMatch(/^\d{6}$/);
  });

  it('match what the shopper reads out, ignoring spaces and dashes', () => {
    expect(deliveryCodeMatches('042917', '042 917')).toBe(true);
    expect(deliveryCodeMatches('042917', '042-917')).toBe(true);
    expect(deliveryCodeMatches('042917', '42917')).toBe(false);
    expect(deliveryCodeMatches('042917', '042918')).toBe(false);
    expect(deliveryCodeMatches(null, '042917')).toBe(false);
  });
});
