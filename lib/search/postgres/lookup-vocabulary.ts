import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import type { WordInfo } from '../query-plan';
import { textArray } from './sql-helpers';

const MIN_TYPO_LENGTH = 4;
// Only candidates nearly as close as the best: "camizeta" means camiseta, not also camisa.
const CANDIDATE_MARGIN = 0.8;

/**
 * One round trip: for each word, whether any product contains it (after stemming), and if not,
 * the closest words of the vocabulary by trigram similarity (frequent words win ties).
 */
export async function lookupVocabulary(
  db: Executor,
  words: string[],
): Promise<Map<string, WordInfo>> {
  const unique = [...new Set(words)];
  if (unique.length === 0) return new Map();
  const { rows } = await db.execute<{
    word: string;
    known: boolean;
    candidates: string[] | null;
  }>(sql`
    select w.word, k.known,
      case when k.known or length(w.word) < ${MIN_TYPO_LENGTH} then null else (
        select array_agg(c.term order by c.score desc, c.frequency desc) from (
          select t.term, t.frequency, similarity(t.term, w.word) as score,
            max(similarity(t.term, w.word)) over () as best
          from search_terms t where t.term % w.word and t.term <> w.word
          order by score desc, t.frequency desc limit 3
        ) c where c.score >= c.best * ${CANDIDATE_MARGIN}
      ) end as candidates
    from unnest(${textArray(unique)}) as w(word)
    cross join lateral (select search_word_known(w.word) as known) k`);
  return new Map(
    rows.map((row) => [row.word, { known: row.known, candidates: row.candidates ?? [] }]),
  );
}
