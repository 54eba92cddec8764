import type { Page } from '@playwright/test';
import { createTestProduct } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const LOCALES = [
  { locale: 'pt-BR', corrected: /mostrando resultados para/i, didYouMean: /você quis dizer/i },
  { locale: 'en', corrected: /showing results for/i, didYouMean: /did you mean/i },
] as const;

async function chooseLocale(page: Page, locale: string) {
  await page.getByTestId('locale-switch').locator(`button[data-locale="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

// Names with words of their own, so each test finds exactly the products it created.
function uniqueWord() {
  const letters = 'bcdfghjklmnpqrstvz';
  return Array.from({ length: 7 }, (_, i) =>
    i % 2
      ? 'aeiou'[Math.floor(Math.random() * 5)]
      : letters[Math.floor(Math.random() * letters.length)],
  ).join('');
}

for (const { locale, corrected, didYouMean } of LOCALES) {
  test.describe(`search in ${locale}`, () => {
    test('header autocomplete is keyboard navigable and opens a product', async ({
      page,
      visit,
    }) => {
      const word = uniqueWord();
      const product = await createTestProduct(`Luminária Ñandú ${word}`, {
        optionNames: ['Cor'],
        variants: [{ options: { Cor: 'Preto' }, priceCents: 12_990, onHand: 4 }],
      });
      await visit('/');
      if (locale !== 'pt-BR') await chooseLocale(page, locale);
      const input = page.getByTestId('search-input');
      await input.fill(word.slice(0, 5));
      const option = page.getByRole('option', {
        name: new RegExp(product.name.split(' ').at(-2)!, 'i'),
      });
      await expect(option).toBeVisible();
      await expect(input).toHaveAttribute('aria-expanded', 'true');
      await expectAccessible(page);

      // Arrow down until the product is active, then Enter opens it.
      const options = page.getByRole('option');
      const index = (await options.allInnerTexts()).findIndex((t) => t.includes(word));
      for (let i = 0; i <= index; i++) await input.press('ArrowDown');
      await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
      await expect(input).toHaveAttribute(
        'aria-activedescendant',
        (await options.nth(index).getAttribute('id'))!,
      );
      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/p/${product.slug}`));
      await expectAccessible(page);

      // Escape closes the list.
      await input.fill(word.slice(0, 4));
      await expect(page.getByRole('listbox')).toBeVisible();
      await input.press('Escape');
      await expect(page.getByRole('listbox')).toBeHidden();
    });

    test('results: accents, typos, facets, sort, back button', async ({ page, visit }) => {
      const word = uniqueWord();
      const categorySlug = `e2e-busca-${word}`;
      await createTestProduct(`Cafeteira Élégante ${word}`, {
        optionNames: ['Voltagem'],
        categorySlug,
        variants: [{ options: { Voltagem: '110 V' }, priceCents: 19_990, onHand: 3 }],
      });
      await createTestProduct(`Cafeteira Élégante ${word}`, {
        optionNames: ['Voltagem'],
        categorySlug,
        variants: [{ options: { Voltagem: '220 V' }, priceCents: 8_990, onHand: 0 }],
      });
      await visit('/');
      if (locale !== 'pt-BR') await chooseLocale(page, locale);

      // Accent-insensitive: "elegante" finds "Élégante"; the form submits to /search.
      await page.getByTestId('search-input').fill(`elegante ${word}`);
      await page.getByTestId('search-input').press('Enter');
      await expect(page).toHaveURL(/\/search\?q=/);
      await expect(page.getByTestId('product-card')).toHaveCount(2);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await expect(page.getByTestId('search-results').locator('mark').first()).toBeVisible();
      await expectAccessible(page);

      // A facet narrows, keeps the query, and Back undoes it.
      const unfiltered = page.url();
      await page.getByRole('checkbox', { name: /220 V/ }).check();
      await expect(page).toHaveURL(/opt=Voltagem%3A220\+V/);
      await expect(page.getByTestId('product-card')).toHaveCount(1);
      await expectAccessible(page);
      await page.goBack();
      await expect(page).toHaveURL(unfiltered);
      await expect(page.getByTestId('product-card')).toHaveCount(2);

      await page.getByTestId('sort-select').selectOption('price_asc');
      await expect(page).toHaveURL(/sort=price_asc/);
      const cents = await page
        .getByTestId('product-price')
        .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-cents'))));
      expect(cents).toEqual([8_990, 19_990]);

      // A typo in the product's own word is corrected and said so.
      const typo = `${word.slice(0, 3)}${word[3] === 'x' ? 'y' : 'x'}${word.slice(4)}`;
      await visit(`/search?q=cafeteira+${typo}`);
      await expect(page.getByTestId('corrected-query')).toHaveText(corrected);
      await expect(page.getByTestId('product-card')).toHaveCount(2);
    });

    test('no results offers a did-you-mean and featured products', async ({ page, visit }) => {
      await visit('/');
      if (locale !== 'pt-BR') await chooseLocale(page, locale);
      await visit(`/search?q=camiseta+qwzxy${uniqueWord()}`);
      await expect(page.getByTestId('search-empty')).toBeVisible();
      await expect(page.getByTestId('did-you-mean')).toHaveText(didYouMean);
      await expect(page.getByTestId('product-card').first()).toBeVisible();
      await page.getByTestId('did-you-mean').getByRole('link').click();
      await expect(page).toHaveURL(/q=camiseta$/);
      await expect(page.getByTestId('product-card').first()).toBeVisible();
    });
  });
}

test('SEO: product JSON-LD, sitemap index and shards, robots.txt', async ({
  page,
  request,
  visit,
}) => {
  const product = await createTestProduct('Garrafa Térmica SEO', {
    optionNames: ['Cor'],
    variants: [{ options: { Cor: 'Azul' }, priceCents: 7_990, onHand: 0 }],
  });
  await visit(`/p/${product.slug}`);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  );
  expect(jsonLd).toMatchObject({ '@type': 'Product', name: product.name });
  expect(jsonLd.offers[0]).toMatchObject({
    price: '79.90',
    priceCurrency: 'BRL',
    availability: 'https://schema.org/OutOfStock',
  });

  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('/sitemaps/categories.xml');
  expect(index).toContain('/sitemaps/products-0.xml');
  const shard = await request.get('/sitemaps/products-0.xml');
  expect(shard.headers()['content-type']).toContain('application/xml');
  expect(await shard.text()).toContain(`/p/${product.slug}</loc>`);
  expect((await request.get('/sitemaps/nope.xml')).status()).toBe(404);
});
