import { describe, expect, it } from 'vitest';
import { GET } from './route';

const call = (path: string[], query = '') =>
  GET(new Request(`http://localhost/img/${path.join('/')}${query}`), {
    params: Promise.resolve({ path }),
  });

describe('GET /img/...', () => {
  it('serves an immutable SVG', async () => {
    const response = await call(['product', 'vestido-midi-floral', '0.svg'], '?c=2563eb');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await response.text();
    expect(body).toContain('<svg');
    expect(
      await (await call(['product', 'vestido-midi-floral', '0.svg'], '?c=2563eb')).text(),
    ).toBe(body);
  });

  it('answers 404 for malformed paths or colours', async () => {
    expect((await call(['product', 'x', '0.svg'], '?c=nothex')).status).toBe(404);
    expect((await call(['nothing'])).status).toBe(404);
  });
});
