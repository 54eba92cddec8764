import { randomBytes } from 'node:crypto';
import type { Browser } from '@playwright/test';
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

// Sign-in hashes passwords, pages run axe and actions go through the server: generous time on a
// loaded CI machine (the default 30 s was hit with the whole suite running).
test.describe.configure({ timeout: 120_000 });

const PASSWORD = `sem-sinal-no-subsolo-${randomBytes(3).toString('hex')}`;
const STOPS = [
  { lat: -23.5595, lng: -46.655 },
  { lat: -23.557, lng: -46.654 },
];

/**
 * Playwright's offline switch does not reach service workers (microsoft/playwright#2311): the
 * worker's Background Sync would replay the queue over the real network while the page is
 * "offline". The phone blocks the worker, so these journeys prove the page-driven replay.
 */
const phone = (browser: Browser, email: string) =>
  openCourierApp(browser, email, PASSWORD, { serviceWorkers: 'block' });

const stopRows = (orderIds: string[]) =>
  withClient('main', async (client) => {
    const { rows } = await client.query<{ status: string; attempts: number }>(
      `select status, delivery_code_attempts as attempts from route_stops
        where order_id = any($1::uuid[]) order by sequence`,
      [orderIds],
    );
    return rows;
  });

test('actions made without signal wait on the phone and reach the server once back online', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const route = await createRunningRoute(PASSWORD, STOPS);
  const [first, second] = route.orders as [
    { id: string; number: string },
    { id: string; number: string },
  ];
  const courier = await phone(browser, route.courierEmail);
  const page = courier.page;
  const arrival = courierStop(page, first.number);
  const failure = courierStop(page, second.number);
  await expect(arrival.getByTestId('stop-status')).toHaveText('Pendente');

  await page.context().setOffline(true);
  await arrival.getByRole('button', { name: 'Cheguei' }).click();
  await expect(arrival.getByTestId('stop-sync')).toHaveText('Aguardando sincronização');
  await expect(page.getByTestId('action-sync')).toContainText('1 ação aguardando conexão');
  await failure.getByRole('button', { name: 'Não consegui entregar' }).click();
  await failure.getByLabel('Motivo').selectOption('recipient_absent');
  await failure.getByRole('button', { name: 'Marcar como não entregue' }).click();
  await expect(page.getByTestId('action-sync')).toContainText('2 ações aguardando conexão');
  await expect(failure.getByTestId('stop-sync')).toBeVisible();
  await expectAccessible(page);
  expect((await stopRows([first.id, second.id])).map((r) => r.status)).toEqual([
    'pending',
    'pending',
  ]);

  await page.context().setOffline(false);
  await expect(arrival.getByTestId('stop-status')).toHaveText('Chegou', { timeout: 15_000 });
  await expect(failure.getByTestId('stop-status')).toHaveText('Falhou');
  await expect(page.getByTestId('action-sync')).toHaveAttribute('data-queued', '0');
  await expect(page.getByTestId('stop-sync')).toHaveCount(0);

  expect((await stopRows([first.id, second.id])).map((r) => r.status)).toEqual([
    'arrived',
    'failed',
  ]);
  const events = await withClient('main', (client) =>
    client.query<{ order_id: string; to_status: string; actor: string }>(
      `select order_id, to_status, actor from order_events
        where order_id = any($1::uuid[]) and actor <> 'system' order by at`,
      [[first.id, second.id]],
    ),
  );
  expect(events.rows).toEqual([
    { order_id: first.id, to_status: 'out_for_delivery', actor: `user:${route.courierUserId}` },
    { order_id: second.id, to_status: 'ready_for_dispatch', actor: `user:${route.courierUserId}` },
  ]);
  await courier.close();
});

test('a delivery queued with a wrong code is refused on replay, shown on the stop, and can be redone', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // Two stops: delivering the only stop would complete the route and take it off the phone.
  const route = await createRunningRoute(PASSWORD, STOPS);
  const [order] = route.orders as [{ id: string; number: string }];
  const courier = await phone(browser, route.courierEmail);
  const page = courier.page;
  const stop = courierStop(page, order.number);
  const wrong = '0000'; // ROUTE_DELIVERY_CODE is 5821

  await page.context().setOffline(true);
  await fillDeliveryProof(page, stop, { recipient: 'Maria Souza', code: wrong });
  await confirmDelivery(stop);
  await expect(stop.getByTestId('stop-sync')).toBeVisible();
  await expect(page.getByTestId('action-sync')).toContainText('1 ação aguardando conexão');

  await page.context().setOffline(false);
  const refusal = stop.getByTestId('stop-sync-notes').getByRole('alert');
  await expect(refusal).toContainText('Entrega não foi aceita', { timeout: 15_000 });
  await expect(refusal).toContainText('Código de entrega incorreto');
  await expect(page.getByTestId('action-sync')).toHaveAttribute('data-queued', '0');
  await expectAccessible(page);
  expect(await stopRows([order.id])).toEqual([{ status: 'pending', attempts: 1 }]);

  await refusal.getByRole('button', { name: 'Dispensar' }).click();
  await expect(stop.getByTestId('stop-sync-notes')).toHaveCount(0);
  await fillDeliveryProof(page, stop, { recipient: 'Maria Souza', code: ROUTE_DELIVERY_CODE });
  // The replayed wrong code counted once.
  await expect(stop).toContainText('4 tentativas restantes');
  await confirmDelivery(stop);
  await expect(stop.getByTestId('stop-status')).toHaveText('Entregue');
  expect(await stopRows([order.id])).toEqual([{ status: 'delivered', attempts: 1 }]);
  await courier.close();
});
