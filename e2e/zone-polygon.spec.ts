import { randomBytes } from 'node:crypto';
import { DEMO_LOGINS } from '@/db/seed';
import { signIn } from './support/accounts';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

// Sign-in hashes passwords and every page runs axe: generous time on a loaded CI machine.
test.describe.configure({ timeout: 120_000 });

const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;

test('zone polygon: a triangle drawn by clicking the map (no tile server) is saved with 3 corners', async ({
  page,
}) => {
  await signIn(page, admin.email, admin.password, '/admin/zones/new');
  const name = `E2E mapa ${randomBytes(3).toString('hex')}`;
  await page.getByLabel('Nome', { exact: true }).fill(name);
  await page.locator('[name="rates.0.service"]').fill('padrao');
  await page.locator('[name="rates.0.label"]').fill('Entrega padrão');
  await page.locator('[name="rates.0.priceCents"]').fill('12,90');
  // Inactive: a zone around São Paulo must not change other journeys' shipping quotes.
  await page.getByLabel('Ativa', { exact: true }).uncheck();

  // Leaflet takes clicks on a blank map: the e2e server has no tile URL.
  const map = page.getByTestId('zone-map');
  await expect(map.locator('.leaflet-map-pane')).toBeAttached();
  for (const [i, position] of [
    { x: 140, y: 90 },
    { x: 340, y: 110 },
    { x: 240, y: 230 },
  ].entries()) {
    await map.click({ position });
    await expect(map).toHaveAttribute('data-vertices', String(i + 1));
  }
  const polygonField = page.getByLabel('Polígono GeoJSON (opcional)');
  await expect(polygonField).toHaveValue('');
  await page.getByRole('button', { name: 'Fechar polígono' }).click();
  await expect(map).toHaveAttribute('data-closed', 'true');
  await expect(map.locator('path.leaflet-interactive')).toHaveCount(1);
  await expect(page.getByText('Polígono fechado com 3 vértices.')).toBeVisible();
  const drawn = JSON.parse(await polygonField.inputValue()) as {
    type: string;
    coordinates: number[][][];
  };
  expect(drawn.type).toBe('Polygon');
  expect(drawn.coordinates[0]).toHaveLength(4);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Salvar zona' }).click();
  await page.waitForURL(/\/admin\/zones\/[0-9a-f-]{36}\?saved=1$/);
  const id = /zones\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const saved = await withClient('main', async (client) => {
    const { rows } = await client.query<{ name: string; active: boolean; polygon: typeof drawn }>(
      `select name, active, polygon from delivery_zones where id = $1`,
      [id],
    );
    return rows[0]!;
  });
  expect(saved.name).toBe(name);
  expect(saved.active).toBe(false);
  expect(saved.polygon.type).toBe('Polygon');
  const ring = saved.polygon.coordinates[0]!;
  expect(ring).toHaveLength(4);
  expect(ring[3]).toEqual(ring[0]);
  expect(new Set(ring.slice(0, 3).map((p) => p.join(','))).size).toBe(3);
  // Around São Paulo, where a blank map opens: [lng, lat] the right way round.
  for (const [lng, lat] of ring) {
    expect(lng).toBeGreaterThan(-47.5);
    expect(lng).toBeLessThan(-45.5);
    expect(lat).toBeGreaterThan(-24.5);
    expect(lat).toBeLessThan(-22.5);
  }
  // The edit page shows the saved polygon on the map, closed, from the stored GeoJSON.
  await expect(page.getByTestId('zone-map')).toHaveAttribute('data-vertices', '3');
  await expect(page.getByTestId('zone-map')).toHaveAttribute('data-closed', 'true');

  await withClient('main', (client) =>
    client.query(`delete from delivery_zones where id = $1`, [id]),
  );
});
