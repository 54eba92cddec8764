import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { resetEnvForTests } from '@/lib/env';
import { getMetricsRegistry } from '@/lib/metrics';
import { apiHandler } from './handler';

const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

const createThing = apiHandler(
  {
    auth: 'public',
    params: z.object({ id: z.uuid() }),
    query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
    body: z.object({
      name: z.string().min(2),
      address: z.object({ cep: z.string().regex(/^\d{8}$/) }),
    }),
  },
  ({ params, query, body, requestId }) => ({
    id: params.id,
    name: body.name,
    dryRun: query.dryRun ?? null,
    requestId,
  }),
);
const ID = '7d1f2c3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';
const URL_ = `http://loja.test/api/things/${ID}`;

describe('apiHandler', () => {
  afterEach(() => resetEnvForTests());

  it('passes parsed params, query and body and echoes the incoming request id', async () => {
    const res = await createThing(
      post(`${URL_}?dryRun=true`, JSON.stringify({ name: 'Ana', address: { cep: '01001000' } }), {
        'x-request-id': 'req-abc-12345',
      }),
      ctx({ id: ID }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-abc-12345');
    expect(await res.json()).toEqual({
      id: ID,
      name: 'Ana',
      dryRun: 'true',
      requestId: 'req-abc-12345',
    });
  });

  it('generates a request id when the incoming one is missing or malformed', async () => {
    const res = await createThing(
      post(URL_, JSON.stringify({ name: 'Ana', address: { cep: '01001000' } }), {
        'x-request-id': 'bad id\n',
      }),
      ctx({ id: ID }),
    );
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 400 bad_request for a body that is not JSON', async () => {
    const res = await createThing(post(URL_, '{"name": '), ctx({ id: ID }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: 'Request body must be valid JSON.' },
    });
  });

  it('answers 422 naming the invalid field of the body, params or query', async () => {
    const body = await createThing(
      post(URL_, JSON.stringify({ name: 'Ana', address: { cep: 'x' } })),
      ctx({ id: ID }),
    );
    expect(body.status).toBe(422);
    const json = (await body.json()) as {
      error: { code: string; message: string; fields: Record<string, string[]> };
    };
    expect(json.error.code).toBe('validation_failed');
    expect(json.error.message).toContain('address.cep');
    expect(Object.keys(json.error.fields)).toEqual(['address.cep']);

    const params = await createThing(
      post('http://loja.test/api/things/not-a-uuid', '{}'),
      ctx({ id: 'not-a-uuid' }),
    );
    expect(params.status).toBe(422);
    expect(((await params.json()) as { error: { message: string } }).error.message).toContain('id');

    const query = await createThing(
      post(`${URL_}?dryRun=maybe`, JSON.stringify({ name: 'Ana', address: { cep: '01001000' } })),
      ctx({ id: ID }),
    );
    expect(query.status).toBe(422);
    expect(((await query.json()) as { error: { message: string } }).error.message).toContain(
      'dryRun',
    );
  });

  it('runs the auth hook before parsing and maps its AppError', async () => {
    let called = false;
    const secured = apiHandler(
      {
        auth: async (req) => {
          if (req.headers.get('authorization') !== 'Bearer ok')
            throw new AppError('unauthorized', 'Sign in first.');
          return { userId: 'u1' };
        },
        body: z.object({ name: z.string() }),
      },
      ({ auth }) => {
        called = true;
        return { userId: auth.userId };
      },
    );
    const denied = await secured(post('http://loja.test/api/me', 'not json'));
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({
      error: { code: 'unauthorized', message: 'Sign in first.' },
    });
    expect(called).toBe(false);
    const allowed = await secured(
      post('http://loja.test/api/me', '{"name":"x"}', { authorization: 'Bearer ok' }),
    );
    expect(await allowed.json()).toEqual({ userId: 'u1' });
  });

  it('maps thrown AppErrors and hides unknown errors behind a generic 500', async () => {
    const conflict = apiHandler({ auth: 'public' }, () => {
      throw new AppError('conflict', 'Order already paid.');
    });
    const res = await conflict(new Request('http://loja.test/api/x'));
    expect(res.status).toBe(409);
    const crash = apiHandler({ auth: 'public' }, () => {
      throw new Error('secret internals: password=hunter2');
    });
    const crashed = await crash(new Request('http://loja.test/api/y'));
    expect(crashed.status).toBe(500);
    const text = await crashed.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Internal server error' },
    });
  });

  it('answers 404 feature_disabled for a flagged route when the flag is off', async () => {
    const flagged = apiHandler({ auth: 'public', feature: 'REAL_IOT' }, () => ({ ok: true }));
    const res = await flagged(new Request('http://loja.test/api/iot'));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('feature_disabled');
  });

  it('records the latency histogram by route pattern, method and status', async () => {
    await createThing(
      post(URL_, JSON.stringify({ name: 'Ana', address: { cep: '01001000' } })),
      ctx({ id: ID }),
    );
    const text = await getMetricsRegistry().metrics();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/api\/things\/\[id\]",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/api\/things\/\[id\]",status="422"\} [1-9]/,
    );
    expect(text).not.toContain(ID);
  });
});
