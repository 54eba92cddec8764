import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Database, type Executor } from '@/lib/db/client';
import { textArray } from '@/lib/search/postgres/sql-helpers';
import { synonymGroupsSchema } from '@/lib/search/synonyms';
import { staleWrite } from './catalog-errors';

/** The admin textarea: one group per line, terms separated by commas. */
export function parseSynonymText(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(',')
        .map((term) => term.trim())
        .filter(Boolean),
    )
    .filter((terms) => terms.length > 0);
}

export function formatSynonymText(groups: string[][]): string {
  return groups.map((terms) => terms.join(', ')).join('\n');
}

async function readGroups(db: Executor) {
  const { rows } = await db.execute<{ terms: string[] }>(
    sql`select terms from search_synonyms order by id`,
  );
  return rows.map((r) => r.terms);
}

/** A version of the whole synonym list, carried by the form for optimistic concurrency. */
export function synonymsVersion(groups: string[][]): string {
  return createHash('sha256').update(JSON.stringify(groups)).digest('hex').slice(0, 16);
}

export async function listSynonymsForAdmin(db: Executor = getDb()) {
  const groups = await readGroups(db);
  return { groups, version: synonymsVersion(groups) };
}

const inputSchema = z.object({
  text: z.string().max(50_000, 'too_long'),
  version: z.string().min(1, 'required'),
});

/**
 * Replaces every synonym group, audited, refusing a form based on an older list. Search caches are
 * invalidated after the commit, so the next search uses the new groups (no reindex needed).
 */
export async function saveSynonyms(
  input: unknown,
  {
    actor,
    ip = null,
    db = getDb(),
    cache = getTaggedCache(),
  }: { actor: Actor; ip?: string | null; db?: Database; cache?: TaggedCache },
) {
  const { text, version } = inputSchema.parse(input);
  const groups = synonymGroupsSchema.parse(parseSynonymText(text));
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table search_synonyms in exclusive mode`);
    const before = await readGroups(tx);
    if (synonymsVersion(before) !== version) {
      const { rows } = await tx.execute<{ at: Date | null }>(
        sql`select max(updated_at) as at from search_synonyms`,
      );
      throw staleWrite('synonym list', null, new Date(rows[0]?.at ?? Date.now()));
    }
    await tx.execute(sql`delete from search_synonyms`);
    for (const terms of groups)
      await tx.execute(sql`insert into search_synonyms (terms) values (${textArray(terms)})`);
    await recordAudit(tx, {
      actor,
      action: 'synonyms.update',
      entity: 'search_synonyms',
      entityId: 'all',
      before: { groups: before },
      after: { groups },
      ip,
    });
  });
  await cache.invalidateTags([CACHE_TAGS.synonyms, CACHE_TAGS.search]);
  return groups;
}
