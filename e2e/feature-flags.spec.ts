import { createTestProduct } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const flagsBase = `http://127.0.0.1:${process.env.E2E_FLAGS_PORT}`;

/** A product with two neighbours in its category, close in price: something to recommend. */
async function productWithNeighbours(server: string) {
  const one = (priceCents: number) => ({
    optionNames: [],
    server,
    variants: [{ options: {}, priceCents, onHand: 5 }],
  });
  const product = await createTestProduct('Luminária Flag', one(10_000));
  await createTestProduct('Abajur Vizinho', { ...one(10_500), categorySlug: product.categorySlug });
  await createTestProduct('Pendente Vizinho', {
    ...one(9_500),
    categorySlug: product.categorySlug,
  });
  return product;
}

test.describe('RECOMMENDATION_AI gates its UI and its API together', () => {
  test('off by default: the API answers 404 feature_disabled and the page has no section', async ({
    page,
    request,
  }) => {
    const product = await productWithNeighbours('main');
    const response = await request.get(`/api/recommendations/${product.slug}`);
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('feature_disabled');
    await page.goto(`/p/${product.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(product.name);
    await expect(page.getByTestId('recommendations')).toHaveCount(0);
  });

  test('on: the API answers with products and the page shows them', async ({ page, request }) => {
    const product = await productWithNeighbours('flags');
    const response = await request.get(`${flagsBase}/api/recommendations/${product.slug}`);
    expect(response.status()).toBe(200);
    const names = ((await response.json()).products as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Abajur Vizinho/),
        expect.stringMatching(/^Pendente Vizinho/),
      ]),
    );
    await page.goto(`${flagsBase}/p/${product.slug}`);
    await expect(page.getByTestId('recommendations')).toBeVisible();
    await expectAccessible(page);
  });
});
