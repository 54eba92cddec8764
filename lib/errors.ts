import type { Logger } from 'pino';
import { ZodError } from 'zod';

/** The closed set of error codes an API may answer with, and the HTTP status each one means. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  feature_disabled: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = {
  error: { code: ErrorCode; message: string; fields?: Record<string, string[]> };
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = options.details;
  }
}

/** Field path → messages, with "(root)" for issues about the whole value. */
export function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(root)';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function errorBody(code: ErrorCode, message: string, fields?: Record<string, string[]>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    // A domain check about one field (e.g. a wrong delivery code) names it like a ZodError would.
    const fields = error.details?.fields as Record<string, string[]> | undefined;
    return { status: error.status, body: errorBody(error.code, error.message, fields) };
  }
  if (error instanceof ZodError) {
    const fields = zodFieldErrors(error);
    const summary = Object.entries(fields)
      .map(([field, messages]) => `${field} (${messages.join('; ')})`)
      .join(', ');
    return {
      status: 422,
      body: errorBody('validation_failed', `Invalid value for ${summary}`, fields),
    };
  }
  return { status: 500, body: errorBody('internal', 'Internal server error') };
}

/**
 * The one place errors become HTTP responses. Unknown errors are logged with their stack and
 * answered with a generic 500 so internals never leak to the client.
 */
export function toErrorResponse(
  error: unknown,
  log: Pick<Logger, 'error' | 'warn'>,
  headers?: HeadersInit,
): Response {
  const { status, body } = toErrorBody(error);
  if (status >= 500) {
    log.error({ err: error }, error instanceof AppError ? error.message : 'Unhandled error');
  }
  const response = Response.json(body, { status, headers });
  // A 429 tells the client when to come back (RFC 9110 Retry-After, in seconds).
  const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
  if (typeof retryAfter === 'number') response.headers.set('Retry-After', String(retryAfter));
  return response;
}
