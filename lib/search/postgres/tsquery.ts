import { sql, type SQL } from 'drizzle-orm';
import type { QueryGroup, QueryPlan } from '../types';

// Words are normalised to [a-z0-9] by tokenize(), so they are safe inside to_tsquery syntax.
const SAFE_WORD = /^[a-z0-9]+$/;

function alternativeQuery(alternative: string, prefix: boolean): SQL {
  if (prefix && SAFE_WORD.test(alternative))
    return sql`to_tsquery('loja_simple', ${`${alternative}:*`})`;
  // Multi-word synonyms ("fone de ouvido") must match as a phrase.
  return alternative.includes(' ')
    ? sql`phraseto_tsquery('loja_pt', ${alternative})`
    : sql`plainto_tsquery('loja_pt', ${alternative})`;
}

function groupQuery(group: QueryGroup): SQL {
  const parts = group.alternatives.map((alt) => alternativeQuery(alt, group.prefix));
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` || `)})`;
}

/**
 * The tsquery for a plan: every group must match (&&), any alternative of a group may (||).
 * Stop words give empty tsqueries, which && ignores. Null when the query has no words.
 */
export function planToTsquery(plan: QueryPlan): SQL | null {
  if (plan.groups.length === 0) return null;
  return sql.join(plan.groups.map(groupQuery), sql` && `);
}
