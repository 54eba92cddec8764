import { withClient } from './support/db';
import { createVerifiedCustomer, linkFromMailbox, signIn, uniqueEmail } from './support/accounts';
import { expect, expectAccessible, test } from './support/fixtures';
import { DEMO_LOGINS } from '@/db/seed/demo-users';

// Whole journeys with argon2 hashing on a shared two-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('sign up → verify e-mail → sign in → add an address by CEP → sign out', async ({
  page,
  visit,
}) => {
  const email = uniqueEmail('nova');
  const password = 'um-caju-no-quintal';
  await visit('/sign-up');
  await page.getByLabel('Nome completo').fill('Ana Souza');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Senha', { exact: true }).fill('curta');
  await page.getByRole('button', { name: 'Criar conta' }).click();
  await expect(page.getByText('Muito curto.')).toBeVisible();
  await expect(page.getByLabel('Senha', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByLabel('Senha', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Criar conta' }).click();
  await expect(page.getByTestId('form-status')).toContainText(email);

  await visit(await linkFromMailbox(email, '/verify-email'));
  await page.getByRole('button', { name: 'Confirmar e-mail' }).click();
  await page.waitForURL('**/sign-in?notice=verified');
  await expect(page.getByText('E-mail confirmado')).toBeVisible();
  // After a client-side redirect Next streams the <title> in; axe checks the settled page.
  await expect(page).toHaveTitle(/Entrar/);
  await expectAccessible(page);

  await signIn(page, email, password);
  await expect(page.getByTestId('account-link')).toHaveText('Minha conta');
  await expect(page).toHaveTitle(/Minha conta/);
  await expectAccessible(page);

  await visit('/account/addresses');
  await page.getByLabel('Destinatário').fill('Ana Souza');
  await page.getByLabel('CEP').fill('01310-100');
  await expect(page.getByLabel('Rua')).toHaveValue('Avenida Paulista');
  await expect(page.getByLabel('Cidade')).toHaveValue('São Paulo');
  await expect(page.getByLabel('Estado')).toHaveValue('SP');
  await page.getByLabel('Número').fill('1578');
  await page.getByRole('button', { name: 'Salvar endereço' }).click();
  await expect(page.getByTestId('address-list')).toContainText('Avenida Paulista, 1578');
  await expect(page.getByTestId('address-list')).toContainText('01310-100');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sair' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByTestId('account-link')).toHaveText('Entrar');
  await page.goto('/account/addresses');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount%2Faddresses/);
});

test('password reset through the mailbox: the link works once', async ({ page, visit }) => {
  const email = await createVerifiedCustomer('senha-antiga-longa');
  await visit('/forgot-password');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Enviar link' }).click();
  await expect(page.getByTestId('form-status')).toContainText('Se existir uma conta');

  const link = await linkFromMailbox(email, '/reset-password');
  await visit(link);
  await page.getByLabel('Nova senha', { exact: true }).fill('senha-nova-bem-longa');
  await page.getByLabel('Repita a nova senha').fill('senha-nova-bem-longa');
  await page.getByRole('button', { name: 'Salvar senha' }).click();
  await page.waitForURL('**/sign-in?notice=passwordReset');
  await signIn(page, email, 'senha-nova-bem-longa');

  await page.goto(link);
  await page.getByLabel('Nova senha', { exact: true }).fill('outra-senha-bem-longa');
  await page.getByLabel('Repita a nova senha').fill('outra-senha-bem-longa');
  await page.getByRole('button', { name: 'Salvar senha' }).click();
  await expect(page.getByTestId('form-status')).toContainText('inválido, já foi usado ou expirou');
});

test('an admin revokes a session: that browser is signed out on its next request', async ({
  browser,
}) => {
  const password = 'senha-do-cliente-longa';
  const email = await createVerifiedCustomer(password, 'Cliente Revogado');
  // Two browsers: each has its own cookie jar, like two people on two machines.
  const shopper = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();
  try {
    await signIn(shopper, email, password);
    const demoAdmin = DEMO_LOGINS.find((login) => login.role === 'admin')!;
    await signIn(admin, demoAdmin.email, demoAdmin.password);
    await admin.goto('/admin/sessions');
    await expectAccessible(admin);
    const row = admin.locator(`tr[data-email="${email}"]`);
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: 'Encerrar' }).click();
    await expect(row).toHaveCount(0);

    await shopper.goto('/account');
    await expect(shopper).toHaveURL(/\/sign-in\?next=%2Faccount/);
    await expect(shopper.getByTestId('account-link')).toHaveText('Entrar');
  } finally {
    await shopper.context().close();
    await admin.context().close();
  }
});

test('the admin pages refuse a shopper', async ({ page }) => {
  const password = 'senha-do-cliente-longa';
  const email = await createVerifiedCustomer(password);
  await signIn(page, email, password);
  for (const path of ['/admin/sessions', '/admin/mailbox']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: '403' })).toBeVisible();
    await expect(page.getByTestId('sessions-table')).toHaveCount(0);
  }
});

test('API: a reused refresh token revokes its whole family', async ({ request }) => {
  const password = 'senha-da-api-bem-longa';
  const email = await createVerifiedCustomer(password);
  const issued = await request.post('/api/auth/token', { data: { email, password } });
  expect(issued.status()).toBe(200);
  const first = (await issued.json()) as { accessToken: string; refreshToken: string };
  const me = await request.get('/api/account', {
    headers: { authorization: `Bearer ${first.accessToken}` },
  });
  expect(((await me.json()) as { profile: { email: string } }).profile.email).toBe(email);

  const rotated = await request.post('/api/auth/refresh', {
    data: { refreshToken: first.refreshToken },
  });
  expect(rotated.status()).toBe(200);
  const second = (await rotated.json()) as { accessToken: string; refreshToken: string };

  const reused = await request.post('/api/auth/refresh', {
    data: { refreshToken: first.refreshToken },
  });
  expect(reused.status()).toBe(401);
  const afterReuse = await request.post('/api/auth/refresh', {
    data: { refreshToken: second.refreshToken },
  });
  expect(afterReuse.status()).toBe(401);
  const access = await request.get('/api/account', {
    headers: { authorization: `Bearer ${second.accessToken}` },
  });
  expect(access.status()).toBe(401);

  const { rows } = await withClient('main', (client) =>
    client.query(
      `select 1 from security_events e join users u on u.id = e.user_id where u.email = $1 and e.type = 'refresh_token_reuse'`,
      [email],
    ),
  );
  expect(rows).toHaveLength(1);

  const bad = await request.post('/api/auth/token', { data: { email, password: 'errada' } });
  expect(bad.status()).toBe(401);
  const invalid = await request.post('/api/auth/token', { data: { email: 'not-an-email' } });
  expect(invalid.status()).toBe(422);
  expect(
    ((await invalid.json()) as { error: { fields: Record<string, string[]> } }).error.fields,
  ).toHaveProperty('email');
});
