import { createVerifiedCustomer, signIn } from './support/accounts';
import {
  confirmDelivery,
  courierStop,
  createRunningRoute,
  fillDeliveryProof,
  openCourierApp,
  ROUTE_DELIVERY_CODE,
} from './support/courier';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const PASSWORD = 'um-caju-no-quintal-azul';
const START = { latitude: -23.561, longitude: -46.656 };
// ~55 m further: a courier in traffic, well under the "impossible jump" speed.
const MOVED = { latitude: -23.5605, longitude: -46.656 };

/** A route in progress for a new courier: another shopper's order first, then this shopper's. */
async function createDelivery(shopperEmail: string) {
  const shopper = await withClient('main', async (client) => {
    const { rows } = await client.query<{ id: string }>(`select id from users where email = $1`, [
      shopperEmail,
    ]);
    return rows[0]!.id;
  });
  const route = await createRunningRoute(PASSWORD, [
    { lat: -23.5595, lng: -46.655 },
    { userId: shopper, lat: -23.557, lng: -46.654 },
  ]);
  const [other, mine] = route.orders;
  return {
    courierEmail: route.courierEmail,
    number: mine!.number,
    otherNumber: other!.number,
  };
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
  // The code is on the order page too, not only on the tracking page.
  await expect(page.getByTestId('order-delivery-code')).toHaveText(ROUTE_DELIVERY_CODE);
  await expectAccessible(page);
  await page.getByTestId('order-tracking-link').click();
  await page.waitForURL(`**/orders/${delivery.number}/tracking`);
  await expectAccessible(page);
  await expect(page.getByTestId('tracking-courier')).toContainText('Ana');
  await expect(page.getByTestId('tracking-stop')).toContainText('parada 2');
  await expect(page.getByTestId('tracking-stop')).toContainText('1 entrega antes da sua');
  await expect(page.getByTestId('tracking-code')).toHaveText(ROUTE_DELIVERY_CODE);
  await expect(page.getByTestId('tracking-connection')).toHaveAttribute('data-connection', 'live');
  // No other shopper's order appears anywhere on the page.
  await expect(page.locator('body')).not.toContainText(delivery.otherNumber);

  const courier = await openCourierApp(browser, delivery.courierEmail, PASSWORD, {
    geolocation: START,
    permissions: ['geolocation'],
  });
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

  // At the door: the shopper reads the code off their tracking page; the courier delivers in the app.
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  const stop = courierStop(courier.page, delivery.number);
  await fillDeliveryProof(courier.page, stop, { recipient: 'Maria Souza', code });
  await confirmDelivery(stop);
  await expect(stop.getByTestId('stop-status')).toHaveText('Entregue');
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
