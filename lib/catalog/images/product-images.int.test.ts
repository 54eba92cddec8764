import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { AppError } from '@/lib/errors';
import { insertSearchFixtures } from '@/lib/search/testing/search-fixtures';
import { auditRows, createAdminActor } from '../admin/testing/admin-test-env';
import { createLocalImageStorage, createS3ImageStorage } from './image-storage';
import { serveUploadedImage } from './serve-uploaded-image';
import { MAX_IMAGE_BYTES } from './sniff-image';
import { startS3StandIn } from './testing/s3-stand-in';
import { deleteProductImage, uploadProductImage } from './upload-product-image';
import { testSetting } from '@/lib/env';

// A valid 1×1 PNG and a 2×3 GIF, byte for byte.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('R0lGODlhAgADAIAAAP///wAAACH5BAEAAAAALAAAAAACAAMAAAIChF8AOw==', 'base64');

let t: TestDatabase;
let actor: Actor;
let productId: string;
let root: string;
const cache = createTaggedCache(createMemoryCache());

beforeAll(async () => {
  t = await createTestDatabase();
  const ids = await insertSearchFixtures(t.db);
  productId = ids.get('cafe-especial-torrado')!;
  actor = await createAdminActor(t.db);
  root = await mkdtemp(path.join(tmpdir(), 'loja-uploads-'));
});
afterAll(async () => {
  await t.drop();
  await rm(root, { recursive: true, force: true });
});

describe('product images (local storage)', () => {
  it('stores a sniffed PNG by content hash, records its size, serves it, and audits add/remove', async () => {
    const storage = createLocalImageStorage(root);
    const ctx = { actor, db: t.db, cache, storage };
    const image = await uploadProductImage(productId, { bytes: PNG, alt: 'Pacote de café' }, ctx);
    expect(image).toMatchObject({ width: 1, height: 1, alt: 'Pacote de café' });
    expect(image.url).toMatch(/^\/img\/uploads\/products\/[a-f0-9]{32}\.png$/);
    const served = await serveUploadedImage(image.url.replace('/img/uploads/', ''), storage);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    expect((await serveUploadedImage('products/../../etc/passwd', storage)).status).toBe(404);
    expect(await auditRows(t.db, 'product.image_add', productId)).toHaveLength(1);
    await deleteProductImage(productId, image.id, ctx);
    expect(await auditRows(t.db, 'product.image_remove', productId)).toHaveLength(1);
  });

  it.each([
    [
      'an SVG (script-capable)',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image_unsupported_type',
    ],
    ['HTML renamed .png', Buffer.from('<html><body>hi</body></html>'), 'image_unsupported_type'],
    ['a truncated PNG', PNG.subarray(0, 20), 'image_corrupt'],
    ['an empty file', Buffer.alloc(0), 'image_empty'],
    ['a file over 5 MB', Buffer.concat([Buffer.alloc(MAX_IMAGE_BYTES), PNG]), 'image_too_large'],
  ])('rejects %s with a field error and stores nothing', async (_, bytes, code) => {
    const storage = createLocalImageStorage(root);
    const error = await uploadProductImage(
      productId,
      { bytes, alt: 'x y' },
      { actor, db: t.db, cache, storage },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({ field: 'image', code });
    const { rows } = await t.db.execute(
      sql`select 1 from product_images where product_id = ${productId}`,
    );
    expect(rows).toHaveLength(0);
  });
});

describe('product images (S3 contract, local stand-in)', () => {
  it('PutObject sends the bytes, content type and SigV4 credentials; GetObject reads them back', async () => {
    const s3 = await startS3StandIn('loja-test', 'AKIDLOJATEST');
    try {
      const storage = createS3ImageStorage({
        bucket: 'loja-test',
        region: 'sa-east-1',
        endpoint: s3.endpoint,
        accessKeyId: 'AKIDLOJATEST',
        secretAccessKey: 'stand-in-secret',
        forcePathStyle: true,
      });
      const image = await uploadProductImage(
        productId,
        { bytes: GIF, alt: 'Grãos' },
        { actor, db: t.db, cache, storage },
      );
      expect(image).toMatchObject({ width: 2, height: 3 });
      const key = image.url.replace('/img/uploads/', '');
      const stored = s3.objects.get(key)!;
      expect(stored.body).toEqual(GIF);
      expect(stored.contentType).toBe('image/gif');
      expect(stored.headers.authorization).toContain('Credential=AKIDLOJATEST/');
      expect(stored.headers.authorization).toContain('/sa-east-1/s3/aws4_request');
      const served = await serveUploadedImage(key, storage);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(GIF);
      expect(
        (await serveUploadedImage('products/00000000000000000000000000000000.png', storage)).status,
      ).toBe(404);
    } finally {
      await s3.close();
    }
  });
});

const bucket = testSetting('TEST_S3_BUCKET');
if (!bucket)
  console.warn(
    'Skipping the live S3 test: set TEST_S3_BUCKET (and TEST_S3_* credentials) to run it.',
  );
describe.skipIf(!bucket)('product images (live S3)', () => {
  it('round-trips an object through the configured bucket', async () => {
    const endpoint = testSetting('TEST_S3_ENDPOINT');
    const storage = createS3ImageStorage({
      bucket: bucket!,
      region: testSetting('TEST_S3_REGION') ?? 'us-east-1',
      endpoint,
      accessKeyId: testSetting('TEST_S3_ACCESS_KEY_ID'),
      secretAccessKey: testSetting('TEST_S3_SECRET_ACCESS_KEY'),
      forcePathStyle: Boolean(endpoint),
    });
    const key = 'products/0123456789abcdef0123456789abcdef.png';
    await storage.put(key, PNG, 'image/png');
    expect(Buffer.from((await storage.get(key))!)).toEqual(PNG);
  });
});
