import { randomBytes } from 'node:crypto';
import { DEMO_LOGINS } from '@/db/seed';
import { createTestProduct, withClient } from './support/db';
import { signIn } from './support/accounts';
import { expect, expectAccessible, test } from './support/fixtures';

const superAdmin = DEMO_LOGINS.find((login) => login.role === 'admin')!;

/**
 * A delivered card order for one unit of `sku` (sold: on hand already decremented, with its sale
 * movement) whose shopper asked for a return, inserted straight into the e2e database.
 */
async function returnRequestedOrder(sku: string, priceCents: number) {
  const tag = randomBytes(4).toString('hex').toUpperCase();
  return withClient('main', async (client) => {
    await client.query('begin');
    const variant = await client.query<{ id: string }>('select id from variants where sku = $1', [
      sku,
    ]);
    const variantId = variant.rows[0]!.id;
    const { rows } = await client.query<{ id: string }>(
      `insert into orders (number, guest_email, address, subtotal_cents, total_cents, status,
                           idempotency_key, payment_method)
       values ($1, 'devolucao@e2e.loja.dev', $2, $3, $3, 'return_requested', $4, 'card') returning id`,
      [
        `E2E-RET-${tag}`,
        JSON.stringify({
          recipient: 'Maria E2E',
          cep: '01310100',
          street: 'Avenida Paulista',
          number: '1000',
          complement: null,
          district: 'Bela Vista',
          city: 'São Paulo',
          state: 'SP',
        }),
        priceCents,
        `e2e-ret-${tag}`,
      ],
    );
    const id = rows[0]!.id;
    await client.query(
      `insert into order_lines (order_id, variant_id, sku, product_name, unit_price_cents, quantity, line_total_cents)
       values ($1, $2, $3, 'Tênis E2E', $4, 1, $4)`,
      [id, variantId, sku, priceCents],
    );
    await client.query(
      `insert into payments (order_id, gateway, gateway_reference, method, status, amount_cents)
       values ($1, 'sandbox', $2, 'card', 'succeeded', $3)`,
      [id, `sbx_${tag.toLowerCase()}${'1'.repeat(16)}`, priceCents],
    );
    await client.query(`update inventory_levels set on_hand = on_hand - 1 where variant_id = $1`, [
      variantId,
    ]);
    await client.query(
      `insert into stock_movements (variant_id, kind, quantity, order_id, actor, reason)
       values ($1, 'sale', -1, $2, 'system', 'order paid')`,
      [variantId, id],
    );
    for (const [from, to, reason] of [
      ['pending_payment', 'paid', 'payment confirmed'],
      ['out_for_delivery', 'delivered', 'delivered'],
      ['delivered', 'return_requested', 'return requested: a sola descolou'],
    ]) {
      await client.query(
        `insert into order_events (order_id, from_status, to_status, actor, reason)
         values ($1, $2, $3, 'system', $4)`,
        [id, from, to, reason],
      );
    }
    await client.query('commit');
    return { id, variantId };
  });
}

const stock = (variantId: string) =>
  withClient('main', async (client) => {
    const level = await client.query<{ on_hand: number }>(
      'select on_hand from inventory_levels where variant_id = $1',
      [variantId],
    );
    const restocks = await client.query<{ n: number }>(
      `select count(*)::int as n from stock_movements where variant_id = $1 and kind = 'restock'`,
      [variantId],
    );
    return { onHand: level.rows[0]!.on_hand, restocks: restocks.rows[0]!.n };
  });

test('a requested return: the admin accepts it, the stock comes back and the order is refunded', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const product = await createTestProduct('Tênis Devolução', {
    optionNames: [],
    variants: [{ options: {}, priceCents: 20_000, onHand: 4 }],
  });
  const order = await returnRequestedOrder(product.variants[0]!.sku, 20_000);
  expect(await stock(order.variantId)).toEqual({ onHand: 3, restocks: 0 });

  await signIn(page, superAdmin.email, superAdmin.password, `/admin/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveText('Devolução solicitada');
  // The shopper's reason is shown in the decision panel (and on the timeline).
  await expect(page.getByText('Motivo do cliente: a sola descolou')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Aceitar devolução' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Devolução aceita' })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Reembolsado');
  await expect(page.getByTestId('refunded-amount')).toContainText('200,00');
  expect(await stock(order.variantId)).toEqual({ onHand: 4, restocks: 1 });
  await expectAccessible(page);
});

test('declining needs a reason, checked in the browser first; the order goes back to delivered', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const product = await createTestProduct('Tênis Recusa', {
    optionNames: [],
    variants: [{ options: {}, priceCents: 15_000, onHand: 2 }],
  });
  const order = await returnRequestedOrder(product.variants[0]!.sku, 15_000);
  await signIn(page, superAdmin.email, superAdmin.password, `/admin/orders/${order.id}`);
  const reason = page.getByLabel('Motivo da recusa (enviado ao cliente)');
  await page.getByRole('button', { name: 'Recusar devolução' }).click();
  // Nothing was sent: the browser-side schema refused it, named the field and moved focus there.
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toBeFocused();
  await expect(page.getByTestId('order-status')).toHaveText('Devolução solicitada');
  await expectAccessible(page);
  await reason.fill('O produto foi usado na rua.');
  await page.getByRole('button', { name: 'Recusar devolução' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Devolução recusada' })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Entregue');
  await expect(page.getByTestId('timeline')).toContainText('Devolução recusada');
  expect(await stock(order.variantId)).toEqual({ onHand: 1, restocks: 0 });
});
