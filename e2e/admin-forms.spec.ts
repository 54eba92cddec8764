import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { DEMO_LOGINS } from '@/db/seed';
import { withClient } from './support/db';
import { signIn } from './support/accounts';
import { expect, expectAccessible, test } from './support/fixtures';

// Sign-in hashes passwords and every page runs axe: generous time on a loaded CI machine.
test.describe.configure({ timeout: 120_000 });

const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;

async function signInAsAdmin(page: Page, next: string) {
  await signIn(page, admin.email, admin.password, next);
}

const auditCount = (entity: string, entityId: string) =>
  withClient('main', async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from audit_log where entity = $1 and entity_id = $2`,
      [entity, entityId],
    );
    return rows[0]!.n;
  });

test('store settings: the browser names every invalid field, focuses the first, sends nothing', async ({
  page,
}) => {
  await signInAsAdmin(page, '/admin/settings');
  await expectAccessible(page);
  const before = await auditCount('store_settings', '1');
  await page.getByLabel('E-mail de contato').fill('contato@');
  await page.getByLabel('Prazo de devolução (dias, mínimo 7)').fill('3');
  await page.getByLabel('Menor parcela (R$)').fill('doze');
  await page.getByRole('button', { name: 'Salvar configurações' }).click();

  const email = page.getByLabel('E-mail de contato');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await expect(page.locator('#field-contactEmail-error')).toHaveText('Informe um e-mail válido.');
  await expect(page.getByLabel('Prazo de devolução (dias, mínimo 7)')).toHaveAttribute(
    'aria-describedby',
    'field-returnWindowDays-error',
  );
  await expect(page.locator('#field-returnWindowDays-error')).toHaveText('O mínimo é 7.');
  await expect(page.locator('#field-minInstallment-error')).toHaveText(
    'Informe um valor como 12,50.',
  );
  await expectAccessible(page);
  expect(await auditCount('store_settings', '1')).toBe(before);
});

test('coupon: a second admin saving an outdated form gets a conflict naming the first', async ({
  page,
  browser,
}) => {
  const code = `E2E${randomBytes(3).toString('hex').toUpperCase()}`;
  const id = await withClient('main', async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into coupons (code, kind, value) values ($1, 'percentage', 10) returning id`,
      [code],
    );
    return rows[0]!.id;
  });
  await signInAsAdmin(page, `/admin/coupons/${id}`);
  const other = await (await browser.newContext({ locale: 'pt-BR' })).newPage();
  await signInAsAdmin(other, `/admin/coupons/${id}`);

  await other.getByLabel('Valor (% ou R$)').fill('15');
  await other.getByRole('button', { name: 'Salvar cupom' }).click();
  await expect(other.getByTestId('form-status')).toHaveText('Cupom salvo.');
  const audits = await auditCount('coupon', id);

  await page.getByLabel('Valor (% ou R$)').fill('50');
  await page.getByRole('button', { name: 'Salvar cupom' }).click();
  await expect(page.getByTestId('form-status')).toContainText(`Não foi salvo: ${admin.name}`);
  // The operator's input stays; nothing was written.
  await expect(page.getByLabel('Valor (% ou R$)')).toHaveValue('50');
  const value = await withClient('main', async (client) => {
    const { rows } = await client.query<{ value: number }>(
      `select value from coupons where id = $1`,
      [id],
    );
    return rows[0]!.value;
  });
  expect(value).toBe(15);
  expect(await auditCount('coupon', id)).toBe(audits);
  await expectAccessible(page);
  await other.context().close();
});
