import { AppError } from '@/lib/errors';

/** A 422 naming one field, with a stable code the form translates (adminCatalog.errors.<code>). */
export function fieldError(field: string, code: string, message: string): AppError {
  return new AppError('validation_failed', message, { details: { field, code } });
}

export type StaleWrite = { reason: 'stale'; by: string | null; at: string };

/**
 * A save based on an older version of the record: the caller's form is out of date. Names who saved
 * meanwhile and when, so the operator can reload and redo their change knowingly.
 */
export function staleWrite(entity: string, by: string | null, at: Date): AppError {
  return new AppError(
    'conflict',
    `This ${entity} was changed by ${by ?? 'someone else'} at ${at.toISOString()} after you opened it.`,
    { details: { reason: 'stale', by, at: at.toISOString() } satisfies StaleWrite },
  );
}

export function isStaleWrite(error: unknown): error is AppError & { details: StaleWrite } {
  return error instanceof AppError && error.details?.reason === 'stale';
}
