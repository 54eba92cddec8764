import { ZodError } from 'zod';

/** A 422 naming one input field, in the same shape as every schema validation failure. */
export function fieldError(field: string, message: string): ZodError {
  return new ZodError([{ code: 'custom', path: [field], message, input: undefined }]);
}
