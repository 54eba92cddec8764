import type { Page } from '@playwright/test';
import { createTestProduct, type TestProduct } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const LOCALES = [
  { locale: 'pt-BR', intl: 'pt-BR', inStock: /em estoque/i, soldOut: /esgotado/i },
  { locale: 'en', intl: 'en-US', inStock: /in stock/i, soldOut: /sold out/i },
] as const;

const money = (cents: number, intl: string) =>
  new Intl.NumberFormat(intl, { style: 'currency', currency: 'BRL' }).format(cents / 100);
const normalise = (text: string) => text.replace(/\s/g, ' ');

async function chooseLocale(page: Page, locale: string) {
  await page.getByTestId('locale-switch').locator(`button[data-locale="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

async function selectedOptions(page: Page) {
  const chosen = page.locator('[data-testid="variant-option"][aria-checked="true"]');
  const entries = await chosen.evaluateAll((nodes) =>
    nodes.map((n) => [n.getAttribute('data-option')!, n.getAttribute('data-value')!]),
  );
  return Object.fromEntries(entries) as Record<string, string>;
}

function variantFor(product: TestProduct, options: Record<string, string>) {
  const variant = product.variants.find((v) =>
    Object.entries(v.options).every(([axis, value]) => options[axis] === value),
  );
  if (!variant) throw new Error(`no variant for ${JSON.stringify(options)}`);
  return variant;
}

for (const { locale, intl, inStock, soldOut } of LOCALES) {
  test.describe(`storefront in ${locale}`, () => {
    test('home → category → sort by price → product', async ({ page, visit }) => {
      await visit('/');
      if (locale !== 'pt-BR') await chooseLocale(page, locale);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('product-card').first()).toBeVisible();
      await expectAccessible(page);

      await page.getByTestId('category-card').first().getByRole('link').first().click();
      await expect(page).toHaveURL(/\/c\//);
      await expect(page.getByTestId('breadcrumbs')).toBeVisible();
      await expect(page.getByTestId('product-card').first()).toBeVisible();
      await expectAccessible(page);

      await page.getByTestId('sort-select').selectOption('price_asc');
      await expect(page).toHaveURL(/sort=price_asc/);
      const cents = await page
        .getByTestId('product-price')
        .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-cents'))));
      expect(cents.length).toBeGreaterThan(1);
      expect(cents).toEqual([...cents].sort((a, b) => a - b));

      const firstCard = page.getByTestId('product-card').first();
      const slug = await firstCard.getAttribute('data-slug');
      await firstCard.getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`/p/${slug}`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByTestId('product-price').first()).toBeVisible();
      await expectAccessible(page);
    });

    test('variant switch keeps the choice in the URL and updates price and stock', async ({
      page,
      visit,
    }) => {
      const product = await createTestProduct('Camiseta Jornada', {
        optionNames: ['Cor', 'Tamanho'],
        variants: [
          { options: { Cor: 'Azul', Tamanho: 'P' }, priceCents: 5_990, onHand: 10 },
          { options: { Cor: 'Azul', Tamanho: 'M' }, priceCents: 6_490, onHand: 10 },
          { options: { Cor: 'Verde', Tamanho: 'P' }, priceCents: 7_990, onHand: 0 },
          {
            options: { Cor: 'Verde', Tamanho: 'M' },
            priceCents: 8_490,
            compareAtCents: 9_990,
            onHand: 0,
          },
        ],
      });
      await visit(`/c/${product.categorySlug}`);
      if (locale !== 'pt-BR') await chooseLocale(page, locale);
      await page
        .getByTestId('product-card')
        .filter({ hasText: product.name })
        .getByRole('link')
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
      await expectAccessible(page);

      // Opens on an in-stock variant.
      const first = variantFor(product, await selectedOptions(page));
      expect(first.onHand).toBeGreaterThan(0);
      const price = page.getByTestId('product-info').getByTestId('product-price');
      await expect(price).toHaveAttribute('data-cents', String(first.priceCents));
      expect(normalise(await price.innerText())).toContain(
        normalise(money(first.priceCents, intl)),
      );
      await expect(page.getByTestId('stock-status')).toHaveText(inStock);

      const before = page.url();
      await page
        .locator('[data-testid="variant-option"][data-option="Tamanho"][data-value="M"]')
        .click();
      await expect(page).not.toHaveURL(before);
      await expect(page.locator('[data-option="Tamanho"][aria-checked="true"]')).toHaveAttribute(
        'data-value',
        'M',
      );
      const medium = variantFor(product, await selectedOptions(page));
      await expect(price).toHaveAttribute('data-cents', String(medium.priceCents));
      expect(medium.priceCents).not.toBe(first.priceCents);

      await page
        .locator('[data-testid="variant-option"][data-option="Cor"][data-value="Verde"]')
        .click();
      await expect(page.locator('[data-option="Cor"][aria-checked="true"]')).toHaveAttribute(
        'data-value',
        'Verde',
      );
      const green = variantFor(product, await selectedOptions(page));
      await expect(price).toHaveAttribute('data-cents', String(green.priceCents));
      expect(normalise(await price.innerText())).toContain(
        normalise(money(green.priceCents, intl)),
      );
      await expect(page.getByTestId('stock-status')).toHaveText(soldOut);
      await expectAccessible(page);

      // The selection survives a reload: it lives in the URL, not in client state.
      const url = page.url();
      await page.reload();
      expect(page.url()).toBe(url);
      expect(await selectedOptions(page)).toEqual(green.options);
    });
  });
}

test('an unknown product is a 404 page that still passes the accessibility check', async ({
  page,
}) => {
  const response = await page.goto('/p/produto-que-nao-existe');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
