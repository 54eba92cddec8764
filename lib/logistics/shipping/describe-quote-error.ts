import { ZodError } from 'zod';
import { AppError } from '@/lib/errors';
import { INVALID_CEP_MESSAGE } from '@/lib/logistics/geo/geocode-cep';

/** The `shipping` message key that explains why a quote failed; unknown errors are rethrown. */
export function describeQuoteError(
  error: unknown,
): 'invalidCep' | 'unknownCep' | 'rateLimited' | 'error' {
  if (error instanceof ZodError) {
    const cepIssue = error.issues.find((i) => i.path[0] === 'cep');
    if (!cepIssue) return 'error';
    return cepIssue.message === INVALID_CEP_MESSAGE ? 'invalidCep' : 'unknownCep';
  }
  if (error instanceof AppError) return error.code === 'rate_limited' ? 'rateLimited' : 'error';
  throw error;
}
