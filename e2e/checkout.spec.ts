import type { Page } from '@playwright/test';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';
import { addToCart, fillAddress } from './support/shop';

async function fillCheckout(page: Page, method: 'card' | 'pix', card?: string) {
  await fillAddress(page, 'convidado@loja.test');
  if (method === 'pix') await page.getByRole('radio', { name: 'Pix' }).check();
  if (card) await page.getByLabel('Número do cartão').fill(card);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Fazer pedido' }).click();
}

test.describe('checkout', () => {
  test('a guest buys with the sandbox card and sees the paid order', async ({ page, visit }) => {
    const product = await addToCart(page, visit, 'Caneca Checkout');
    await visit('/cart');
    await page.getByRole('link', { name: 'Ir para o pagamento' }).click();
    await expect(page.getByRole('heading', { name: 'Finalizar compra' })).toBeVisible();
    await fillCheckout(page, 'card', '4242 4242 4242 4242');
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'paid');
    await expectAccessible(page);
    await expect(page.getByTestId('cart-link')).toContainText('(0)');
    const onHand = await withClient('main', async (c) => {
      const r = await c.query<{ on_hand: number }>(
        `select on_hand from inventory_levels l join variants v on v.id = l.variant_id where v.sku = $1`,
        [product.variants[0]!.sku],
      );
      return r.rows[0]!.on_hand;
    });
    expect(onHand).toBe(4);
  });

  test('Pix flips to paid when the simulator confirms', async ({ page, visit }) => {
    await addToCart(page, visit, 'Garrafa Pix');
    await visit('/checkout');
    await fillCheckout(page, 'pix');
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-status')).toHaveAttribute(
      'data-status',
      'pending_payment',
    );
    await expect(page.getByLabel('Código Pix copia e cola')).not.toBeEmpty();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simular pagamento Pix (demonstração)' }).click();
    await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'paid', {
      timeout: 15_000,
    });
  });

  test('a 3-D Secure card waits for the (demo) challenge, then is paid', async ({
    page,
    visit,
  }) => {
    await addToCart(page, visit, 'Mochila Desafio');
    await visit('/checkout');
    await fillCheckout(page, 'card', '4000 0027 6000 3184');
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-status')).toHaveAttribute(
      'data-status',
      'pending_payment',
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Aprovar 3-D Secure (demonstração)' }).click();
    await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'paid');
  });

  test('a declined card keeps the cart', async ({ page, visit }) => {
    await addToCart(page, visit, 'Camiseta Recusada');
    await visit('/checkout');
    await fillCheckout(page, 'card', '4000 0000 0000 0002');
    await expect(page.getByTestId('form-status')).toContainText('recusado');
    await expect(page).toHaveURL(/\/checkout$/);
    await visit('/cart');
    await expect(page.getByTestId('cart-lines').getByRole('listitem')).toHaveCount(1);
  });
});
