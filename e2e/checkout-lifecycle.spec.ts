import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';
import { addToCart, fillAddress } from './support/shop';

/** Boleto, the shopper's own cancellation and the cart drawer: the journeys checkout.spec leaves out. */

const stockOf = (sku: string) =>
  withClient('main', async (c) => {
    const r = await c.query<{ on_hand: number; held: number }>(
      `select l.on_hand,
              coalesce((select sum(quantity) from stock_reservations r
                         where r.variant_id = v.id and r.status = 'active'), 0)::int as held
         from inventory_levels l join variants v on v.id = l.variant_id where v.sku = $1`,
      [sku],
    );
    return r.rows[0]!;
  });

test.describe('checkout lifecycle', () => {
  test.describe.configure({ timeout: 120_000 });

  test('boleto shows the typable line, holds the stock, and the order is paid when it clears', async ({
    page,
    visit,
  }) => {
    const product = await addToCart(page, visit, 'Cesto Boleto');
    const sku = product.variants[0]!.sku;
    await visit('/checkout');
    await fillAddress(page, 'boleto@loja.test', 'Paula Ciclo');
    await page.getByRole('radio', { name: 'Boleto' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Fazer pedido' }).click();
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-status')).toHaveAttribute(
      'data-status',
      'pending_payment',
    );
    const panel = page.getByTestId('boleto-panel');
    await expect(panel.getByRole('heading', { name: 'Pague o boleto' })).toBeVisible();
    // A typable line has 47 digits (FEBRABAN); the page shows it grouped.
    const line = await panel.getByLabel('Linha digitável').inputValue();
    expect(line.replace(/\D/g, '')).toHaveLength(47);
    await expect(panel).toContainText('Vencimento em');
    await expectAccessible(page);
    // Held while the boleto clears: one unit reserved, none sold yet.
    expect(await stockOf(sku)).toEqual({ on_hand: 5, held: 1 });

    await panel.getByRole('button', { name: 'Simular pagamento do boleto (demo)' }).click();
    await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'paid', {
      timeout: 15_000,
    });
    await expect(page.getByTestId('boleto-panel')).toBeHidden();
    expect(await stockOf(sku)).toEqual({ on_hand: 4, held: 0 });
  });

  test('a shopper cancels a paid order before dispatch: stock back, refunded in full', async ({
    page,
    visit,
  }) => {
    const product = await addToCart(page, visit, 'Vela Cancelada');
    const sku = product.variants[0]!.sku;
    await visit('/checkout');
    await fillAddress(page, 'cancela@loja.test', 'Paula Ciclo');
    await page.getByLabel('Número do cartão').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Fazer pedido' }).click();
    await expect(page).toHaveURL(/\/orders\/LJ-/);
    await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'paid');
    expect((await stockOf(sku)).on_hand).toBe(4);
    const number = page.url().split('/orders/')[1]!.split(/[?#]/)[0]!;

    await expect(page.getByRole('heading', { name: 'Cancelar este pedido' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancelar pedido' }).click();
    // The page re-renders with the new state: no cancel form any more, the moves on the timeline.
    await expect(page.getByRole('button', { name: 'Cancelar pedido' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Histórico' })).toContainText('Cancelado');
    await page.reload();
    // Cancelled, then refunded in full through the gateway: the last move is the refund.
    await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'refunded');
    await expect(page.getByRole('button', { name: 'Cancelar pedido' })).toBeHidden();
    await expectAccessible(page);
    expect(await stockOf(sku)).toEqual({ on_hand: 5, held: 0 });
    const money = await withClient('main', async (c) => {
      const r = await c.query<{ refunded: number; total: number; moves: string[] }>(
        `select p.refunded_cents as refunded, o.total_cents as total,
                array(select e.to_status from order_events e where e.order_id = o.id
                       order by e.at) as moves
           from orders o join payments p on p.order_id = o.id
          where o.number = $1 and p.status = 'refunded'`,
        [number],
      );
      return r.rows[0]!;
    });
    expect(money.refunded).toBe(money.total);
    expect(money.moves.slice(-2)).toEqual(['cancelled', 'refunded']);
  });

  test('the cart drawer changes quantities at once, within stock, and keeps them', async ({
    page,
    visit,
  }) => {
    const { name } = await addToCart(page, visit, 'Pote Gaveta', 2);
    const open = page.getByTestId('cart-drawer-open');
    await expect(open).toHaveText('Carrinho rápido (1)');
    await open.click();
    const drawer = page.getByRole('dialog', { name: 'Seu carrinho' });
    await expect(drawer).toBeVisible();
    await expectAccessible(page);
    await drawer.getByRole('button', { name: `Mais um ${name}` }).click();
    await expect(drawer.getByTestId('drawer-quantity')).toHaveText('2');
    // The change shows at once; wait for the server action to finish before leaving the page.
    await expect(drawer.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
    await expect(drawer).toContainText('R$ 259,80');
    // Two in stock: the + button stops there and says why.
    await expect(drawer.getByRole('button', { name: `Mais um ${name}` })).toBeDisabled();
    await expect(drawer).toContainText('Só 2 em estoque.');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    // The server applied the change: a fresh page shows the same cart.
    await visit('/cart');
    await expect(page.getByTestId('cart-drawer-open')).toHaveText('Carrinho rápido (2)');
    await page.getByTestId('cart-drawer-open').click();
    await drawer.getByRole('button', { name: `Um ${name} a menos` }).click();
    await expect(drawer.getByTestId('drawer-quantity')).toHaveText('1');
    await drawer.getByRole('button', { name: 'Remover' }).click();
    await expect(drawer).toContainText('Seu carrinho está vazio.');
    await expect(drawer.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
    await page.reload();
    await expect(page.getByTestId('cart-drawer-open')).toHaveText('Carrinho rápido (0)');
  });
});
