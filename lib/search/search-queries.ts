import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { tokenize } from './normalize';

/** Logs a submitted search (normalised), feeding "popular searches" in autocomplete. */
export async function recordSearchQuery(
  db: Executor,
  { q, locale, results }: { q: string; locale: string; results: number },
): Promise<void> {
  const query = tokenize(q).join(' ');
  if (query.length < 2) return;
  await db.execute(sql`
    insert into search_queries (query, locale, last_results) values (${query}, ${locale}, ${results})
    on conflict (query, locale) do update set searches = search_queries.searches + 1,
      last_results = excluded.last_results, last_searched_at = now()`);
}

/** The most searched queries starting with `prefix` that found something last time. */
export async function listPopularQueries(
  db: Executor,
  { prefix, locale, limit = 5 }: { prefix: string; locale: string; limit?: number },
): Promise<string[]> {
  const normal = tokenize(prefix).join(' ');
  const { rows } = await db.execute<{ query: string }>(sql`
    select query from search_queries
    where locale = ${locale} and query like ${`${normal.replace(/[\\%_]/g, '\\$&')}%`} and last_results > 0
    order by searches desc, query limit ${limit}`);
  return rows.map((row) => row.query);
}
