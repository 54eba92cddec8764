import { randomBytes } from 'node:crypto';
import { DEMO_LOGINS } from '@/db/seed/demo-users';
import { signIn, uniqueEmail } from './support/accounts';
import { withClient } from './support/db';
import { expect, expectAccessible, test } from './support/fixtures';

// Sign-in hashes passwords, pages run axe and actions go through the server: generous time on a
// loaded CI machine (the default 30 s was hit with the whole suite running).
test.describe.configure({ timeout: 120_000 });

const admin = DEMO_LOGINS.find((login) => login.role === 'admin')!;

/**
 * A planned route of a new courier with three own-fleet orders, written in one transaction. The
 * orders have no coordinates, so a plan another journey starts meanwhile ("Planejar rotas")
 * leaves them alone once they are back on the ready list.
 */
// The courier is 'off': once this journey cancels her route she would otherwise be an available
// courier for the plan another journey runs meanwhile, which would hand its orders to an account
// whose password that journey does not know.
async function createPlannedRoute() {
  return withClient('main', async (client) => {
    await client.query('begin');
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const user = await client.query<{ id: string }>(
      `insert into users (email, name, role, email_verified_at)
       values ($1, 'Dora Entregadora', 'courier', now()) returning id`,
      [uniqueEmail('entregadora')],
    );
    const courier = await client.query<{ id: string }>(
      `insert into couriers (user_id, first_name, capacity_grams, shift_start_minute, shift_end_minute, weekdays, status)
       values ($1, $2, 20000, 0, 1440, '{1,2,3,4,5,6,7}', 'off') returning id`,
      [user.rows[0]!.id, `Dora${tag}`],
    );
    const route = await client.query<{ id: string }>(
      `insert into delivery_routes (courier_id, route_date, planner)
       values ($1, (now() at time zone 'America/Sao_Paulo')::date, 'manual') returning id`,
      [courier.rows[0]!.id],
    );
    const orders: { id: string; number: string }[] = [];
    for (let i = 1; i <= 3; i += 1) {
      const number = `LJ-B${tag}${i}`;
      const { rows } = await client.query<{ id: string; number: string }>(
        `insert into orders (number, guest_email, address, status, idempotency_key, payment_method,
           shipping_kind, package_weight_grams)
         values ($1, $2, $3, 'ready_for_dispatch', $4, 'pix', 'own_fleet', 1000)
         returning id, number`,
        [
          number,
          `cliente-${number.toLowerCase()}@e2e.loja.dev`,
          JSON.stringify({
            recipient: `Cliente ${number}`,
            cep: '01310-100',
            street: 'Avenida Paulista',
            number: '900',
            complement: null,
            district: 'Bela Vista',
            city: 'São Paulo',
            state: 'SP',
          }),
          `e2e-board-${number}`,
        ],
      );
      await client.query(
        'insert into route_stops (route_id, order_id, sequence) values ($1, $2, $3)',
        [route.rows[0]!.id, rows[0]!.id, i],
      );
      orders.push(rows[0]!);
    }
    await client.query('commit');
    return { routeId: route.rows[0]!.id, courierName: `Dora${tag}`, orders };
  });
}

const sequences = (routeId: string) =>
  withClient('main', async (client) => {
    const { rows } = await client.query<{ order_id: string }>(
      'select order_id from route_stops where route_id = $1 order by sequence',
      [routeId],
    );
    return rows.map((r) => r.order_id);
  });

test('admin re-orders a planned route from the keyboard, then cancels it: its orders are ready again', async ({
  page,
}) => {
  const { routeId, courierName, orders } = await createPlannedRoute();
  const [first, second, third] = orders as [
    (typeof orders)[0],
    (typeof orders)[0],
    (typeof orders)[0],
  ];
  await signIn(page, admin.email, admin.password, '/admin/dispatch');
  const route = page.getByTestId('route').filter({ hasText: first.number });
  const stops = route.getByTestId('route-stops').locator('li');
  await expect(stops).toHaveCount(3);
  await expect(stops.first()).toContainText(first.number);
  // The first stop cannot move up, the last cannot move down.
  await expect(
    route.getByRole('button', { name: `Subir a parada 1 (${first.number})` }),
  ).toBeDisabled();
  await expectAccessible(page);

  const down = route.getByRole('button', { name: `Descer a parada 1 (${first.number})` });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(route.getByText('Paradas reordenadas')).toBeVisible();
  await expect(stops.first()).toContainText(second.number);
  await expect(stops.nth(1)).toContainText(first.number);
  expect(await sequences(routeId)).toEqual([second.id, first.id, third.id]);

  await route.getByRole('button', { name: `Subir a parada 3 (${third.number})` }).click();
  await expect(stops.nth(1)).toContainText(third.number);
  expect(await sequences(routeId)).toEqual([second.id, third.id, first.id]);

  await route.getByRole('button', { name: `Cancelar a rota de ${courierName}` }).click();
  await expect(page.getByText('Rota cancelada')).toBeVisible();
  await expect(page.getByTestId('route').filter({ hasText: first.number })).toHaveCount(0);
  for (const order of orders) {
    await expect(page.getByTestId('ready-orders')).toContainText(order.number);
  }
  await expectAccessible(page);
  const saved = await withClient('main', (client) =>
    client.query<{ status: string; active: boolean }>(
      `select r.status, bool_or(s.active) as active from delivery_routes r
         join route_stops s on s.route_id = r.id where r.id = $1 group by r.status`,
      [routeId],
    ),
  );
  expect(saved.rows).toEqual([{ status: 'cancelled', active: false }]);
});
