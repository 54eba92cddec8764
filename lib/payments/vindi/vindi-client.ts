import { AppError } from '@/lib/errors';

export type VindiClient = {
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
};

export class VindiApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: { id?: string; parameter?: string; message?: string }[],
  ) {
    super(`Vindi answered ${status}: ${errors.map((e) => e.id ?? e.message).join(', ')}`);
    this.name = 'VindiApiError';
  }
}

/**
 * Vindi REST API v1: JSON over HTTPS, authenticated by HTTP Basic with the private API key as the
 * user name and an empty password. The key never leaves this module (not logged, not in errors).
 */
export function createVindiClient(options: {
  apiUrl: string;
  apiToken: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}): VindiClient {
  const base = options.apiUrl.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${options.apiToken}:`).toString('base64')}`;
  const doFetch = options.fetch ?? fetch;
  return {
    async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      let res: Response;
      try {
        res = await doFetch(`${base}${path}`, {
          method,
          headers: {
            authorization,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (error) {
        throw new AppError('service_unavailable', 'The payment gateway is unreachable.', {
          cause: error,
        });
      }
      const json = (await res.json().catch(() => ({}))) as { errors?: VindiApiError['errors'] };
      if (!res.ok) throw new VindiApiError(res.status, json.errors ?? []);
      return json as T;
    },
  };
}
