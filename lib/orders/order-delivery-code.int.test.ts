/**
 * The delivery code outside the tracking page, on real PostgreSQL: the order page (account order
 * detail and the guest lookup result are the same page) shows it to the owner or the browser
 * holding the order's access, never to another shopper; the "out for delivery" e-mail carries it.
 */
import { eq } from 'drizzle-orm';
import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import OrderPage from '@/app/orders/[number]/page';
import { DeliveryCodeNotice } from '@/components/tracking/delivery-code-notice';
import { mailboxMessages, orders } from '@/db/schema';
import { createTestUser, useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { sessionCookieFor } from '@/lib/auth/testing/matrix-actors';
import { deliverOrderEmails } from '@/lib/email/order-emails/deliver-order-emails';
import { MESSAGES } from '@/lib/i18n/messages';
import { insertTrackedOrder } from '@/lib/tracking/testing/tracking-fixtures';
import type { OrderDetail } from './get-order-detail';
import { transitionOrder } from './transition-order';

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: () => {},
  }),
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.9' }),
}));

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let owner: Awaited<ReturnType<typeof createTestUser>>;
let other: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  owner = await createTestUser(t.db);
  other = await createTestUser(t.db);
}, 60_000);
afterAll(async () => t?.release());

async function signIn(user: { id: string; email: string } | null, accessTo: string[] = []) {
  jar.clear();
  if (user) {
    const cookie = await sessionCookieFor({ ...user, role: 'customer' });
    jar.set(cookie.name, cookie.value);
  }
  if (accessTo.length) jar.set('loja_orders', accessTo.join('.'));
}

/** The page's HTML for the delivery code, or null when the page is a 404 for this viewer. */
async function codeOnPage(number: string): Promise<string | null> {
  const page = (await OrderPage({ params: Promise.resolve({ number }) }).catch(
    (error: { digest?: string }) => {
      if (error.digest?.endsWith(';404')) return null;
      throw error;
    },
  )) as ReactElement<{ detail: OrderDetail }> | null;
  if (!page) return null;
  const html = renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop -- a .ts test (no JSX); the provider's props type requires children
    createElement(NextIntlClientProvider, {
      locale: 'en',
      messages: MESSAGES.en,
      timeZone: 'America/Sao_Paulo',
      children: createElement(DeliveryCodeNotice, { order: page.props.detail.order }),
    }),
  );
  return /data-testid="order-delivery-code">(\d+)</.exec(html)?.[1] ?? '';
}

describe('delivery code on the order page', () => {
  it('is shown to the owner while out for delivery, and the page is a 404 for anyone else', async () => {
    const order = await insertTrackedOrder(t.db, {
      userId: owner.id,
      lat: -23.56,
      lng: -46.65,
      deliveryCode: '482913',
    });
    await signIn(owner);
    expect(await codeOnPage(order.number)).toBe('482913');
    await signIn(other);
    expect(await codeOnPage(order.number)).toBeNull();
    await signIn(null);
    expect(await codeOnPage(order.number)).toBeNull();
  });

  it('is shown to the guest browser that looked the order up, and gone once delivered', async () => {
    const order = await insertTrackedOrder(t.db, {
      lat: -23.56,
      lng: -46.65,
      deliveryCode: '730154',
    });
    await signIn(null, [order.id]);
    expect(await codeOnPage(order.number)).toBe('730154');
    await signIn(other);
    expect(await codeOnPage(order.number)).toBeNull();
    await t.db.update(orders).set({ status: 'delivered' }).where(eq(orders.id, order.id));
    await signIn(null, [order.id]);
    expect(await codeOnPage(order.number)).toBe('');
  });
});

describe('"out for delivery" e-mail', () => {
  it('carries the delivery code, sent to the order’s owner only', async () => {
    const order = await insertTrackedOrder(t.db, {
      userId: owner.id,
      lat: -23.56,
      lng: -46.65,
      deliveryCode: '615204',
    });
    await t.db.update(orders).set({ status: 'ready_for_dispatch' }).where(eq(orders.id, order.id));
    await t.db.transaction((tx) =>
      transitionOrder(tx, {
        orderId: order.id,
        to: 'out_for_delivery',
        actor: 'system',
        reason: 'route started',
      }),
    );
    await deliverOrderEmails(t.db);
    const mails = await t.db
      .select()
      .from(mailboxMessages)
      .where(eq(mailboxMessages.template, 'order.shipped'));
    const mine = mails.filter((m) => m.text.includes(order.number));
    expect(mine.map((m) => m.to)).toEqual([owner.email]);
    expect(mine[0]!.text).toContain('informe este código de entrega: 615204');
    expect(mine[0]!.html).toContain('>615204</strong>');
  });
});
