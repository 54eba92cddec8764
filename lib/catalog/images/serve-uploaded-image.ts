import 'server-only';
import { getImageStorage, UPLOAD_KEY, type ImageStorage } from './image-storage';
import { IMAGE_TYPES, sniffImageType } from './sniff-image';

/**
 * Serves an uploaded product image from local or S3 storage. Keys are content hashes, so a
 * response never changes; the type is sniffed again so storage can never make us serve HTML.
 */
export async function serveUploadedImage(
  key: string,
  storage: ImageStorage = getImageStorage(),
): Promise<Response> {
  const bytes = UPLOAD_KEY.test(key) ? await storage.get(key) : null;
  const type = bytes ? sniffImageType(bytes) : null;
  if (!bytes || !type)
    return new Response('Not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': IMAGE_TYPES[type].mime,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
