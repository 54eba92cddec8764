import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { fieldError } from '@/lib/logistics/field-error';
import { INVALID_CEP_MESSAGE, UNKNOWN_CEP_MESSAGE } from '@/lib/logistics/geo/geocode-cep';
import { describeQuoteError } from './describe-quote-error';

describe('describeQuoteError', () => {
  it('tells a malformed CEP from an unknown one, and names rate limits', () => {
    expect(describeQuoteError(fieldError('cep', INVALID_CEP_MESSAGE))).toBe('invalidCep');
    expect(describeQuoteError(fieldError('cep', UNKNOWN_CEP_MESSAGE))).toBe('unknownCep');
    expect(describeQuoteError(new AppError('rate_limited', 'slow down'))).toBe('rateLimited');
    expect(describeQuoteError(new AppError('validation_failed', 'gone'))).toBe('error');
  });

  it('rethrows what it does not know, so bugs are not shown as "no shipping"', () => {
    expect(() => describeQuoteError(new TypeError('boom'))).toThrow('boom');
  });
});
