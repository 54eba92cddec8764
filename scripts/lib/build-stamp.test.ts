import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildCurrent, sourceHash, writeBuildStamp } from './build-stamp';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'loja-stamp-'));
  await mkdir(path.join(root, 'app'), { recursive: true });
  await mkdir(path.join(root, '.next'), { recursive: true });
  await writeFile(
    path.join(root, 'app/page.tsx'),
    'export default function Page() { return null; }',
  );
  await writeFile(path.join(root, 'package-lock.json'), '{}');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('build stamp', () => {
  it('is not current without a build, and is once the stamp matches the sources', async () => {
    expect(isBuildCurrent(root)).toBe(false);
    await writeFile(path.join(root, '.next/BUILD_ID'), 'abc');
    expect(isBuildCurrent(root)).toBe(false);
    writeBuildStamp(root);
    expect(isBuildCurrent(root)).toBe(true);
  });

  it('goes stale when a source or the lock file changes, not when a test does', async () => {
    await writeFile(path.join(root, '.next/BUILD_ID'), 'abc');
    writeBuildStamp(root);
    const before = sourceHash(root);
    await writeFile(path.join(root, 'app/page.test.ts'), 'test');
    expect(sourceHash(root)).toBe(before);
    await writeFile(
      path.join(root, 'app/page.tsx'),
      'export default function Page() { return 1; }',
    );
    expect(isBuildCurrent(root)).toBe(false);
    writeBuildStamp(root);
    await writeFile(path.join(root, 'package-lock.json'), '{"changed":true}');
    expect(isBuildCurrent(root)).toBe(false);
  });
});
