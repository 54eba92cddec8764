import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type StandInMode = 'ok' | 'error' | 'hang' | 'impostor';
export type SeenRequest = { method: string; url: string; headers: http.IncomingHttpHeaders };
export type Reply = { status: number; headers: Record<string, string>; body?: string };

/**
 * A local HTTP server that answers like a real service (per `reply`), or fails on demand, so
 * contract tests exercise the real client over a real socket.
 */
export async function startStandIn(reply: (req: SeenRequest, mode: StandInMode) => Reply) {
  const seen: SeenRequest[] = [];
  const state = { mode: 'ok' as StandInMode };
  const server = http.createServer((req, res) => {
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    seen.push(request);
    if (state.mode === 'hang') return;
    const { status, headers, body } =
      state.mode === 'error'
        ? { status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":"boom"}' }
        : reply(request, state.mode);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    setMode: (mode: StandInMode) => {
      state.mode = mode;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL where nothing listens: a port we bound and released. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
