import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { storeSettings } from '@/db/schema/settings';
import { assertVersion, versionToken } from '@/lib/admin/optimistic-lock';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Executor } from '@/lib/db/client';
import {
  applySettingsPatch,
  parseStoredSettings,
  type StoreSettings,
} from './store-settings-schema';

export {
  DEFAULT_STORE_SETTINGS,
  storeSettingsPatchSchema,
  storeSettingsSchema,
  type InstallmentRules,
  type StoreSettings,
  type StoreSettingsPatch,
} from './store-settings-schema';

async function loadStoreSettings(db: Executor): Promise<StoreSettings> {
  const [row] = await db
    .select({ data: storeSettings.data })
    .from(storeSettings)
    .where(eq(storeSettings.id, 1));
  return parseStoredSettings(row?.data);
}

/** The store's settings (defaults until an admin saves), cached until the next update. */
export function getStoreSettings(
  db: Executor = getDb(),
  cache: TaggedCache = getTaggedCache(),
): Promise<StoreSettings> {
  return cache.remember(
    'settings:store',
    { tags: [CACHE_TAGS.storeSettings], ttlSeconds: 3_600 },
    () => loadStoreSettings(db),
  );
}

/** The settings row's version token for the admin form ('' until the first save). */
export async function getStoreSettingsVersion(db: Executor = getDb()): Promise<string> {
  const [row] = await db
    .select({ updatedAt: storeSettings.updatedAt })
    .from(storeSettings)
    .where(eq(storeSettings.id, 1));
  return versionToken(row?.updatedAt);
}

/**
 * Admin write (permission `settings`): merges `patch` into the current settings under a row lock,
 * so two admins saving at once each see the other's change, and audits it in the same transaction.
 * Invalid input throws a ZodError naming the field and changes nothing. The settings form sends
 * `expectedVersion` (the token it was rendered with): if someone saved in between, the save is
 * refused with a 409 naming them instead of overwriting their change.
 */
export async function updateStoreSettings(
  actor: Actor,
  patch: unknown,
  {
    db = getDb(),
    cache = getTaggedCache(),
    ip = null,
    expectedVersion,
  }: {
    db?: Executor;
    cache?: TaggedCache;
    ip?: string | null;
    expectedVersion?: string;
  } = {},
): Promise<StoreSettings> {
  assertAllowed(actor, { permission: 'settings' });
  const next = await db.transaction(async (tx) => {
    const created = await tx
      .insert(storeSettings)
      .values({ id: 1 })
      .onConflictDoNothing()
      .returning({ id: storeSettings.id });
    const [row] = await tx
      .select({ data: storeSettings.data, updatedAt: storeSettings.updatedAt })
      .from(storeSettings)
      .where(eq(storeSettings.id, 1))
      .for('update');
    await assertVersion(
      tx,
      { entity: 'store_settings', entityId: '1', label: 'store settings' },
      created.length > 0 ? null : row?.updatedAt,
      expectedVersion,
    );
    const before = parseStoredSettings(row?.data);
    const after = applySettingsPatch(before, patch);
    await tx
      .update(storeSettings)
      .set({ data: after, updatedAt: sql`now()`, updatedBy: actor.userId })
      .where(eq(storeSettings.id, 1));
    await recordAudit(tx, {
      actor,
      action: 'settings.update',
      entity: 'store_settings',
      entityId: '1',
      before,
      after,
      ip,
    });
    return after;
  });
  await cache.invalidateTags([CACHE_TAGS.storeSettings]);
  return next;
}
