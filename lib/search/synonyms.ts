import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Executor } from '@/lib/db/client';
import { normalizeText } from './normalize';
import { textArray } from './postgres/sql-helpers';

export type SynonymGroups = string[][];

const termSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .transform((term) =>
    normalizeText(term)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  )
  .refine((term) => term.length >= 2, 'must contain letters or digits');

/** Each group lists terms a shopper means interchangeably ("celular", "smartphone"). */
export const synonymGroupsSchema = z
  .array(
    z
      .array(termSchema)
      .transform((terms) => [...new Set(terms)])
      .refine((t) => t.length >= 2, 'a group needs at least two different terms'),
  )
  .max(1_000);

async function loadSynonyms(db: Executor): Promise<SynonymGroups> {
  const { rows } = await db.execute<{ terms: string[] }>(
    sql`select terms from search_synonyms order by id`,
  );
  return rows.map((row) => row.terms);
}

/** Synonym groups, cached until an admin changes them. */
export function listSynonymGroups(db: Executor = getDb(), cache: TaggedCache = getTaggedCache()) {
  return cache.remember('search:synonyms', { tags: [CACHE_TAGS.synonyms], ttlSeconds: 3_600 }, () =>
    loadSynonyms(db),
  );
}

/**
 * Admin action: replaces every synonym group. Invalidates the synonyms and every cached search,
 * whose results depend on them. The Elasticsearch driver expands synonyms in the query too, so
 * no reindex is needed.
 */
export async function setSynonyms(
  input: unknown,
  db: Executor = getDb(),
  cache: TaggedCache = getTaggedCache(),
): Promise<SynonymGroups> {
  const groups = synonymGroupsSchema.parse(input);
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from search_synonyms`);
    for (const terms of groups)
      await tx.execute(sql`insert into search_synonyms (terms) values (${textArray(terms)})`);
  });
  await cache.invalidateTags([CACHE_TAGS.synonyms, CACHE_TAGS.search]);
  return groups;
}
