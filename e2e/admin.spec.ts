import { randomBytes } from 'node:crypto';
import { DEMO_LOGINS } from '@/db/seed';
import { hashPassword } from '@/lib/auth/password';
import { ADMIN_NAV_ITEMS } from '@/components/admin/nav-items';
import { adminPermissions, type AdminPermission } from '@/db/schema/users';
import { signIn, uniqueEmail } from './support/accounts';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const superAdmin = DEMO_LOGINS.find((login) => login.role === 'admin')!;
const PASSWORD = 'uma-senha-de-painel-e2e';

/** A paid card order captured by the payment sandbox, inserted straight into the e2e database. */
async function paidOrder(totalCents: number) {
  const tag = randomBytes(4).toString('hex').toUpperCase();
  return withClient('main', async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into orders (number, guest_email, address, subtotal_cents, total_cents, status,
                           idempotency_key, payment_method)
       values ($1, 'comprador@e2e.loja.dev', $2, $3, $3, 'paid', $4, 'card') returning id`,
      [
        `E2E-${tag}`,
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
        totalCents,
        `e2e-${tag}`,
      ],
    );
    const id = rows[0]!.id;
    await client.query(
      `insert into order_lines (order_id, sku, product_name, unit_price_cents, quantity, line_total_cents)
       values ($1, $2, 'Camiseta E2E', $3, 1, $3)`,
      [id, `SKU-${tag}`, totalCents],
    );
    await client.query(
      `insert into payments (order_id, gateway, gateway_reference, method, status, amount_cents)
       values ($1, 'sandbox', $2, 'card', 'succeeded', $3)`,
      [id, `sbx_${tag.toLowerCase()}${'0'.repeat(16)}`, totalCents],
    );
    await client.query(
      `insert into order_events (order_id, from_status, to_status, actor, reason)
       values ($1, 'pending_payment', 'paid', 'gateway:sandbox', 'payment confirmed')`,
      [id],
    );
    return { id, number: `E2E-${tag}` };
  });
}

test('take an order from paid to delivered, refund another in part; the audit log shows both', async ({
  page,
  visit,
}) => {
  test.setTimeout(120_000);
  const first = await paidOrder(15_000);
  await signIn(page, superAdmin.email, superAdmin.password, `/admin/orders/${first.id}`);
  await expectAccessible(page);
  for (const status of ['Em preparação', 'Pronto para envio', 'Saiu para entrega', 'Entregue']) {
    // Only the table's moves are offered (some go back a step): never a jump straight to delivered.
    await expect(page.getByRole('button', { name: 'Mover para “Entregue”' })).toHaveCount(
      status === 'Entregue' ? 1 : 0,
    );
    await page.getByRole('button', { name: `Mover para “${status}”` }).click();
    await expect(page.getByTestId('order-status')).toHaveText(status);
    await expect(page.getByRole('status').filter({ hasText: 'Status alterado.' })).toBeVisible();
  }
  await expect(page.getByTestId('timeline')).toContainText('Entregue');
  await expectAccessible(page);

  const second = await paidOrder(20_000);
  await visit(`/admin/orders/${second.id}`);
  await page.getByLabel('Valor (R$)').fill('500,00');
  await page.getByLabel('Motivo').last().fill('teste de valor alto');
  await page.getByRole('button', { name: 'Reembolsar' }).click();
  await expect(page.getByText('Mais do que resta para reembolsar.').first()).toBeVisible();
  await page.getByLabel('Valor (R$)').fill('50,00');
  await page.getByLabel('Motivo').last().fill('item com defeito');
  await page.getByRole('button', { name: 'Reembolsar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reembolso feito.' })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Reembolsado parcialmente');
  await expect(page.getByTestId('refunded-amount')).toContainText('50,00');
  await expectAccessible(page);

  await visit(`/admin/audit?entityId=${first.id}`);
  await expect(page.getByTestId('audit-log').getByText('order.transition')).toHaveCount(4);
  await visit(`/admin/audit?entityId=${second.id}`);
  await expect(page.getByTestId('audit-log')).toContainText('order.refund');
  await expect(page.getByTestId('audit-log')).toContainText(superAdmin.email);
  // Append-only at the database too.
  await expect(
    withClient('main', (client) =>
      client.query(`delete from audit_log where entity_id = $1`, [second.id]),
    ),
  ).rejects.toThrow(/append-only/);
});

/** What each permission opens on the server, as (method, path, body). */
async function serverProbe(permission: AdminPermission, customerId: string, otherAdminId: string) {
  switch (permission) {
    case 'orders':
      return { method: 'GET', path: '/api/admin/orders/export?from=2020-01-01&to=2020-01-01' };
    case 'customers':
      return { method: 'GET', path: `/api/admin/customers/${customerId}/export` };
    case 'settings':
      return { method: 'GET', path: '/api/admin/mailbox' };
    case 'staff':
      return {
        method: 'PUT',
        path: `/api/admin/users/${otherAdminId}/permissions`,
        body: { permissions: ['catalog'] },
      };
    case 'inventory':
      return { method: 'GET', path: `/api/admin/inventory/${customerId}/movements` };
    default:
      return null;
  }
}

// One test per permission, so each gets its own time budget and they run in parallel.
for (const permission of adminPermissions) {
  test(`an admin holding only "${permission}" sees only that area and is refused the others`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const hash = await hashPassword(PASSWORD);
    const ids = await withClient('main', async (client) => {
      const made = async (role: string, permissions: string[]) => {
        const { rows } = await client.query<{ id: string; email: string }>(
          `insert into users (email, name, role, permissions, password_hash, email_verified_at)
           values ($1, 'Equipe E2E', $2, $3, $4, now()) returning id, email`,
          [uniqueEmail(role), role, permissions, hash],
        );
        return rows[0]!;
      };
      return {
        customer: await made('customer', []),
        other: await made('admin', ['catalog']),
        admin: await made('admin', [permission]),
      };
    });
    await signIn(page, ids.admin.email, PASSWORD, '/admin');
    const nav = page.getByRole('navigation', { name: 'Áreas do painel' });
    for (const item of ADMIN_NAV_ITEMS.filter((entry) => !entry.pending)) {
      const allowed = item.permission === 'any' || item.permission === permission;
      await expect(
        nav.locator(`a[href="${item.href}"]`),
        `${permission}: nav ${item.href}`,
      ).toHaveCount(allowed ? 1 : 0);
      if (allowed) continue;
      await page.goto(item.href);
      await expect(
        page.getByText('Sua conta não tem acesso a esta página.'),
        `${permission}: ${item.href}`,
      ).toBeVisible();
    }
    for (const other of adminPermissions) {
      const probe = await serverProbe(other, ids.customer.id, ids.other.id);
      if (!probe) continue;
      const response = await page.request.fetch(probe.path, {
        method: probe.method,
        data: probe.body,
        headers: probe.body ? { 'content-type': 'application/json' } : undefined,
      });
      if (other === permission) {
        expect(response.status(), `${permission} → ${probe.path}`).not.toBe(403);
      } else {
        expect(response.status(), `${permission} → ${probe.path}`).toBe(403);
      }
    }
  });
}

test('customers and couriers get the forbidden page; anonymous visitors are sent to sign in', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/admin/orders');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  const customer = DEMO_LOGINS.find((login) => login.role === 'customer')!;
  await signIn(page, customer.email, customer.password, '/admin');
  await expect(page.getByText('Sua conta não tem acesso a esta página.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Áreas do painel' })).toHaveCount(0);
});
