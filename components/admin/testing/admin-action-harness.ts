/**
 * Plumbing for tests that call admin server actions on real PostgreSQL: the request layer
 * (cookies → actor, headers, translations, revalidation, redirects) is stubbed here, before the
 * test imports the actions; `as.actor` is who the next action runs as. Import this module first.
 */
import { and, eq, sql } from 'drizzle-orm';
import { expect, vi } from 'vitest';
import { auditLog } from '@/db/schema/audit';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import type { Executor } from '@/lib/db/client';

/** Read by the mocked requireActor when an action runs (the factories run after this line). */
export const as: { actor: Actor | null } = { actor: null };
vi.mock('@/lib/auth/current-actor', () => ({
  requireActor: async (need: Parameters<typeof assertAllowed>[1]) => assertAllowed(as.actor, need),
  getCurrentActor: async () => as.actor,
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: `NEXT_REDIRECT;${to}` });
  },
}));
vi.mock('next-intl/server', () => ({
  getTranslations: async () =>
    Object.assign(
      (key: string, values?: Record<string, unknown>) =>
        values ? `${key} ${JSON.stringify(values)}` : key,
      { has: () => true },
    ),
  getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString() }),
}));

/** A submitted form: repeated keys for arrays, as the browser sends checkboxes. */
export function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values))
    (Array.isArray(v) ? v : [v]).forEach((x) => data.append(k, x));
  return data;
}

export async function auditCount(db: Executor, entity: string, entityId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)));
  return row!.n;
}

/** The conflict message (translation key + values in this stub) names the first editor. */
export function expectConflictBy(state: { ok: boolean; message?: string }, first: Actor) {
  expect(state.ok).toBe(false);
  expect(state.message).toMatch(/^stale /);
  expect(state.message).toContain(`"by":"${first.name}"`);
}
