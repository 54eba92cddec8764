import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps local paths and refuses anything that leaves the site', () => {
    expect(safeNextPath('/account/addresses?x=1')).toBe('/account/addresses?x=1');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'account',
      null,
    ]) {
      expect(safeNextPath(bad)).toBe('/account');
    }
  });
});
