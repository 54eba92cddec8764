import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { CheckoutForm } from './checkout-form';
import { VindiCardField, VindiCardInputs } from './vindi-card-field';

const render = (node: ReactNode, locale: Locale = 'pt-BR') =>
  renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={MESSAGES[locale]}
      timeZone="America/Sao_Paulo"
    >
      {node}
    </NextIntlClientProvider>,
  );
const controls = (html: string) =>
  [...html.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)].map((m) => m[0]);
const nameOf = (tag: string) => /\sname="([^"]*)"/.exec(tag)?.[1] ?? null;
const vindi = { apiUrl: 'https://sandbox-app.vindi.com.br/api/v1', publicKey: 'pub' };

describe('VindiCardField: card data never goes to Loja', () => {
  it('renders the four card inputs without a name, so no form submit can carry them', () => {
    const inputs = controls(render(<VindiCardField {...vindi} />));
    expect(inputs).toHaveLength(4);
    for (const input of inputs) expect(nameOf(input)).toBeNull();
    expect(inputs.map((i) => /autocomplete="([^"]+)"/i.exec(i)?.[1])).toEqual([
      'cc-name',
      'cc-number',
      'cc-exp',
      'cc-csc',
    ]);
  });

  it('in the checkout form, the only named fields are Loja’s own; none is card data', () => {
    const html = render(
      <CheckoutForm guest initial={{}} installmentPlans={[]} vindi={vindi} stripe={null} />,
    );
    expect(html).toContain('id="vindi-number"');
    const names = controls(html).map(nameOf);
    expect(names.filter((n) => n !== null && /card|cvv|cvc|expir|holder|^cc/i.test(n))).toEqual([]);
    for (const tag of controls(html).filter((c) => /id="vindi-/.test(c)))
      expect(nameOf(tag)).toBeNull();
    // Vindi replaces the sandbox's demo card field and notice.
    expect(html).not.toContain('id="card-number"');
  });

  it.each(['pt-BR', 'en'] as const)(
    'shows Vindi’s field errors inline, tied to the input (%s)',
    (locale) => {
      const html = render(<VindiCardInputs errors={{ number: true, expiry: true }} />, locale);
      const t = (MESSAGES[locale].vindiCard as { error: Record<string, string> }).error;
      expect(html).toContain(t.number);
      expect(html).toContain(t.expiry);
      expect(html).not.toContain(t.cvv);
      const number = controls(html).find((c) => c.includes('id="vindi-number"'))!;
      expect(number).toContain('aria-invalid="true"');
      expect(number).toContain('aria-describedby="vindi-number-error"');
      expect(html).toContain('id="vindi-number-error"');
    },
  );

  it('a refused card or an unreachable Vindi is one alert for the whole card', () => {
    expect(render(<VindiCardInputs errors={{ card: true }} />)).toContain(
      'A Vindi não aceitou este cartão',
    );
    expect(render(<VindiCardInputs errors={{ unavailable: true }} />, 'en')).toContain(
      'could not reach the payment provider',
    );
  });
});
