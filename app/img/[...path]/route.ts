import { serveUploadedImage } from '@/lib/catalog/images/serve-uploaded-image';
import { parsePlaceholderPath, renderPlaceholderSvg } from '@/lib/catalog/placeholder-image';

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  // Admin uploads (local files or S3) share this route, so img-src stays 'self'.
  if (path[0] === 'uploads') return serveUploadedImage(path.slice(1).join('/'));
  const spec = parsePlaceholderPath(path, new URL(request.url).searchParams.get('c'));
  if (!spec)
    return new Response('Not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  return new Response(renderPlaceholderSvg(spec), {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      // The URL fully determines the picture, so it never changes.
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
    },
  });
}
