import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users, type AdminPermission } from '@/db/schema';
import { auditLog } from '@/db/schema/audit';
import { storeSettings } from '@/db/schema/settings';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import { toActor, type Actor } from '@/lib/auth/actor';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { DEFAULT_STORE_SETTINGS, getStoreSettings, updateStoreSettings } from './store-settings';

let t: TestDatabase;
const cache = createTaggedCache(createMemoryCache());

async function makeActor(permissions: AdminPermission[], role: 'admin' | 'customer' = 'admin') {
  const [row] = await t.db
    .insert(users)
    .values({
      email: `settings-${Math.random().toString(36).slice(2)}@loja.test`,
      name: 'Admin',
      role,
      permissions,
      emailVerifiedAt: new Date(),
    })
    .returning();
  return toActor({ ...row!, permissions: row!.permissions }, 'session-1', 'session');
}

let admin: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await makeActor(['settings']);
});
afterAll(async () => t?.drop());

describe('store settings', () => {
  it('reads the documented defaults before anything is saved', async () => {
    const settings = await getStoreSettings(t.db, cache);
    expect(settings).toEqual(DEFAULT_STORE_SETTINGS);
    expect(settings.installments).toEqual({
      maxInstallments: 12,
      minInstallmentCents: 500,
      interestFreeInstallments: 3,
      monthlyInterestBps: 199,
    });
    expect(settings.returnWindowDays).toBe(7);
  });

  it('merges a partial patch, invalidates the cache and audits before/after', async () => {
    await getStoreSettings(t.db, cache); // cached
    const next = await updateStoreSettings(
      admin,
      { storeName: 'Loja da Ana', installments: { maxInstallments: 6 } },
      { db: t.db, cache, ip: '198.51.100.7' },
    );
    expect(next.storeName).toBe('Loja da Ana');
    expect(next.installments).toMatchObject({ maxInstallments: 6, interestFreeInstallments: 3 });
    expect(await getStoreSettings(t.db, cache)).toEqual(next);

    const [row] = await t.db.select().from(storeSettings);
    expect(row!.updatedBy).toBe(admin.userId);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'settings.update'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.changes).toMatchObject({
      storeName: { before: 'Loja', after: 'Loja da Ana' },
    });
    expect(audits[0]!.changes).not.toHaveProperty('returnWindowDays');
  });

  it('refuses invalid values naming the field, and changes nothing', async () => {
    const before = await getStoreSettings(t.db, cache);
    await expect(
      updateStoreSettings(admin, { returnWindowDays: 3 }, { db: t.db, cache }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await expect(
      updateStoreSettings(
        admin,
        { installments: { interestFreeInstallments: 10 } },
        { db: t.db, cache },
      ),
    ).rejects.toThrow(/interest_free_above_max/);
    await expect(
      updateStoreSettings(admin, { surprise: true }, { db: t.db, cache }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    expect(await getStoreSettings(t.db, cache)).toEqual(before);
  });

  it('needs the settings permission', async () => {
    const catalogAdmin = await makeActor(['catalog']);
    const shopper = await makeActor([], 'customer');
    for (const actor of [catalogAdmin, shopper])
      await expect(
        updateStoreSettings(actor, { storeName: 'Hacked' }, { db: t.db, cache }),
      ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getStoreSettings(t.db, cache)).storeName).toBe('Loja da Ana');
  });

  it('concurrent partial saves both land (row lock, merge)', async () => {
    await Promise.all([
      updateStoreSettings(admin, { contactPhone: '+55 11 4000-0000' }, { db: t.db, cache }),
      updateStoreSettings(admin, { returnWindowDays: 30 }, { db: t.db, cache }),
    ]);
    const settings = await getStoreSettings(t.db, cache);
    expect(settings.contactPhone).toBe('+55 11 4000-0000');
    expect(settings.returnWindowDays).toBe(30);
  });

  it('an old or hand-edited row falls back per key instead of breaking the store', async () => {
    await t.db
      .update(storeSettings)
      .set({ data: { storeName: 'Velha', returnWindowDays: 'x' } })
      .where(eq(storeSettings.id, 1));
    await cache.invalidateTags(['store-settings']);
    const settings = await getStoreSettings(t.db, cache);
    expect(settings.storeName).toBe('Velha');
    expect(settings.returnWindowDays).toBe(7);
    expect(settings.installments.maxInstallments).toBe(12);
  });
});
