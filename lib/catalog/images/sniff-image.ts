import { imageSize } from 'image-size';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_SIDE = 8_000;

export const IMAGE_TYPES = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
} as const;
export type ImageType = keyof typeof IMAGE_TYPES;

export type SniffedImage = { type: ImageType; width: number; height: number };
export type ImageRejection =
  'empty' | 'too_large' | 'unsupported_type' | 'corrupt' | 'too_many_pixels';

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);

/** The type from the file's own magic bytes: the browser's name and Content-Type are not trusted. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  return null;
}

/** Whether the file ends where its format says it ends (truncated uploads are refused). */
function isComplete(type: ImageType, bytes: Uint8Array): boolean {
  const n = bytes.byteLength;
  if (type === 'png')
    return startsWith(bytes, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], n - 8);
  if (type === 'jpeg') return bytes[n - 2] === 0xff && bytes[n - 1] === 0xd9;
  if (type === 'gif') return bytes[n - 1] === 0x3b;
  const riffSize = new DataView(bytes.buffer, bytes.byteOffset, n).getUint32(4, true);
  return riffSize + 8 === n;
}

/**
 * Accepts JPEG, PNG, WebP and GIF up to 5 MB and 8,000 px a side, identified by content. SVG is
 * refused on purpose: it can carry script.
 */
export function inspectImage(bytes: Uint8Array): SniffedImage | { rejected: ImageRejection } {
  if (bytes.byteLength === 0) return { rejected: 'empty' };
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { rejected: 'too_large' };
  const type = sniffImageType(bytes);
  if (!type) return { rejected: 'unsupported_type' };
  if (bytes.byteLength < 24 || !isComplete(type, bytes)) return { rejected: 'corrupt' };
  try {
    const size = imageSize(bytes);
    if (!size.width || !size.height) return { rejected: 'corrupt' };
    if (size.width > MAX_SIDE || size.height > MAX_SIDE) return { rejected: 'too_many_pixels' };
    return { type, width: size.width, height: size.height };
  } catch {
    return { rejected: 'corrupt' };
  }
}
