import { AppError } from '@/lib/errors';

export function catalogNotFound(what: 'category' | 'product', slug: string): AppError {
  return new AppError('not_found', `No ${what} with slug "${slug}"`, { details: { slug } });
}

/** Pages map this to Next's notFound(); everything else stays an error. */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof AppError && error.code === 'not_found';
}
