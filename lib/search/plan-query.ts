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

/**
 * The plan in two steps, so a search need not wait for the vocabulary: `guess` treats every word
 * as known (no typo correction; synonyms applied) and is ready at once, `plan` follows when the
 * vocabulary has answered. Most queries have no typo, and then the two have the same groups.
 */
export async function planQueryInTwoSteps(
  db: Executor,
  cache: TaggedCache,
  q: string,
): Promise<{ guess: QueryPlan; plan: Promise<QueryPlan> }> {
  const vocabulary = lookupVocabulary(db, wordsToCheck(q));
  // If the synonyms fail first, the vocabulary's own failure must not go unhandled.
  vocabulary.catch(() => {});
  const synonyms = await listSynonymGroups(db, cache);
  return {
    guess: buildQueryPlan({ q, vocabulary: new Map(), synonyms }),
    plan: vocabulary.then((found) => buildQueryPlan({ q, vocabulary: found, synonyms })),
  };
}

/** Whether two plans ask a driver for the same thing (other fields only shape the result page). */
export function sameSearch(a: QueryPlan, b: QueryPlan) {
  return JSON.stringify(a.groups) === JSON.stringify(b.groups) && a.identifier === b.identifier;
}
