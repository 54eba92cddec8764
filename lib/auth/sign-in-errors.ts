import { AppError } from '@/lib/errors';
import { rateLimitedError } from '@/lib/rate-limit';
import type { SignInFailure } from './sign-in';

/** The API's answer to a refused sign-in: 401, 429 with Retry-After, or 403 to verify first. */
export function signInFailureError(failure: SignInFailure): AppError {
  if (failure.code === 'locked') return rateLimitedError(failure.retryAfterSeconds);
  if (failure.code === 'email_unverified') {
    return new AppError('forbidden', 'Confirm your e-mail first: a new link was sent.');
  }
  return new AppError('unauthorized', 'E-mail or password incorrect.');
}
