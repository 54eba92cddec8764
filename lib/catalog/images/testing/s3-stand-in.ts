import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StoredObject = {
  body: Buffer;
  contentType: string | undefined;
  headers: IncomingMessage['headers'];
};

/** Decodes an `aws-chunked` body (hex size;chunk-signature CRLF data CRLF … 0 CRLF trailers). */
function decodeAwsChunked(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(raw.subarray(at, lineEnd).toString().split(';')[0]!, 16);
    if (!size) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * A local stand-in for the S3 REST calls Loja uses (path-style PutObject and GetObject), speaking
 * the documented wire format: SigV4 Authorization header required, XML error bodies with S3's
 * codes (AccessDenied, NoSuchKey, NoSuchBucket).
 */
export async function startS3StandIn(bucket: string, accessKeyId: string) {
  const objects = new Map<string, StoredObject>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://s3.local');
      const [, reqBucket, ...keyParts] = url.pathname.split('/');
      const key = decodeURIComponent(keyParts.join('/'));
      const error = (status: number, code: string) => {
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message><Key>${key}</Key></Error>`,
        );
      };
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('AWS4-HMAC-SHA256 ') || !auth.includes(`Credential=${accessKeyId}/`))
        return error(403, 'AccessDenied');
      if (reqBucket !== bucket) return error(404, 'NoSuchBucket');
      if (req.method === 'PUT') {
        const raw = Buffer.concat(chunks);
        const body = String(req.headers['content-encoding'] ?? '').includes('aws-chunked')
          ? decodeAwsChunked(raw)
          : raw;
        objects.set(key, { body, contentType: req.headers['content-type'], headers: req.headers });
        res.writeHead(200, { etag: '"stand-in"' });
        return res.end();
      }
      if (req.method === 'GET') {
        const object = objects.get(key);
        if (!object) return error(404, 'NoSuchKey');
        res.writeHead(200, {
          'content-type': object.contentType ?? 'application/octet-stream',
          'content-length': object.body.length,
        });
        return res.end(object.body);
      }
      return error(405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
