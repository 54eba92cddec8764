/** What the browser needs to subscribe; never a secret. Safe to import from client components. */
export type ClientTransport =
  { kind: 'sse' } | { kind: 'pusher'; key: string; cluster: string; host?: string; port?: number };
