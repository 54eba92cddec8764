import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { addresses } from '@/db/schema';
import type { TestDatabase } from '@/db/testing/test-db';
import {
  createRunningStop,
  createStopWithProof,
  TINY_PNG,
} from '@/lib/logistics/dispatch/testing/fixtures';
import { SANDBOX_SIGNATURE_HEADER, signSandboxWebhook } from '@/lib/payments/sandbox-gateway';
import { getSandboxWebhookSecret } from '@/lib/payments/sandbox-webhook-secret';
import { insertTrackedOrder } from '@/lib/tracking/testing/tracking-fixtures';
import { issueTokenPair } from '../api-tokens';
import { getSessionStore } from '../session-store';
import { testContext } from './auth-test-env';
import { sessionCookieFor, type ActorName, type MatrixUser } from './matrix-actors';

/**
 * What the permission matrix sends to each endpoint: a request (path, params, body) for a route,
 * a form for an action, and for endpoints that change data, a check that a refused caller left
 * it untouched. They run once per actor, so data a call may change is made afresh for each one.
 */
export type PreparedRoute = {
  path: string;
  params?: Record<string, string | string[]>;
  body?: unknown;
  query?: string;
  headers?: Record<string, string>;
  untouched?: () => Promise<void>;
};

export type PreparedAction = { form: FormData; untouched?: () => Promise<void> };

const ADDRESS = {
  recipient: 'Ana',
  cep: '01310100',
  street: 'Avenida Paulista',
  number: '1000',
  district: 'Bela Vista',
  city: 'São Paulo',
  state: 'SP',
};

/** The preparers for one matrix run, over its test database and its actors' accounts. */
export function createMatrixPreparers(db: TestDatabase['db'], users: Map<ActorName, MatrixUser>) {
  const user = (name: ActorName) => users.get(name)!;

  /** A fresh address of customer A, and a check that a refused caller left it untouched. */
  async function addressOfA() {
    const [row] = await db
      .insert(addresses)
      .values({ ...ADDRESS, userId: user('customerA').id })
      .returning();
    return {
      id: row!.id,
      untouched: async () => {
        const [now] = await db.select().from(addresses).where(eq(addresses.id, row!.id));
        expect(now, 'a refused caller changed or deleted A\u2019s address').toEqual(row);
      },
    };
  }

  async function prepareRoute(key: string): Promise<PreparedRoute> {
    const [, route] = key.split(' ') as [string, string];
    switch (key) {
      case 'GET /img/[...path]':
        return { path: '/img/p/x.svg', params: { path: ['p', 'x.svg'] } };
      case 'GET /sitemaps/[shard]':
        return { path: '/sitemaps/categories.xml', params: { shard: 'categories.xml' } };
      case 'GET /api/recommendations/[slug]':
        return { path: '/api/recommendations/x', params: { slug: 'x' } };
      case 'GET /api/search':
        return { path: '/api/search', query: 'q=camiseta' };
      case 'GET /api/search/suggest':
        return { path: '/api/search/suggest', query: 'q=cam' };
      case 'GET /api/cep/[cep]':
        return { path: '/api/cep/01310100', params: { cep: '01310100' } };
      case 'GET /api/admin/inventory/[variantId]/movements': {
        const variantId = '00000000-0000-4000-8000-000000000000';
        return { path: `/api/admin/inventory/${variantId}/movements`, params: { variantId } };
      }
      case 'POST /api/payments/sandbox/tokens':
        return { path: route, body: { number: '4242424242424242' } };
      case 'POST /api/payments/sandbox/webhooks': {
        // A correctly signed event for an unknown payment: acknowledged, changes nothing.
        const body = JSON.stringify({
          id: `evt-matrix-${Date.now()}-${Math.random()}`,
          type: 'payment.succeeded',
          data: { reference: 'sbx_000000000000000000000000' },
        });
        return {
          path: route,
          body: JSON.parse(body) as unknown,
          headers: {
            [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(getSandboxWebhookSecret(), body),
          },
        };
      }
      case 'POST /api/payments/sandbox/pix/[reference]/simulate': {
        const reference = 'sbx_000000000000000000000000';
        return { path: `/api/payments/sandbox/pix/${reference}/simulate`, params: { reference } };
      }
      case 'GET /api/auth/[...nextauth]':
        return { path: '/api/auth/providers', params: { nextauth: ['providers'] } };
      case 'POST /api/auth/[...nextauth]':
        return { path: '/api/auth/signout', params: { nextauth: ['signout'] }, body: '' };
      case 'POST /api/auth/token':
        return {
          path: route,
          body: { email: user('customerA').email, password: 'correct-horse-battery-staple' },
        };
      case 'POST /api/auth/refresh':
      case 'POST /api/auth/logout': {
        const pair = await issueTokenPair(user('customerB').id, testContext());
        return { path: route, body: { refreshToken: pair.refreshToken } };
      }
      case 'POST /api/account/addresses':
        await db.delete(addresses).where(eq(addresses.userId, user('customerA').id));
        return { path: route, body: ADDRESS };
      case 'GET /api/account/addresses/[id]':
      case 'PUT /api/account/addresses/[id]':
      case 'DELETE /api/account/addresses/[id]': {
        const address = await addressOfA();
        return {
          path: `/api/account/addresses/${address.id}`,
          params: { id: address.id },
          body: key.startsWith('PUT') ? { ...ADDRESS, number: '2000' } : undefined,
          untouched: address.untouched,
        };
      }
      case 'GET /api/admin/customers/[id]/export': {
        const id = user('customerB').id;
        return { path: `/api/admin/customers/${id}/export`, params: { id } };
      }
      case 'DELETE /api/admin/sessions/[id]': {
        const target = await sessionCookieFor(user('customerB'));
        return {
          path: `/api/admin/sessions/${target.sessionId}`,
          params: { id: target.sessionId },
          untouched: async () =>
            expect(await getSessionStore().findById(target.sessionId)).toBeDefined(),
        };
      }
      case 'PUT /api/admin/users/[id]/permissions': {
        const target = user('admin:catalog');
        return {
          path: `/api/admin/users/${target.id}/permissions`,
          params: { id: target.id },
          body: { permissions: ['catalog'] },
        };
      }
      case 'POST /api/tracking/positions':
        return {
          path: route,
          body: { points: [{ lat: -23.56, lng: -46.65, recordedAt: new Date().toISOString() }] },
        };
      case 'GET /api/tracking/orders/[number]':
      case 'GET /api/tracking/orders/[number]/events': {
        const order = await insertTrackedOrder(db, {
          userId: user('customerA').id,
          lat: -23.56,
          lng: -46.65,
        });
        const path = `/api/tracking/orders/${order.number}${key.endsWith('events') ? '/events' : ''}`;
        return { path, params: { number: order.number } };
      }
      case 'POST /api/logistics/plan':
        return { path: route, body: {} };
      case 'GET /api/logistics/stops/[id]/proof': {
        const stop = await createStopWithProof(db, user('courier').id);
        return { path: `/api/logistics/stops/${stop.id}/proof`, params: { id: stop.id } };
      }
      case 'POST /api/courier/stops/[id]/arrive':
      case 'POST /api/courier/stops/[id]/deliver':
      case 'POST /api/courier/stops/[id]/fail': {
        // A stop on the matrix courier's own running route: the courier may act on it, nobody else.
        const stop = await createRunningStop(db, user('courier').id);
        const step = key.split('/').at(-1);
        const body =
          step === 'deliver'
            ? {
                recipientName: 'Maria Silva',
                code: stop.code,
                signature: `data:image/png;base64,${TINY_PNG.toString('base64')}`,
              }
            : step === 'fail'
              ? { reason: 'recipient_absent' }
              : undefined;
        return {
          path: `/api/courier/stops/${stop.id}/${step}`,
          params: { id: stop.id },
          body,
          untouched: async () => expect(await stop.status()).toBe('pending'),
        };
      }
      default:
        return { path: route };
    }
  }

  let counter = 0;
  async function prepareAction(key: string): Promise<PreparedAction> {
    counter += 1;
    const form = new FormData();
    const set = (values: Record<string, string>) =>
      Object.entries(values).forEach(([k, v]) => form.set(k, v));
    const name = key.split('#')[1];
    switch (name) {
      case 'setLocale':
        set({ locale: 'en' });
        break;
      case 'signInAction':
        set({ email: `nobody-${counter}@loja.test`, password: 'whatever-password' });
        break;
      case 'signUpAction':
        set({
          name: 'Pessoa Nova',
          email: `matrix-${counter}-${Date.now()}@loja.test`,
          password: 'um-caju-no-quintal',
        });
        break;
      case 'requestPasswordResetAction':
        set({ email: `reset-${counter}@loja.test` });
        break;
      case 'resetPasswordAction':
        set({
          token: 'x'.repeat(43),
          password: 'um-caju-no-quintal',
          confirm: 'um-caju-no-quintal',
        });
        break;
      case 'verifyEmailAction':
      case 'unlockAccountAction':
        set({ token: 'x'.repeat(43) });
        break;
      case 'updateProfileAction':
        set({ name: 'Nome Atualizado', cpf: '', phone: '' });
        break;
      case 'changePasswordAction':
        set({
          currentPassword: 'not-the-current-one',
          newPassword: 'um-caju-no-quintal',
          confirm: 'um-caju-no-quintal',
        });
        break;
      case 'deleteAccountAction':
        // A wrong password: allowed callers reach the check, nobody's account is actually deleted.
        set({ password: 'not-the-password', confirm: 'on' });
        break;
      case 'saveAddressAction':
        // Earlier cases filled A's address book; the per-account cap is not what is tested here.
        await db.delete(addresses).where(eq(addresses.userId, user('customerA').id));
        set(ADDRESS);
        break;
      case 'deleteAddressAction': {
        const address = await addressOfA();
        set({ addressId: address.id });
        return { form, untouched: address.untouched };
      }
      case 'revokeMySessionAction':
      case 'revokeSessionAction': {
        const owner = name === 'revokeMySessionAction' ? 'customerA' : 'customerB';
        const target = await sessionCookieFor(user(owner));
        set({ sessionId: target.sessionId });
        return {
          form,
          untouched: async () =>
            expect(await getSessionStore().findById(target.sessionId)).toBeDefined(),
        };
      }
    }
    return { form };
  }

  return { prepareRoute, prepareAction };
}
