import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, ERROR_STATUS, toErrorBody, toErrorResponse } from './errors';

const log = () => ({ error: vi.fn(), warn: vi.fn() });

describe('toErrorResponse', () => {
  it('maps every AppError code to its status and the one body shape', async () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      const response = toErrorResponse(
        new AppError(code as keyof typeof ERROR_STATUS, `m-${code}`),
        log(),
      );
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: { code, message: `m-${code}` } });
    }
  });

  it('turns a ZodError into 422 naming the failing fields', async () => {
    const schema = z.object({
      email: z.email(),
      address: z.object({ cep: z.string().regex(/^\d{8}$/) }),
    });
    const result = schema.safeParse({ email: 'nope', address: { cep: '12' } });
    const response = toErrorResponse(result.error, log());
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; message: string; fields: Record<string, string[]> };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toContain('email');
    expect(body.error.message).toContain('address.cep');
    expect(Object.keys(body.error.fields).sort()).toEqual(['address.cep', 'email']);
  });

  it('logs unknown errors with their stack and leaks nothing', async () => {
    const logger = log();
    const error = new Error('connection string postgres://user:pw@db failed');
    const response = toErrorResponse(error, logger);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Internal server error' },
    });
    expect(text).not.toContain('postgres://');
    expect(logger.error).toHaveBeenCalledWith({ err: error }, 'Unhandled error');
  });

  it('does not log expected client errors', () => {
    const logger = log();
    toErrorResponse(new AppError('not_found', 'No such product'), logger);
    expect(logger.error).not.toHaveBeenCalled();
  });
});

describe('AppError with field details', () => {
  it('names the field in the body, like a ZodError', () => {
    const { status, body } = toErrorBody(
      new AppError('validation_failed', 'Wrong code.', {
        details: { fields: { code: ['wrong'] } },
      }),
    );
    expect(status).toBe(422);
    expect(body.error.fields).toEqual({ code: ['wrong'] });
  });
});
