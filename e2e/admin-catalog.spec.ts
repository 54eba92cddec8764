import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { DEMO_LOGINS } from '@/db/seed';
import { withClient } from './support/db';
import { signIn } from './support/accounts';
import { expect, expectAccessible, test } from './support/fixtures';

// Sign-in hashes passwords and every page runs axe: generous time on a loaded CI machine.
test.describe.configure({ timeout: 120_000 });

const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;
// A valid 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function signInAsAdmin(page: Page, next: string) {
  await signIn(page, admin.email, admin.password, next);
  await expectAccessible(page);
}

const auditCount = (action: string, entityId?: string) =>
  withClient('main', async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = $1 and ($2::text is null or entity_id = $2)`,
      [action, entityId ?? null],
    );
    return rows[0]!.n;
  });

const word = () =>
  `trilha${randomBytes(3)
    .toString('hex')
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;

test('create a product with variants and an image: the storefront search finds it; audited', async ({
  page,
  visit,
}) => {
  const name = `Jaqueta ${word()}`;
  await signInAsAdmin(page, '/admin/catalog/new');
  const editor = page.getByTestId('product-editor');
  // The shared schema refuses bad input in the browser, naming the field.
  await editor.getByRole('button', { name: 'Criar produto' }).click();
  await expect(editor.getByText('Muito curto.').first()).toBeVisible();

  await page.getByLabel('Nome', { exact: true }).fill(name);
  await page.getByLabel('Marca').fill('Serra');
  await page.getByLabel('Categoria', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Adicionar opção' }).click();
  await page.getByLabel('Opção 1', { exact: true }).fill('Tamanho');
  const sku = `E2E-${randomBytes(3).toString('hex').toUpperCase()}`;
  await page.getByLabel('SKU, variante 1').fill(`${sku}-P`);
  await page.getByLabel('Tamanho, variante 1').fill('P');
  await page.getByLabel('Preço (R$), variante 1').fill('299,90');
  await page.getByRole('button', { name: 'Adicionar variante' }).click();
  await page.getByLabel('SKU, variante 2').fill(`${sku}-M`);
  await page.getByLabel('Tamanho, variante 2').fill('M');
  await page.getByLabel('Preço (R$), variante 2').fill('319,90');
  await editor.getByRole('button', { name: 'Criar produto' }).click();
  await page.waitForURL(/\/admin\/catalog\/[0-9a-f-]{36}\?saved=1/);
  await expect(page.getByText('Produto salvo.')).toBeVisible();
  await expectAccessible(page);
  const productId = page.url().match(/catalog\/([0-9a-f-]{36})/)![1]!;

  await page
    .getByLabel('Arquivo de imagem')
    .setInputFiles({ name: 'jaqueta.png', mimeType: 'image/png', buffer: PNG });
  await page.getByLabel('Descrição (texto alternativo)').fill(`${name} preta`);
  await page.getByRole('button', { name: 'Enviar imagem' }).click();
  await expect(
    page.getByTestId('product-images').getByRole('img', { name: `${name} preta` }),
  ).toBeVisible();
  // A non-image is refused by content, whatever its name says.
  await page
    .getByLabel('Arquivo de imagem')
    .setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('<html></html>') });
  await page.getByLabel('Descrição (texto alternativo)').fill('falsa');
  await page.getByRole('button', { name: 'Enviar imagem' }).click();
  await expect(page.getByText('Envie uma imagem JPEG, PNG, WebP ou GIF.')).toBeVisible();

  await visit(`/search?q=${encodeURIComponent(name.split(' ')[1]!)}`);
  await expect(page.getByTestId('search-results')).toContainText(name);
  expect(await auditCount('product.create', productId)).toBe(1);
  expect(await auditCount('product.image_add', productId)).toBe(1);
});

test('a stale product save is refused with who and when', async ({ page, browser }) => {
  await signInAsAdmin(page, '/admin/catalog?sort=name');
  await page.getByTestId('admin-products').getByRole('link').first().click();
  await page.waitForURL(/\/admin\/catalog\/[0-9a-f-]{36}/);
  const url = page.url();
  const other = await (await browser.newContext({ locale: 'pt-BR' })).newPage();
  await signInAsAdmin(other, new URL(url).pathname);
  await other.getByLabel('Marca').fill('Marca B');
  await other.getByRole('button', { name: 'Salvar produto' }).click();
  await other.waitForURL(/saved=1/);
  await page.getByLabel('Marca').fill('Marca A');
  await page.getByRole('button', { name: 'Salvar produto' }).click();
  await expect(page.getByTestId('form-status')).toContainText(`${admin.name} alterou isto em`);
  await other.context().close();
});

test('adjust stock and read the ledger; audited', async ({ page }) => {
  await signInAsAdmin(page, '/admin/inventory');
  const first = page.getByTestId('stock-table').locator('tbody tr').first();
  const sku = (await first.getAttribute('data-sku'))!;
  await first.getByRole('link').click();
  await page.waitForURL(/\/admin\/inventory\/[0-9a-f-]{36}/);
  await expectAccessible(page);
  const before = Number(await page.getByTestId('on-hand').textContent());
  await page.getByLabel('Motivo').selectOption('restock');
  await page.getByLabel('Quantidade').fill('7');
  await page.getByLabel('Observação (opcional)').fill('NF 4521');
  await page.getByRole('button', { name: 'Registrar movimentação' }).click();
  await expect(page.getByTestId('on-hand')).toHaveText(String(before + 7));
  await expect(page.getByTestId('ledger').locator('tbody tr').first()).toContainText(
    'restock: NF 4521',
  );
  // Removing more than there is names the field and changes nothing.
  await page.getByLabel('Motivo').selectOption('damage');
  await page.getByLabel('Quantidade').fill(String(before + 100));
  await page.getByRole('button', { name: 'Registrar movimentação' }).click();
  await expect(page.getByText('o estoque não pode ficar negativo')).toBeVisible();
  await expect(page.getByTestId('on-hand')).toHaveText(String(before + 7));
  const variantId = page.url().match(/inventory\/([0-9a-f-]{36})/)![1]!;
  expect(await auditCount('inventory.adjust', variantId)).toBe(1);
  expect(sku).toBeTruthy();
});

test('import a CSV with errors, read the report, fix it and import; audited', async ({ page }) => {
  const slug = `mochila-${word()}`;
  const header =
    'slug,name,description,brand,category_slug,status,seo_title,seo_description,option_names,sku,options,price,compare_at_price,barcode';
  const category = await withClient(
    'main',
    async (c) =>
      (await c.query<{ slug: string }>('select slug from categories order by slug limit 1'))
        .rows[0]!.slug,
  );
  const sku = `E2E-${randomBytes(3).toString('hex').toUpperCase()}`;
  const broken = [
    header,
    `${slug},Mochila E2E,,Serra,${category},active,,,Cor,${sku}-1,Preta,"189,90",,`,
    `${slug},Mochila E2E,,Serra,${category},active,,,Cor,${sku}-2,Cinza,cento e vinte,,`,
  ].join('\n');
  await signInAsAdmin(page, '/admin/catalog/import');
  await page
    .getByLabel('Arquivo CSV')
    .setInputFiles({ name: 'produtos.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Verificar arquivo (simulação)' }).click();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('3');
  await expect(errors).toContainText('price');
  await expect(page.getByTestId('import-apply')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel('Arquivo CSV').setInputFiles({
    name: 'produtos.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(broken.replace('cento e vinte', '120')),
  });
  await page.getByRole('button', { name: 'Verificar arquivo (simulação)' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('2 a criar');
  await page.getByRole('button', { name: 'Aplicar importação' }).click();
  await expect(page.getByTestId('import-status')).toContainText('Importação aplicada: 2 criadas');
  expect(await auditCount('product.import_create')).toBeGreaterThanOrEqual(1);
  const { rows } = await withClient('main', (c) =>
    c.query(`select price_cents from variants where sku = $1`, [`${sku}-2`]),
  );
  expect(rows).toEqual([{ price_cents: 12_000 }]);
});
