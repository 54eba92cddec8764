import 'server-only';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getEnv } from '@/lib/env';

/** Where uploaded product images live. Keys look like `products/<hash>.<ext>`. */
export type ImageStorage = {
  name: 'local' | 's3';
  put: (key: string, body: Uint8Array, contentType: string) => Promise<void>;
  /** The stored bytes, or null when the key does not exist. */
  get: (key: string) => Promise<Uint8Array | null>;
};

export const UPLOAD_KEY = /^products\/[a-f0-9]{32}\.(jpg|png|webp|gif)$/;

/** Public URL of a stored image: always through /img/uploads, so the CSP keeps img-src 'self'. */
export function uploadUrl(key: string) {
  return `/img/uploads/${key}`;
}

export function createLocalImageStorage(root: string): ImageStorage {
  const file = (key: string) => {
    if (!UPLOAD_KEY.test(key)) throw new Error(`bad upload key ${key}`);
    return path.join(root, key);
  };
  return {
    name: 'local',
    async put(key, body) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, body);
      await rename(temp, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}

export type S3Config = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
};

/** S3 or any S3-compatible service, through the official AWS SDK. */
export function createS3ImageStorage(config: S3Config): ImageStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
  });
  return {
    name: 's3',
    async put(key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket: config.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          CacheControl: 'public, max-age=31536000, immutable',
        }),
      );
    },
    async get(key) {
      try {
        const result = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        return result.Body ? await result.Body.transformToByteArray() : null;
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
  };
}

const globalForImages = globalThis as unknown as { lojaImageStorage?: ImageStorage };

/** S3 when S3_BUCKET is set, else files under $LOJA_DATA_DIR/uploads. */
export function getImageStorage(): ImageStorage {
  if (!globalForImages.lojaImageStorage) {
    const env = getEnv();
    globalForImages.lojaImageStorage = env.S3_BUCKET
      ? createS3ImageStorage({
          bucket: env.S3_BUCKET,
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        })
      : createLocalImageStorage(path.resolve(env.LOJA_DATA_DIR, 'uploads'));
  }
  return globalForImages.lojaImageStorage;
}
