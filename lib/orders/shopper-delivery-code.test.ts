import { describe, expect, it } from 'vitest';
import { orderStatuses } from '@/db/schema';
import { shopperDeliveryCode } from './shopper-delivery-code';

describe('shopperDeliveryCode', () => {
  it('is the code only while the order is out for delivery', () => {
    const shown = orderStatuses.filter((status) =>
      shopperDeliveryCode({ status, deliveryCode: '482913' }),
    );
    expect(shown).toEqual(['out_for_delivery']);
    expect(shopperDeliveryCode({ status: 'out_for_delivery', deliveryCode: null })).toBeNull();
  });
});
