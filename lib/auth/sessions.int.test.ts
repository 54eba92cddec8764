import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, useAuthTestDatabase } from './testing/auth-test-env';
import { createPostgresSessionStore } from './session-store/postgres';
import { createRedisSessionStore } from './session-store/redis';
import { createUpstashSessionStore } from './session-store/upstash';
import { createUpstashClient } from '@/lib/cache/upstash';
import { startUpstashRedisStandIn } from './testing/upstash-redis-stand-in';
import { setSessionStoreForTests, type SessionStore } from './session-store';
import { SESSION_POLICY } from './session-policy';
import {
  createSession,
  listActiveSessions,
  revokeSession,
  revokeUserSessions,
  validateSessionToken,
} from './sessions';
import { testSetting } from '@/lib/env';

const redisUrl = testSetting('TEST_REDIS_URL');
if (!redisUrl) console.warn('Skipping the Redis session store: set TEST_REDIS_URL to run it.');

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
let redis: Redis | undefined;
// Upstash's REST protocol, served by a local stand-in that executes on the real Redis.
let upstash: Awaited<ReturnType<typeof startUpstashRedisStandIn>> | undefined;
const upstashStore = () =>
  createUpstashSessionStore(
    createUpstashClient({ url: upstash!.url, token: upstash!.token }),
    `${redisPrefix}u:`,
  );
const redisPrefix = `loja-test-${Date.now()}:`;
const instances: Redis[] = [];

beforeAll(async () => {
  t = await useAuthTestDatabase();
  if (redisUrl) redis = new Redis(redisUrl, { lazyConnect: true });
  if (redisUrl) upstash = await startUpstashRedisStandIn(redisUrl);
});
afterAll(async () => {
  redis?.disconnect();
  await upstash?.close();
  for (const instance of instances) instance.disconnect();
  await t.release();
});

const drivers: [string, () => SessionStore][] = [
  ['postgres', () => createPostgresSessionStore(t.db)],
  ...(redisUrl
    ? [
        ['redis', () => createRedisSessionStore(redis!, redisPrefix)] as [
          string,
          () => SessionStore,
        ],
        ['upstash', upstashStore] as [string, () => SessionStore],
      ]
    : []),
];

describe.each(drivers)('server-side sessions on %s', (_name, makeStore) => {
  let store: SessionStore;
  const meta = { ip: '198.51.100.7', userAgent: 'Firefox' };

  beforeAll(() => {
    store = makeStore();
    setSessionStoreForTests(store);
  });

  it('validates a new session and survives a restart (a fresh store instance)', async () => {
    const user = await createTestUser(t.db);
    const { token, session } = await createSession(user, meta);
    expect(session.kind).toBe('browser');
    setSessionStoreForTests(makeStoreSharingData(store));
    expect((await validateSessionToken(token))?.id).toBe(session.id);
    setSessionStoreForTests(store);
    expect(await validateSessionToken('not-a-token')).toBeUndefined();
  });

  it('enforces the idle and absolute limits of admin sessions', async () => {
    const admin = await createTestUser(t.db, { role: 'admin', permissions: ['orders'] });
    const start = new Date();
    const idle = await createSession(admin, meta, start);
    expect(idle.session.kind).toBe('admin');
    const afterIdle = new Date(start.getTime() + SESSION_POLICY.admin.idleMs + 1000);
    expect(await validateSessionToken(idle.token, afterIdle)).toBeUndefined();
    // The idle expiry revoked it for good, even if the clock went back.
    expect(await validateSessionToken(idle.token, start)).toBeUndefined();

    const longAgo = new Date(Date.now() - SESSION_POLICY.admin.absoluteMs - 1000);
    const old = await createSession(admin, meta, longAgo);
    expect(await validateSessionToken(old.token)).toBeUndefined();
  });

  it('touches lastSeenAt so activity keeps an admin session alive', async () => {
    const admin = await createTestUser(t.db, { role: 'admin' });
    const start = new Date();
    const { token } = await createSession(admin, meta, start);
    const step = SESSION_POLICY.admin.idleMs - 60_000;
    expect(await validateSessionToken(token, new Date(start.getTime() + step))).toBeDefined();
    expect(await validateSessionToken(token, new Date(start.getTime() + 2 * step))).toBeDefined();
  });

  it('revokes one session, or all of a user but the current one, and lists active ones', async () => {
    const user = await createTestUser(t.db);
    const a = await createSession(user, meta);
    const b = await createSession(user, meta);
    const c = await createSession(user, meta);
    const listed = await listActiveSessions({ userId: user.id });
    expect(listed.map((s) => s.id).sort()).toEqual([a, b, c].map((s) => s.session.id).sort());
    expect(listed[0]?.user.email).toBe(user.email);

    expect(await revokeSession(a.session.id, 'admin')).toBe(true);
    expect(await validateSessionToken(a.token)).toBeUndefined();
    expect(await revokeUserSessions(user.id, 'password_changed', b.session.id)).toBe(1);
    expect(await validateSessionToken(b.token)).toBeDefined();
    expect(await validateSessionToken(c.token)).toBeUndefined();
    expect((await listActiveSessions({ userId: user.id })).map((s) => s.id)).toEqual([
      b.session.id,
    ]);
  });
});

/** A second app instance: same backing data, nothing shared in memory. */
function makeStoreSharingData(store: SessionStore): SessionStore {
  if (store.driver === 'postgres') return createPostgresSessionStore(t.db);
  // A new REST client: nothing but the server's data is shared with the first store.
  if (store.driver === 'upstash') return upstashStore();
  return createRedisSessionStore(instances[instances.push(redis!.duplicate()) - 1]!, redisPrefix);
}
