import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { hashPassword } from '@/lib/auth/password';
import { createVerifiedCustomer, signIn, uniqueEmail } from './support/accounts';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const PASSWORD = 'um-caju-no-quintal-azul';
const START = { latitude: -23.561, longitude: -46.656 };
// ~55 m further: a courier in traffic, well under the "impossible jump" speed.
const MOVED = { latitude: -23.5605, longitude: -46.656 };

/** A courier account with its profile, and a route in progress: another order, then the shopper's. */
async function createDelivery(shopperEmail: string) {
  const tag = randomBytes(4).toString('hex').toUpperCase();
  const courierEmail = uniqueEmail('entregador');
  const hash = await hashPassword(PASSWORD);
  return withClient('main', async (client) => {
    const one = async (sql: string, params: unknown[]) =>
      (await client.query<{ id: string }>(sql, params)).rows[0]!.id;
    const courierUser = await one(
      `insert into users (email, name, role, password_hash, email_verified_at)
       values ($1, 'Ana Entregadora', 'courier', $2, now()) returning id`,
      [courierEmail, hash],
    );
    const courier = await one(
      `insert into couriers (user_id, first_name, capacity_grams, status) values ($1, 'Ana', 50000, 'on_route') returning id`,
      [courierUser],
    );
    const shopper = await one(`select id from users where email = $1`, [shopperEmail]);
    const address = JSON.stringify({
      recipient: 'Maria',
      cep: '01310-100',
      street: 'Avenida Paulista',
      number: '1000',
      complement: null,
      district: 'Bela Vista',
      city: 'São Paulo',
      state: 'SP',
    });
    const order = async (number: string, userId: string | null, lat: number, lng: number) =>
      one(
        `insert into orders (number, user_id, guest_email, address, idempotency_key, payment_method, status, delivery_lat, delivery_lng, delivery_code)
         values ($1, $2, $3, $4, $5, 'card', 'out_for_delivery', $6, $7, '5821') returning id`,
        [
          number,
          userId,
          userId ? null : `outro-${tag}@e2e.loja.dev`,
          address,
          `e2e-${number}`,
          lat,
          lng,
        ],
      );
    const otherOrder = await order(`LJ-O${tag}`, null, -23.5595, -46.655);
    const shopperOrder = await order(`LJ-T${tag}`, shopper, -23.557, -46.654);
    await client.query(
      `insert into order_events (order_id, to_status, actor, reason) values ($1, 'out_for_delivery', 'system', 'e2e')`,
      [shopperOrder],
    );
    const route = await one(
      `insert into delivery_routes (courier_id, route_date, status, planner, started_at)
       values ($1, current_date, 'in_progress', 'manual', now()) returning id`,
      [courier],
    );
    await client.query(
      `insert into route_stops (route_id, order_id, sequence) values ($1, $2, 1), ($1, $3, 2)`,
      [route, otherOrder, shopperOrder],
    );
    return { courierEmail, number: `LJ-T${tag}`, orderId: shopperOrder, otherNumber: `LJ-O${tag}` };
  });
}

async function courierPage(
  browser: Browser,
  email: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    geolocation: START,
    permissions: ['geolocation'],
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
  });
  const page = await context.newPage();
  await page.goto('/sign-in?next=/courier');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Senha', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto('/courier');
  return { page, close: () => context.close() };
}

/** What the courier app does on "delivered" with a signature, written straight to the database. */
async function deliverWithProof(orderId: string) {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  await withClient('main', async (client) => {
    await client.query('begin');
    const stop = await client.query<{ id: string }>(
      `update route_stops set status = 'delivered', recipient_name = 'Maria Souza', completed_at = now(), delivery_code_ok = true
       where order_id = $1 and active returning id`,
      [orderId],
    );
    await client.query(
      `insert into delivery_proofs (stop_id, kind, content_type, image) values ($1, 'signature', 'image/png', $2)`,
      [stop.rows[0]!.id, png],
    );
    await client.query(`update orders set status = 'delivered' where id = $1`, [orderId]);
    await client.query(
      `insert into order_events (order_id, from_status, to_status, actor, reason) values ($1, 'out_for_delivery', 'delivered', 'system', 'e2e')`,
      [orderId],
    );
    await client.query('commit');
  });
}

test('the shopper watches the courier move live and sees the delivery with proof', async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const shopperEmail = await createVerifiedCustomer(PASSWORD, 'Maria Compradora');
  const delivery = await createDelivery(shopperEmail);

  await signIn(page, shopperEmail, PASSWORD);
  await page.goto(`/orders/${delivery.number}`);
  await page.getByTestId('order-tracking-link').click();
  await page.waitForURL(`**/orders/${delivery.number}/tracking`);
  await expectAccessible(page);
  await expect(page.getByTestId('tracking-courier')).toContainText('Ana');
  await expect(page.getByTestId('tracking-stop')).toContainText('parada 2');
  await expect(page.getByTestId('tracking-stop')).toContainText('1 entrega antes da sua');
  await expect(page.getByTestId('tracking-code')).toHaveText('5821');
  await expect(page.getByTestId('tracking-connection')).toHaveAttribute('data-connection', 'live');
  // No other shopper's order appears anywhere on the page.
  await expect(page.locator('body')).not.toContainText(delivery.otherNumber);

  const courier = await courierPage(browser, delivery.courierEmail);
  await expect(courier.page.getByTestId('position-sharer')).toHaveAttribute(
    'data-status',
    'sharing',
    { timeout: 15_000 },
  );
  const position = page.getByTestId('courier-position');
  await expect(position).toHaveAttribute('data-lat', String(START.latitude), { timeout: 10_000 });
  await expect(page.getByTestId('tracking-eta')).toContainText(/\d{2}:\d{2}/);

  await courier.page.context().setGeolocation(MOVED);
  await expect(position).toHaveAttribute('data-lat', String(MOVED.latitude), { timeout: 10_000 });

  await deliverWithProof(delivery.orderId);
  await expect(page.getByTestId('tracking-delivered')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('tracking-delivered')).toContainText('Maria Souza');
  await expect(page.getByTestId('tracking-proof')).toContainText('assinatura');
  await expect(page.getByTestId('tracking-code')).toHaveCount(0);
  await expectAccessible(page);
  await courier.close();
});

test('another shopper and an anonymous visitor get a 404 for the tracking page and stream', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const ownerEmail = await createVerifiedCustomer(PASSWORD);
  const delivery = await createDelivery(ownerEmail);
  const anonymous = await page.goto(`/orders/${delivery.number}/tracking`);
  expect(anonymous?.status()).toBe(404);
  expect((await page.request.get(`/api/tracking/orders/${delivery.number}/events`)).status()).toBe(
    404,
  );
  const otherEmail = await createVerifiedCustomer(PASSWORD);
  await signIn(page, otherEmail, PASSWORD);
  expect((await page.goto(`/orders/${delivery.number}/tracking`))?.status()).toBe(404);
  expect((await page.request.get(`/api/tracking/orders/${delivery.number}`)).status()).toBe(404);
});
