import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createTestProduct, withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

async function createCoupon(code: string) {
  await withClient('main', (c) =>
    c.query(
      `insert into coupons (code, kind, value, usage_limit) values ($1, 'percentage', 10, 1)`,
      [code],
    ),
  );
}

async function cartWithCoupon(
  page: Page,
  visit: (path: string) => Promise<void>,
  slug: string,
  code: string,
) {
  await visit(`/p/${slug}`);
  await page.getByRole('button', { name: 'Adicionar ao carrinho' }).click();
  await expect(page.getByTestId('form-status')).toContainText('Adicionado');
  await visit('/cart');
  await page.getByLabel('Cupom de desconto').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Aplicar' }).click();
  await expect(page.getByTestId('cart-discount')).toHaveText('−R$ 10,00');
  await expectAccessible(page);
}

async function checkoutWithCard(page: Page, email: string) {
  await page.getByRole('link', { name: 'Ir para o pagamento' }).click();
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Destinatário', { exact: true }).fill('Cliente Cupom');
  await page.getByLabel('CEP', { exact: true }).fill('01310-100');
  await page.getByLabel('Rua', { exact: true }).fill('Avenida Paulista');
  await page.getByLabel('Número', { exact: true }).fill('1000');
  await page.getByLabel('Bairro', { exact: true }).fill('Bela Vista');
  await page.getByLabel('Cidade', { exact: true }).fill('São Paulo');
  await page.getByLabel('Estado', { exact: true }).selectOption('SP');
  await expect(page.getByRole('radio', { name: /Entrega Loja/ })).toBeChecked();
  await page.getByLabel('Número do cartão').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Fazer pedido' }).click();
}

test.describe('coupons', () => {
  test('a coupon is applied to the cart and the order; its last use goes to one shopper only', async ({
    page,
    visit,
    browser,
    baseURL,
  }) => {
    // Two shoppers' carts and two checkouts: like the other checkout journeys, not 30 s on a loaded box.
    test.setTimeout(120_000);
    const code = `E2E${randomBytes(3).toString('hex').toUpperCase()}`;
    await createCoupon(code);
    const product = await createTestProduct('Cupom Vaso', {
      optionNames: [],
      variants: [{ options: {}, priceCents: 100_00, onHand: 10 }],
    });

    // A second shopper applies the same code first (a cart reserves no use).
    // axe needs a page from a context made by newContext(), not browser.newPage().
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await cartWithCoupon(
      other,
      async (path) => {
        await other.goto(new URL(path, baseURL).toString());
      },
      product.slug,
      code,
    );

    await cartWithCoupon(page, visit, product.slug, code);
    await checkoutWithCard(page, 'primeiro@loja.test');
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'paid');
    const discount = await withClient('main', async (c) => {
      const r = await c.query<{ discount_cents: number; used_count: number }>(
        `select o.discount_cents, c.used_count from orders o
           join coupon_redemptions r on r.order_id = o.id join coupons c on c.id = r.coupon_id
          where c.code = $1`,
        [code],
      );
      return r.rows[0];
    });
    expect(discount).toEqual({ discount_cents: 10_00, used_count: 1 });

    // The limit was 1: the other shopper's order is refused with the reason, nothing is placed.
    await checkoutWithCard(other, 'segundo@loja.test');
    await expect(other.getByTestId('form-status')).toContainText('atingiu o limite de usos');
    await expect(other).toHaveURL(/\/checkout/);
    await otherContext.close();
  });
});
