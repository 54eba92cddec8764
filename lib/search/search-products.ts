import 'server-only';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import type { CategoryNode } from '@/lib/catalog/types';
import { getDb, type Executor } from '@/lib/db/client';
import { buildFacets, findCategoryId } from './build-facets';
import { highlightText } from './highlight';
import { planQueryInTwoSteps, sameSearch } from './plan-query';
import { loadSearchCards, orderCards } from './postgres/load-cards';
import { getSearchFailover, type Failover } from './search-drivers';
import type { QueryPlan, SearchRequest, SearchResult } from './types';

const RESULT_TTL_SECONDS = 60;

export type SearchDeps = {
  db: Executor;
  cache: TaggedCache;
  failover: Failover;
  listTree: () => Promise<CategoryNode[]>;
};

const defaultDeps = (): SearchDeps => ({
  db: getDb(),
  cache: getTaggedCache(),
  failover: getSearchFailover(),
  listTree: () => listCategoryTree(),
});

/** When nothing matched: the driver's suggestion, else the query without the words no product contains. */
function suggestAlternative(plan: QueryPlan, driverSuggestion: string | null | undefined) {
  if (driverSuggestion) return driverSuggestion;
  if (plan.unmatchedWords.length === 0) return null;
  const kept = plan.groups.map((g) => g.word).filter((word) => !plan.unmatchedWords.includes(word));
  return kept.length > 0 ? kept.join(' ') : null;
}

function emptyResult(
  request: SearchRequest,
  tree: CategoryNode[],
  driver: SearchResult['driver'],
): SearchResult {
  const counts = { categories: {}, brands: {}, prices: {}, options: {}, inStock: 0 };
  return {
    items: [],
    total: 0,
    page: request.page,
    perPage: request.perPage,
    totalPages: 1,
    facets: buildFacets(counts, tree, request),
    correctedQuery: null,
    didYouMean: null,
    driver,
  };
}

async function runSearch(request: SearchRequest, deps: SearchDeps): Promise<SearchResult> {
  const [tree, planning] = await Promise.all([
    deps.listTree(),
    planQueryInTwoSteps(deps.db, deps.cache, request.q),
  ]);
  const categoryId = request.category ? findCategoryId(tree, request.category) : null;
  // An unknown category slug (a stale link) matches nothing rather than silently everything.
  if (request.category && !categoryId) return emptyResult(request, tree, 'postgres');
  const search = (plan: QueryPlan) =>
    deps.failover((d) => d.search({ ...request, categoryId, plan }));
  // The search starts with the uncorrected plan while the vocabulary is consulted; only a query
  // with a typo (a different plan) searches again.
  const guessed = search(planning.guess);
  guessed.catch(() => {});
  const plan = await planning.plan;
  const { value, driver } = sameSearch(plan, planning.guess) ? await guessed : await search(plan);
  const cards = value.cards
    ? orderCards(value.ids, value.cards)
    : await loadSearchCards(deps.db, value.ids);
  return {
    items: cards.map((card) => ({ ...card, highlight: highlightText(card.name, plan) })),
    total: value.total,
    page: request.page,
    perPage: request.perPage,
    totalPages: Math.max(1, Math.ceil(value.total / request.perPage)),
    facets: buildFacets(value.facets, tree, request),
    correctedQuery: value.total > 0 ? plan.correctedQuery : null,
    didYouMean: value.total === 0 ? suggestAlternative(plan, value.suggestion) : null,
    driver: driver.name,
  };
}

/**
 * Products matching the shopper's query and filters, with facet counts, from Elasticsearch or
 * PostgreSQL (the same shape either way). Cached per URL state under the "search" tag, which
 * every catalog edit invalidates.
 */
export async function searchProducts(
  request: SearchRequest,
  deps: SearchDeps = defaultDeps(),
): Promise<SearchResult> {
  const key = `search:results:${JSON.stringify(request)}`;
  return deps.cache.remember(
    key,
    { tags: [CACHE_TAGS.search], ttlSeconds: RESULT_TTL_SECONDS },
    () => runSearch(request, deps),
  );
}
