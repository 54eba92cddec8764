import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { createTestProduct, withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

/** A 500 g item (store default) priced below the free-shipping threshold of the SP zone. */
async function product(name: string) {
  return createTestProduct(name, {
    optionNames: [],
    variants: [{ options: {}, priceCents: 12_990, onHand: 5 }],
  });
}

async function addToCart(page: Page, visit: (path: string) => Promise<void>, name: string) {
  const p = await product(name);
  await visit(`/p/${p.slug}`);
  await page.getByRole('button', { name: 'Adicionar ao carrinho' }).click();
  await expect(page.getByTestId('form-status')).toContainText('Adicionado');
  await visit('/checkout');
}

test.describe('shipping', () => {
  // Each journey makes several full page loads and axe passes; the shared CI box is slow.
  test.describe.configure({ timeout: 120_000 });
  test('the product page quotes shipping by CEP, without JavaScript too', async ({
    page,
    visit,
  }) => {
    const p = await product('Luminária Frete');
    await visit(`/p/${p.slug}`);
    await page.getByRole('textbox', { name: 'CEP' }).fill('01310-100');
    await page.getByRole('button', { name: 'Calcular' }).click();
    const options = page.getByTestId('shipping-options');
    await expect(options).toContainText('Entrega Loja');
    await expect(options).toContainText('R$ 9,90');
    await expect(options).toContainText('Retirada na Loja Paulista');
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'CEP' }).fill('20040-002');
    await page.getByRole('button', { name: 'Calcular' }).click();
    await expect(page.getByTestId('shipping-options')).toContainText('Expresso');

    await page.getByRole('textbox', { name: 'CEP' }).fill('00000-000');
    await page.getByRole('button', { name: 'Calcular' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Não encontramos este CEP' }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test.describe('no JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the quote form is a plain GET', async ({ page }) => {
      const p = await product('Vaso Sem JS');
      await page.goto(`/p/${p.slug}?cep=01310100`);
      await expect(page.getByTestId('shipping-options')).toContainText('Entrega Loja');
    });
  });

  test('checkout with own-fleet delivery charges the zone price', async ({ page, visit }) => {
    await addToCart(page, visit, 'Caneca Frota');
    await page.getByLabel('E-mail', { exact: true }).fill('frota@loja.test');
    await page.getByLabel('Destinatário', { exact: true }).fill('Maria Frota');
    await page.getByLabel('CEP', { exact: true }).fill('01310-100');
    const ownFleet = page.getByRole('radio', { name: /Entrega Loja/ });
    await expect(ownFleet).toBeChecked();
    await page.getByLabel('Rua', { exact: true }).fill('Avenida Paulista');
    await page.getByLabel('Número', { exact: true }).fill('1000');
    await page.getByLabel('Bairro', { exact: true }).fill('Bela Vista');
    await page.getByLabel('Cidade', { exact: true }).fill('São Paulo');
    await page.getByLabel('Estado', { exact: true }).selectOption('SP');
    await page.getByRole('radio', { name: 'Pix' }).check();
    await expect(page.getByTestId('checkout-total')).toHaveText('R$ 139,80'); // 129,90 + 9,90
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Fazer pedido' }).click();
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-shipping')).toContainText('Entrega da loja');
    await expect(page.getByTestId('order-shipping')).toContainText('Entrega Loja');
    await expect(page.getByText('R$ 139,80')).toBeVisible();
    await expectAccessible(page);
  });

  test('a free-shipping coupon waives the chosen option in the checkout total', async ({
    page,
    visit,
  }) => {
    const code = `FRETE${randomBytes(3).toString('hex').toUpperCase()}`;
    await withClient('main', (c) =>
      c.query(`insert into coupons (code, kind, value) values ($1, 'free_shipping', 0)`, [code]),
    );
    await addToCart(page, visit, 'Jarra Frete Grátis');
    await visit('/cart');
    await page.getByLabel('Cupom de desconto').fill(code);
    await page.getByRole('button', { name: 'Aplicar' }).click();
    await expect(page.getByTestId('cart-discount')).toBeVisible();
    await visit('/checkout');
    await expect(page.getByTestId('cart-discount')).toHaveText('Frete grátis');
    await page.getByLabel('E-mail', { exact: true }).fill('cupomfrete@loja.test');
    await page.getByLabel('Destinatário', { exact: true }).fill('Ana Frete');
    await page.getByLabel('CEP', { exact: true }).fill('01310-100');
    await expect(page.getByRole('radio', { name: /Entrega Loja/ })).toBeChecked();
    // The own-fleet option costs R$ 9,90 here; the coupon takes exactly that off.
    await expect(page.getByTestId('checkout-discount')).toHaveText('−R$ 9,90');
    await expect(page.getByTestId('checkout-total')).toHaveText('R$ 129,90');
    await page.getByRole('radio', { name: /Retirada na Loja Paulista/ }).check();
    await expect(page.getByTestId('checkout-discount')).toBeHidden();
    await expect(page.getByTestId('checkout-total')).toHaveText('R$ 129,90');
    await page.getByRole('radio', { name: /Entrega Loja/ }).check();
    await page.getByLabel('Rua', { exact: true }).fill('Avenida Paulista');
    await page.getByLabel('Número', { exact: true }).fill('1000');
    await page.getByLabel('Bairro', { exact: true }).fill('Bela Vista');
    await page.getByLabel('Cidade', { exact: true }).fill('São Paulo');
    await page.getByLabel('Estado', { exact: true }).selectOption('SP');
    await page.getByRole('radio', { name: 'Pix' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Fazer pedido' }).click();
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-shipping')).toContainText('Entrega Loja');
    await expect(page.getByText('R$ 129,90').first()).toBeVisible();
  });

  test('store pickup needs no address and is free', async ({ page, visit }) => {
    await addToCart(page, visit, 'Mochila Retirada');
    await page.getByLabel('E-mail', { exact: true }).fill('retira@loja.test');
    await page.getByLabel('Destinatário', { exact: true }).fill('João Retira');
    const pickup = page.getByRole('radio', { name: /Retirada na Loja Paulista/ });
    await pickup.check();
    await expect(page.getByLabel('Rua', { exact: true })).toBeHidden();
    await expect(page.getByTestId('checkout-total')).toHaveText('R$ 129,90');
    await page.getByRole('radio', { name: 'Pix' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Fazer pedido' }).click();
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-shipping')).toContainText('Retirada na loja');
    await expect(page.getByTestId('order-shipping')).toContainText('Av. Paulista, 1000');
    await expect(page.getByText('R$ 129,90').first()).toBeVisible();
    await expectAccessible(page);
  });
});
