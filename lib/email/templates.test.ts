import { describe, expect, it } from 'vitest';
import { renderEmail } from './templates';

describe('account e-mails', () => {
  it('renders the link and the name in both languages, escaping HTML', () => {
    const pt = renderEmail('password_reset', 'pt-BR', {
      name: '<Ana>',
      link: 'http://x/reset?token=a&b',
    });
    expect(pt.subject).toBe('Redefina sua senha da Loja');
    expect(pt.text).toContain('Olá, <Ana>.');
    expect(pt.text).toContain('http://x/reset?token=a&b');
    expect(pt.html).toContain('&#60;Ana&#62;');
    expect(pt.html).toContain('href="http://x/reset?token=a&#38;b"');
    const en = renderEmail('verify_email', 'en', { name: 'Ana', link: 'http://x' });
    expect(en.subject).toBe('Confirm your e-mail at Loja');
  });
});
