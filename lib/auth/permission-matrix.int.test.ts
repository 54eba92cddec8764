/**
 * Every route handler and every server action × every kind of caller. A route or action that
 * is not in the tables below fails the test: new endpoints must state who may call them.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addresses } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { SANDBOX_SIGNATURE_HEADER, signSandboxWebhook } from '@/lib/payments/sandbox-gateway';
import { resetRealtimeForTests } from '@/lib/realtime';
import { insertTrackedOrder } from '@/lib/tracking/testing/tracking-fixtures';
import {
  createRunningStop,
  createStopWithProof,
  TINY_PNG,
} from '@/lib/logistics/dispatch/testing/fixtures';
import { getSandboxWebhookSecret } from '@/lib/payments/sandbox-webhook-secret';
import { getSessionStore } from './session-store';
import { issueTokenPair } from './api-tokens';
import {
  ACTOR_NAMES,
  createMatrixUsers,
  sessionCookieFor,
  type ActorName,
  type MatrixUser,
} from './testing/matrix-actors';
import { testContext, useAuthTestDatabase } from './testing/auth-test-env';
import { discoverActions, discoverRoutes } from './testing/discover-endpoints';
import { ACTIONS, isAllowed, ROUTES } from './testing/permission-rules';

const request = vi.hoisted(() => ({ cookie: '', ip: '192.0.2.1' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => {
      const match = request.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
      return match ? { name, value: match.slice(name.length + 1) } : undefined;
    },
    set: () => {},
  }),
  headers: async () =>
    new Headers({ cookie: request.cookie, 'x-forwarded-for': request.ip, host: 'loja.test' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
}));
// Auth.js's own sign-in/out are exercised end to end by Playwright; here they only need to be
// reachable, since they are public by nature.
vi.mock('@/lib/auth/authjs', async (original) => ({
  ...(await original<typeof import('./authjs')>()),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
}));

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let users: Map<ActorName, MatrixUser>;
let routes: Awaited<ReturnType<typeof discoverRoutes>>;
let actions: Awaited<ReturnType<typeof discoverActions>>;
let ipCounter = 0;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  users = await createMatrixUsers(t.db);
  routes = await discoverRoutes();
  actions = await discoverActions();
}, 120_000);
afterAll(async () => {
  await resetRealtimeForTests();
  await t.release();
});

const user = (name: ActorName) => users.get(name)!;
const ADDRESS = {
  recipient: 'Ana',
  cep: '01310100',
  street: 'Avenida Paulista',
  number: '1000',
  district: 'Bela Vista',
  city: 'São Paulo',
  state: 'SP',
};

/** A fresh address of customer A, and a check that a refused caller left it untouched. */
async function addressOfA() {
  const [row] = await t.db
    .insert(addresses)
    .values({ ...ADDRESS, userId: user('customerA').id })
    .returning();
  return {
    id: row!.id,
    untouched: async () => {
      const [now] = await t.db.select().from(addresses).where(eq(addresses.id, row!.id));
      expect(now, 'a refused caller changed or deleted A\u2019s address').toEqual(row);
    },
  };
}

type Prepared = {
  path: string;
  params?: Record<string, string | string[]>;
  body?: unknown;
  query?: string;
  headers?: Record<string, string>;
  untouched?: () => Promise<void>;
};

async function prepareRoute(key: string): Promise<Prepared> {
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
      await t.db.delete(addresses).where(eq(addresses.userId, user('customerA').id));
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
      const order = await insertTrackedOrder(t.db, {
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
      const stop = await createStopWithProof(t.db, user('courier').id);
      return { path: `/api/logistics/stops/${stop.id}/proof`, params: { id: stop.id } };
    }
    case 'POST /api/courier/stops/[id]/arrive':
    case 'POST /api/courier/stops/[id]/deliver':
    case 'POST /api/courier/stops/[id]/fail': {
      // A stop on the matrix courier's own running route: the courier may act on it, nobody else.
      const stop = await createRunningStop(t.db, user('courier').id);
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

async function callAs(actor: ActorName) {
  ipCounter += 1;
  request.ip = `192.0.2.${ipCounter % 250}`;
  if (actor === 'anonymous') {
    request.cookie = '';
    return;
  }
  const cookie = await sessionCookieFor(user(actor));
  request.cookie = `${cookie.name}=${cookie.value}`;
}

describe('permission matrix', () => {
  it('lists every route handler and every server action', () => {
    const unlisted = [
      ...routes.map((r) => r.key).filter((key) => !(key in ROUTES)),
      ...actions.map((a) => a.key).filter((key) => !(key in ACTIONS)),
    ];
    expect(unlisted, 'add these to the permission matrix').toEqual([]);
    const stale = [
      ...Object.keys(ROUTES).filter((key) => !routes.some((r) => r.key === key)),
      ...Object.keys(ACTIONS).filter((key) => !actions.some((a) => a.key === key)),
    ];
    // An entry ahead of its route (another branch of work) is harmless; it is reported, not failed.
    if (stale.length > 0)
      console.warn(`Permission matrix entries with no endpoint: ${stale.join(', ')}`);
  });

  it.each(Object.keys(ROUTES))(
    '%s',
    async (key) => {
      const route = routes.find((r) => r.key === key)!;
      const handler = ((await import(/* @vite-ignore */ route.file)) as Record<string, unknown>)[
        route.method
      ] as (
        req: Request,
        ctx: { params: Promise<Record<string, string | string[]>> },
      ) => Promise<Response>;
      for (const actor of ACTOR_NAMES) {
        const prepared = await prepareRoute(key);
        await callAs(actor);
        const isForm = typeof prepared.body === 'string';
        const req = new Request(
          `http://loja.test${prepared.path}${prepared.query ? `?${prepared.query}` : ''}`,
          {
            method: route.method,
            headers: {
              cookie: request.cookie,
              'x-forwarded-for': request.ip,
              'content-type': isForm ? 'application/x-www-form-urlencoded' : 'application/json',
              ...prepared.headers,
            },
            body:
              prepared.body === undefined
                ? undefined
                : isForm
                  ? (prepared.body as string)
                  : JSON.stringify(prepared.body),
          },
        );
        const res = await handler(req, { params: Promise.resolve(prepared.params ?? {}) });
        // A live stream (SSE) stays open until its reader leaves.
        if (res.headers.get('content-type')?.startsWith('text/event-stream'))
          await res.body?.cancel();
        const label = `${key} as ${actor} → ${res.status}`;
        const rule = ROUTES[key]!;
        if (isAllowed(rule, actor)) {
          expect([401, 403], label).not.toContain(res.status);
          if (rule !== 'public') expect(res.status, label).toBeLessThan(400);
        } else {
          expect([401, 403, 404], label).toContain(res.status);
          await prepared.untouched?.();
        }
      }
    },
    60_000,
  );

  it.each(Object.keys(ACTIONS))(
    '%s',
    async (key) => {
      const action = actions.find((a) => a.key === key)!;
      for (const actor of ACTOR_NAMES) {
        const { form, untouched } = await prepareAction(key);
        await callAs(actor);
        const outcome = await action
          .run(...(action.run.length >= 2 ? [{ ok: false }, form] : [form]))
          .then(() => 'allow' as const)
          .catch((error: unknown) => {
            if (
              error instanceof AppError &&
              ['unauthorized', 'forbidden', 'not_found'].includes(error.code)
            ) {
              return 'deny' as const;
            }
            if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT'))
              return 'allow' as const;
            throw error;
          });
        expect(outcome, `${key} as ${actor}`).toBe(
          isAllowed(ACTIONS[key]!, actor) ? 'allow' : 'deny',
        );
        if (outcome === 'deny') await untouched?.();
      }
    },
    60_000,
  );
});

let counter = 0;
async function prepareAction(
  key: string,
): Promise<{ form: FormData; untouched?: () => Promise<void> }> {
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
      set({ token: 'x'.repeat(43), password: 'um-caju-no-quintal', confirm: 'um-caju-no-quintal' });
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
      await t.db.delete(addresses).where(eq(addresses.userId, user('customerA').id));
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
