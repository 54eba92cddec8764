import 'server-only';
import type { z } from 'zod';
import { AppError, toErrorResponse } from '@/lib/errors';
import { requireFeature, type FeatureName } from '@/lib/features';
import { getLogger, type Logger } from '@/lib/log';
import { observeHttpRequest } from '@/lib/metrics';
import { REQUEST_ID_HEADER, resolveRequestId } from './request-id';
import { toRoutePattern } from './route-pattern';

type Schema = z.ZodType | undefined;
type Infer<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

/** Resolves who is calling (session, API token…); throws AppError unauthorized/forbidden. */
export type AuthHook<A> = (req: Request) => Promise<A>;

export type ApiOptions<P extends Schema, Q extends Schema, B extends Schema, A> = {
  /** Required on purpose: every route states who may call it. */
  auth: 'public' | AuthHook<A>;
  /** A flagged capability answers 404 feature_disabled before anything else when off. */
  feature?: FeatureName;
  params?: P;
  query?: Q;
  body?: B;
  /** Route pattern for metrics; derived from the path and params when omitted. */
  route?: string;
};

export type ApiContext<P extends Schema, Q extends Schema, B extends Schema, A> = {
  req: Request;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  auth: A;
  log: Logger;
  requestId: string;
};

type RawParams = Record<string, string | string[] | undefined>;
export type RouteContext = { params?: Promise<RawParams> };

function readQuery(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return query;
}

async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch (cause) {
    throw new AppError('bad_request', 'Request body must be valid JSON.', { cause });
  }
}

const parse = <S extends Schema>(schema: S | undefined, value: unknown) =>
  (schema ? schema.parse(value) : undefined) as Infer<S>;

/** The one wrapper every route handler goes through: auth, parsing, errors, logs, metrics. */
export function apiHandler<
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
  A = null,
>(
  options: ApiOptions<P, Q, B, A>,
  handler: (context: ApiContext<P, Q, B, A>) => Promise<Response | object> | Response | object,
) {
  return async function handle(req: Request, routeContext?: RouteContext): Promise<Response> {
    const started = performance.now();
    const url = new URL(req.url);
    const rawParams = (await routeContext?.params) ?? {};
    const route = options.route ?? toRoutePattern(url.pathname, rawParams);
    const requestId = resolveRequestId(req.headers.get(REQUEST_ID_HEADER));
    const log = getLogger().child({ requestId, method: req.method, route });
    let response: Response;
    try {
      if (options.feature) requireFeature(options.feature);
      const auth = (options.auth === 'public' ? null : await options.auth(req)) as A;
      const params = parse<P>(options.params, rawParams);
      const query = parse<Q>(options.query, readQuery(url));
      const body = parse<B>(options.body, options.body ? await readJson(req) : undefined);
      const result = await handler({ req, params, query, body, auth, log, requestId });
      response = result instanceof Response ? result : Response.json(result);
    } catch (error) {
      response = toErrorResponse(error, log);
    }
    try {
      response.headers.set(REQUEST_ID_HEADER, requestId);
    } catch {
      // Some responses (e.g. Response.redirect) have immutable headers; the id is in the log.
    }
    const seconds = (performance.now() - started) / 1000;
    observeHttpRequest({ method: req.method, route, status: response.status }, seconds);
    log.info(
      { status: response.status, durationMs: Math.round(seconds * 1000) },
      'request completed',
    );
    return response;
  };
}
