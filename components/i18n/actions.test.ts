import { beforeEach, describe, expect, it, vi } from 'vitest';

const set = vi.fn();
vi.mock('next/headers', () => ({ cookies: async () => ({ set }) }));

const { setLocale } = await import('./actions');

function form(locale: string | null) {
  const data = new FormData();
  if (locale !== null) data.set('locale', locale);
  return data;
}

describe('setLocale', () => {
  beforeEach(() => set.mockClear());

  it('stores a supported locale in the NEXT_LOCALE cookie for a year', async () => {
    await setLocale(form('en'));
    expect(set).toHaveBeenCalledWith(
      'NEXT_LOCALE',
      'en',
      expect.objectContaining({ path: '/', maxAge: 31_536_000, sameSite: 'lax' }),
    );
  });

  it('ignores anything else', async () => {
    await setLocale(form('fr'));
    await setLocale(form('EN'));
    await setLocale(form(null));
    expect(set).not.toHaveBeenCalled();
  });
});
