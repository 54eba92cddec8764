/** A signature PNG is ~20 KB; a phone photo should be downscaled by the app before upload. */
export const MAX_PROOF_BYTES = 2 * 1024 * 1024;

type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

/** The type from the file's magic bytes: what the client claims is not trusted. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return 'image/png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** `data:image/png;base64,…` (what a canvas gives) → bytes; null when it is not a data URL. */
export function decodeDataUrl(value: string): Buffer | null {
  const match = /^data:image\/[a-z+]+;base64,([A-Za-z0-9+/=]+)$/.exec(value);
  return match?.[1] ? Buffer.from(match[1], 'base64') : null;
}
