/**
 * Every route handler and every server action × every kind of caller. A route or action that
 * is not in the tables below fails the test: new endpoints must state who may call them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { resetRealtimeForTests } from '@/lib/realtime';
import {
  ACTOR_NAMES,
  createMatrixUsers,
  sessionCookieFor,
  type ActorName,
  type MatrixUser,
} from './testing/matrix-actors';
import { useAuthTestDatabase } from './testing/auth-test-env';
import { discoverActions, discoverRoutes } from './testing/discover-endpoints';
import { createMatrixPreparers } from './testing/matrix-preparers';
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
let preparers: ReturnType<typeof createMatrixPreparers>;
let ipCounter = 0;

beforeAll(async () => {
  t = await useAuthTestDatabase();
  users = await createMatrixUsers(t.db);
  preparers = createMatrixPreparers(t.db, users);
  routes = await discoverRoutes();
  actions = await discoverActions();
}, 120_000);
afterAll(async () => {
  await resetRealtimeForTests();
  await t.release();
});

const user = (name: ActorName) => users.get(name)!;

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
        const prepared = await preparers.prepareRoute(key);
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
        const { form, untouched } = await preparers.prepareAction(key);
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
