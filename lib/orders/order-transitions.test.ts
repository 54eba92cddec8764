import { describe, expect, it } from 'vitest';
import { orderStatuses } from '@/db/schema/commerce';
import { ORDER_TRANSITIONS, canTransition } from './order-transitions';

describe('order transition table', () => {
  it('covers every status and only names known statuses', () => {
    expect(Object.keys(ORDER_TRANSITIONS).sort()).toEqual([...orderStatuses].sort());
    for (const targets of Object.values(ORDER_TRANSITIONS)) {
      for (const to of targets) expect(orderStatuses).toContain(to);
    }
  });

  it('allows the happy path and refuses skips and moves out of terminal states', () => {
    const path = [
      'pending_payment',
      'paid',
      'preparing',
      'ready_for_dispatch',
      'out_for_delivery',
      'delivered',
      'return_requested',
      'returned',
      'refunded',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
    expect(canTransition('pending_payment', 'delivered')).toBe(false);
    expect(canTransition('delivered', 'paid')).toBe(false);
    expect(canTransition('refunded', 'paid')).toBe(false);
    expect(canTransition('cancelled', 'paid')).toBe(false);
  });
});
