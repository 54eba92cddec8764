import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issuesToFieldErrors } from '@/lib/forms/field-errors';
import {
  declineReturnSchema,
  moveOrderSchema,
  orderNoteSchema,
  refundOrderSchema,
} from './order-form-schemas';

const ID = '6f1c2a43-0a3e-4d2b-9b1e-2f9a3c0d4e5f';
/** What the browser shows: the field the input is named after and the schema's code. */
const fieldCodes = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? {} : issuesToFieldErrors(result.error.issues, (code) => code);

describe('order form schemas (browser and server)', () => {
  it('reais as typed become centavos; anything else is invalid_amount on "amount"', () => {
    const raw = { orderId: ID, amount: '12,5', reason: 'defeito', idempotencyKey: 'key-12345' };
    expect(refundOrderSchema.parse(raw).amount).toBe(1_250);
    expect(refundOrderSchema.parse({ ...raw, amount: '1234.05' }).amount).toBe(123_405);
    expect(refundOrderSchema.parse({ ...raw, amount: '0,05' }).amount).toBe(5);
    for (const amount of ['0', '0,00', '-1', '12,345', 'R$ 10', '']) {
      const result = refundOrderSchema.safeParse({ ...raw, amount });
      expect(fieldCodes(result)).toEqual({ amount: ['invalid_amount'] });
    }
  });

  it('names the field and the code for a short decline reason, an empty note, a foreign move', () => {
    expect(fieldCodes(declineReturnSchema.safeParse({ orderId: ID, reason: ' no ' }))).toEqual({
      reason: ['too_short'],
    });
    expect(fieldCodes(orderNoteSchema.safeParse({ orderId: ID, body: '   ' }))).toEqual({
      body: ['required'],
    });
    expect(fieldCodes(moveOrderSchema.safeParse({ orderId: ID, to: 'refunded' }))).toEqual({
      to: ['invalid'],
    });
    expect(fieldCodes(moveOrderSchema.safeParse({ orderId: 'x', to: 'preparing' }))).toEqual({
      orderId: ['invalid'],
    });
  });
});
