import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { hashPassword } from '@/lib/auth/password';
import { signIn, uniqueEmail } from './accounts';
import { withClient } from './db';
import { expect } from './fixtures';

/** Every order of createRunningRoute has this delivery code. */
export const ROUTE_DELIVERY_CODE = '5821';

/**
 * A courier account (first name Ana) on a route in progress through the given orders, in order:
 * each out for delivery with ROUTE_DELIVERY_CODE, the shopper's when `userId` is set, a guest's
 * otherwise. Written straight to the e2e database, as the board would have left it.
 */
export async function createRunningRoute(
  password: string,
  stops: { userId?: string; lat: number; lng: number }[],
) {
  const tag = randomBytes(4).toString('hex').toUpperCase();
  const courierEmail = uniqueEmail('entregador');
  const hash = await hashPassword(password);
  return withClient('main', async (client) => {
    const one = async (sql: string, params: unknown[]) =>
      (await client.query<{ id: string }>(sql, params)).rows[0]!.id;
    const courierUserId = await one(
      `insert into users (email, name, role, password_hash, email_verified_at)
       values ($1, 'Ana Entregadora', 'courier', $2, now()) returning id`,
      [courierEmail, hash],
    );
    const courier = await one(
      `insert into couriers (user_id, first_name, capacity_grams, status) values ($1, 'Ana', 50000, 'on_route') returning id`,
      [courierUserId],
    );
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
    const route = await one(
      `insert into delivery_routes (courier_id, route_date, status, planner, started_at)
       values ($1, current_date, 'in_progress', 'manual', now()) returning id`,
      [courier],
    );
    const orders: { id: string; number: string }[] = [];
    for (const [index, stop] of stops.entries()) {
      const number = `LJ-R${tag}${index + 1}`;
      const id = await one(
        `insert into orders (number, user_id, guest_email, address, idempotency_key, payment_method, status, delivery_lat, delivery_lng, delivery_code)
         values ($1, $2, $3, $4, $5, 'card', 'out_for_delivery', $6, $7, $8) returning id`,
        [
          number,
          stop.userId ?? null,
          stop.userId ? null : `outro-${tag.toLowerCase()}-${index}@e2e.loja.dev`,
          address,
          `e2e-${number}`,
          stop.lat,
          stop.lng,
          ROUTE_DELIVERY_CODE,
        ],
      );
      await client.query(
        `insert into order_events (order_id, to_status, actor, reason) values ($1, 'out_for_delivery', 'system', 'e2e')`,
        [id],
      );
      await client.query(
        `insert into route_stops (route_id, order_id, sequence) values ($1, $2, $3)`,
        [route, id, index + 1],
      );
      orders.push({ id, number });
    }
    return { courierEmail, courierUserId, orders };
  });
}

/** A courier's phone: a new browser context (pt-BR, São Paulo) signed in on /courier. */
export async function openCourierApp(
  browser: Browser,
  email: string,
  password: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    ...options,
  });
  const page = await context.newPage();
  await signIn(page, email, password, '/courier');
  await expect(page.getByRole('heading', { level: 1, name: 'Minha rota' })).toBeVisible();
  return { page, close: () => context.close() };
}

/** The courier app's card for the stop of that order. */
export const courierStop = (page: Page, orderNumber: string) =>
  page.getByTestId('courier-stop').filter({ hasText: orderNumber });

/** A signature drawn with the mouse (pointer events) on the stop's canvas. */
export async function drawSignature(page: Page, stop: Locator) {
  const pad = stop.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
  await page.mouse.move(box.x + 200, box.y + 40, { steps: 8 });
  await page.mouse.up();
}

/**
 * Opens the stop's proof form and fills it as the courier does at the door: who received it, the
 * code the shopper reads out, and their signature. The caller confirms (and may check axe first).
 */
export async function fillDeliveryProof(
  page: Page,
  stop: Locator,
  proof: { recipient: string; code: string },
) {
  await stop.getByRole('button', { name: 'Entregar', exact: true }).click();
  await stop.getByLabel('Nome de quem recebeu').fill(proof.recipient);
  await stop.getByLabel(/Código de entrega/).fill(proof.code);
  await drawSignature(page, stop);
}

export const confirmDelivery = (stop: Locator) =>
  stop.getByRole('button', { name: 'Confirmar entrega' }).click();
