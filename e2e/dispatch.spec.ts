import { randomBytes } from 'node:crypto';
import { devices, type APIRequestContext } from '@playwright/test';
import { DEMO_LOGINS } from '@/db/seed/demo-users';
import { hashPassword } from '@/lib/auth/password';
import { signIn, uniqueEmail } from './support/accounts';
import { confirmDelivery, courierStop, fillDeliveryProof, openCourierApp } from './support/courier';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

const flagsBase = `http://127.0.0.1:${process.env.E2E_FLAGS_PORT}`;
const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;
const demoCourier = DEMO_LOGINS.find((login) => login.role === 'courier')!;
const PASSWORD = 'rota-do-dia-2026-segura';
const POINTS = [
  { lat: -23.5587, lng: -46.6623 },
  { lat: -23.5653, lng: -46.6512 },
];

/** A courier account (password PASSWORD) with an available, round-the-clock profile. */
async function createCourier(server: string) {
  const email = uniqueEmail('entregador');
  const hash = await hashPassword(PASSWORD);
  return withClient(server, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into users (email, name, role, password_hash, email_verified_at)
       values ($1, 'Bruno Entregador', 'courier', $2, now()) returning id`,
      [email, hash],
    );
    const courier = await client.query<{ id: string }>(
      `insert into couriers (user_id, first_name, capacity_grams, shift_start_minute, shift_end_minute, weekdays, status)
       values ($1, 'Bruno', 20000, 0, 1440, '{1,2,3,4,5,6,7}', 'available') returning id`,
      [rows[0]!.id],
    );
    return { email, id: courier.rows[0]!.id };
  });
}

/** Own-fleet orders ready for dispatch at the given points (1 kg each). */
async function createReadyOrders(server: string, points = POINTS) {
  return withClient(server, async (client) => {
    const orders: { id: string; number: string }[] = [];
    for (const point of points) {
      const tag = randomBytes(4).toString('hex').toUpperCase();
      const { rows } = await client.query<{ id: string; number: string }>(
        `insert into orders (number, guest_email, address, status, idempotency_key, payment_method,
           shipping_kind, delivery_lat, delivery_lng, package_weight_grams)
         values ($1, $2, $3, 'ready_for_dispatch', $4, 'pix', 'own_fleet', $5, $6, 1000)
         returning id, number`,
        [
          `LJ-D${tag}`,
          `cliente-${tag.toLowerCase()}@e2e.loja.dev`,
          JSON.stringify({
            recipient: `Cliente ${tag}`,
            cep: '01310-100',
            street: 'Avenida Paulista',
            number: '900',
            complement: null,
            district: 'Bela Vista',
            city: 'São Paulo',
            state: 'SP',
          }),
          `e2e-dispatch-${tag}`,
          point.lat,
          point.lng,
        ],
      );
      orders.push(rows[0]!);
    }
    return orders;
  });
}

async function adminToken(request: APIRequestContext, base: string) {
  const response = await request.post(`${base}/api/auth/token`, {
    data: { email: admin.email, password: admin.password },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

test.describe.configure({ mode: 'serial' });

test.describe('POST /api/logistics/plan on both sides of FEATURE_OR_TOOLS_LOGISTICS', () => {
  test('flag off: the baseline plans; asking for the optimizer is 404 feature_disabled', async ({
    request,
  }) => {
    const base = test.info().project.use.baseURL!;
    const courier = await createCourier('main');
    const orders = await createReadyOrders('main');
    const headers = { authorization: `Bearer ${await adminToken(request, base)}` };
    const refused = await request.post(`${base}/api/logistics/plan`, {
      headers,
      data: { planner: 'optimizer', orderIds: orders.map((o) => o.id) },
    });
    expect(refused.status()).toBe(404);
    expect((await refused.json()).error.code).toBe('feature_disabled');
    const response = await request.post(`${base}/api/logistics/plan`, {
      headers,
      data: { orderIds: orders.map((o) => o.id), courierIds: [courier.id] },
    });
    expect(response.status()).toBe(200);
    const plan = await response.json();
    expect(plan.planner).toBe('baseline');
    expect(plan.stats.algorithm).toBe('baseline');
    expect(plan.routes).toHaveLength(1);
    expect(plan.routes[0].stops.map((s: { orderId: string }) => s.orderId).sort()).toEqual(
      orders.map((o) => o.id).sort(),
    );
  });

  test('flag on: the optimizer runs on its bundled worker thread under next start', async ({
    request,
  }) => {
    const courier = await createCourier('flags');
    const orders = await createReadyOrders('flags', [
      ...POINTS,
      { lat: -23.5489, lng: -46.6388 },
      { lat: -23.5701, lng: -46.6443 },
    ]);
    const response = await request.post(`${flagsBase}/api/logistics/plan`, {
      headers: {
        authorization: `Bearer ${await adminToken(request, flagsBase)}`,
        accept: 'application/x-ndjson',
      },
      data: { orderIds: orders.map((o) => o.id), courierIds: [courier.id], timeLimitMs: 500 },
    });
    expect(response.status()).toBe(200);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });
    const result = lines.at(-1)!;
    expect(result.type).toBe('result');
    expect(result.planner).toBe('optimizer');
    expect((result.stats as { algorithm: string }).algorithm).toBe('sisr');
    expect((result.routes as unknown[]).length).toBe(1);
    const saved = await withClient('flags', (client) =>
      client.query(`select planner from delivery_routes where courier_id = $1`, [courier.id]),
    );
    expect(saved.rows).toEqual([{ planner: 'optimizer' }]);
  });
});

test('admin plans and starts a route; the courier delivers with name, signature and code', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const orders = await createReadyOrders('main');
  await signIn(page, admin.email, admin.password, '/admin/dispatch');
  await expect(page.getByRole('heading', { level: 1, name: 'Expedição' })).toBeVisible();
  await expect(page.getByTestId('ready-orders')).toContainText(orders[0]!.number);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Planejar rotas' }).click();
  await expect(page.getByTestId('plan-status')).toContainText(/rotas? planejadas?/);
  const route = page.getByTestId('route').filter({ hasText: orders[0]!.number });
  await expect(route).toContainText(orders[1]!.number);
  await expectAccessible(page);
  await route.getByRole('button', { name: /Iniciar rota/ }).click();
  await expect(page.getByText('Rota iniciada')).toBeVisible();

  const assigned = await withClient('main', async (client) => {
    const { rows } = await client.query<{ email: string; code: string; id: string }>(
      `select u.email, o.delivery_code as code, o.id from orders o
         join route_stops s on s.order_id = o.id and s.active
         join delivery_routes r on r.id = s.route_id
         join couriers c on c.id = r.courier_id
         join users u on u.id = c.user_id
       where o.id = $1`,
      [orders[0]!.id],
    );
    return rows[0]!;
  });
  expect(assigned.code).toMatch(/^\d{6}$/);
  const courierPassword = assigned.email === demoCourier.email ? demoCourier.password : PASSWORD;

  const phone = await openCourierApp(browser, assigned.email, courierPassword, devices['Pixel 7']);
  const mobile = phone.page;
  const stop = courierStop(mobile, orders[0]!.number);
  await expect(stop).toBeVisible();
  await expect(stop.getByRole('link', { name: 'Navegar' })).toHaveAttribute(
    'href',
    /google\.com\/maps/,
  );
  await expectAccessible(mobile);

  await stop.getByRole('button', { name: 'Cheguei' }).click();
  await expect(stop.getByTestId('stop-status')).toHaveText('Chegou');
  await fillDeliveryProof(mobile, stop, {
    recipient: 'Maria Recebedora',
    code: assigned.code === '000000' ? '111111' : '000000',
  });
  await expectAccessible(mobile);
  await confirmDelivery(stop);
  await expect(stop.getByRole('alert').first()).toContainText('Código de entrega incorreto');
  await expect(stop).toContainText('4 tentativas restantes');

  await stop.getByLabel(/Código de entrega/).fill(assigned.code);
  await confirmDelivery(stop);
  await expect(stop.getByTestId('stop-status')).toHaveText('Entregue');

  const delivered = await withClient('main', (client) =>
    client.query<{ status: string; recipient: string; kind: string }>(
      `select o.status, s.recipient_name as recipient, p.kind from orders o
         join route_stops s on s.order_id = o.id join delivery_proofs p on p.stop_id = s.id
       where o.id = $1`,
      [orders[0]!.id],
    ),
  );
  expect(delivered.rows).toEqual([
    { status: 'delivered', recipient: 'Maria Recebedora', kind: 'signature' },
  ]);
  await phone.close();
});
