import 'server-only';
import type { TaggedCache } from '@/lib/cache';
import type { Executor } from '@/lib/db/client';
import { lookupVocabulary } from './postgres/lookup-vocabulary';
import { buildQueryPlan, wordsToCheck } from './query-plan';
import { listSynonymGroups } from './synonyms';
import type { QueryPlan } from './types';

/** Typo corrections from the vocabulary and synonyms from the admin's groups, for any driver. */
export async function planQuery(
  db: Executor,
  cache: TaggedCache,
  q: string,
  { prefixLast = false }: { prefixLast?: boolean } = {},
): Promise<QueryPlan> {
  const [vocabulary, synonyms] = await Promise.all([
    lookupVocabulary(db, wordsToCheck(q, prefixLast)),
    listSynonymGroups(db, cache),
  ]);
  return buildQueryPlan({ q, prefixLast, vocabulary, synonyms });
}
