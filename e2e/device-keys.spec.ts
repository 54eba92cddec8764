import { DEMO_LOGINS } from '@/db/seed/demo-users';
import { signIn } from './support/accounts';
import { createRunningRoute } from './support/courier';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;
const PASSWORD = 'chave-do-rastreador-2026';
const LABEL = 'Moto 3 — Android';

const positionsOf = (courierUserId: string) =>
  withClient('main', async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from courier_positions where courier_id = $1`,
      [courierUserId],
    );
    return rows[0]!.n;
  });

test('an admin issues a device key once, a tracker posts with it, and revoking stops it', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const route = await createRunningRoute(PASSWORD, [{ lat: -23.5595, lng: -46.655 }]);
  const courierId = await withClient('main', async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `select id from couriers where user_id = $1`,
      [route.courierUserId],
    );
    return rows[0]!.id;
  });

  await signIn(page, admin.email, admin.password, `/admin/couriers/${courierId}`);
  await expectAccessible(page);
  await page.getByLabel('Nome do dispositivo').fill(LABEL);
  await page.getByRole('button', { name: 'Gerar chave de dispositivo' }).click();
  const shown = page.getByTestId('device-key-value');
  await expect(shown).toHaveValue(/^lojadk_[A-Za-z0-9_-]{43}$/);
  const key = await shown.inputValue();
  await expectAccessible(page);

  // The tracker has no session: the key alone says whose positions these are.
  const post = () =>
    request.post('/api/tracking/positions', {
      headers: { authorization: `DeviceKey ${key}` },
      data: { points: [{ lat: -23.5601, lng: -46.6551, recordedAt: new Date().toISOString() }] },
    });
  const ok = await post();
  expect(ok.status()).toBe(200);
  expect(await positionsOf(route.courierUserId)).toBe(1);
  expect(
    (
      await request.get('/api/courier/route', { headers: { authorization: `DeviceKey ${key}` } })
    ).status(),
  ).toBe(401);

  // Shown once: after a reload the list names the device, never the key.
  await page.reload();
  const row = page.getByTestId('device-key-row').filter({ hasText: LABEL });
  await expect(row).toContainText(key.slice(-4));
  await expect(page.getByTestId('device-key-value')).toHaveCount(0);
  expect(await page.content()).not.toContain(key);

  await row.getByRole('button', { name: `Revogar a chave ${LABEL}` }).click();
  await expect(row).toContainText('Revogada em');
  const refused = await post();
  expect(refused.status()).toBe(401);
  expect(await positionsOf(route.courierUserId)).toBe(1);
});
