import 'server-only';
import { CACHE_TAGS, getTaggedCache } from '@/lib/cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import type { CategoryNode } from '@/lib/catalog/types';
import { getDb } from '@/lib/db/client';
import { highlightText } from './highlight';
import { normalizeText, tokenize } from './normalize';
import { planQuery } from './plan-query';
import { loadSearchCards, orderCards } from './postgres/load-cards';
import { getSearchFailover } from './search-drivers';
import { listPopularQueries } from './search-queries';
import type { Suggestions } from './types';
import type { SearchDeps } from './search-products';

export const MIN_SUGGEST_LENGTH = 2;
const LIMITS = { products: 6, categories: 4, queries: 5 };
const SUGGEST_TTL_SECONDS = 60;

function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** Categories whose name has a word starting with each query word ("cal fem" → Calças Femininas). */
export function matchCategories(tree: CategoryNode[], q: string, limit = LIMITS.categories) {
  const words = tokenize(q);
  if (words.length === 0) return [];
  return flatten(tree)
    .filter((node) => {
      const nameWords = normalizeText(node.name).split(/[^a-z0-9]+/);
      return words.every((w) => nameWords.some((nw) => nw.startsWith(w)));
    })
    .slice(0, limit)
    .map(({ slug, name }) => ({ slug, name }));
}

const EMPTY: Suggestions = { products: [], categories: [], queries: [] };

/** Autocomplete as the shopper types: products (prefix match), categories and popular queries. */
export async function suggestSearch(
  q: string,
  locale: string,
  deps: Pick<SearchDeps, 'db' | 'cache' | 'failover' | 'listTree'> = {
    db: getDb(),
    cache: getTaggedCache(),
    failover: getSearchFailover(),
    listTree: () => listCategoryTree(),
  },
): Promise<Suggestions> {
  const normal = tokenize(q).join(' ');
  if (normal.length < MIN_SUGGEST_LENGTH) return EMPTY;
  const key = `search:suggest:${locale}:${normal}`;
  return deps.cache.remember(
    key,
    { tags: [CACHE_TAGS.search], ttlSeconds: SUGGEST_TTL_SECONDS },
    async () => {
      const plan = await planQuery(deps.db, deps.cache, normal, { prefixLast: true });
      const [{ value: found }, tree, queries] = await Promise.all([
        deps.failover((driver) => driver.suggestProducts(plan, LIMITS.products)),
        deps.listTree(),
        listPopularQueries(deps.db, { prefix: normal, locale, limit: LIMITS.queries }),
      ]);
      const cards = found.cards
        ? orderCards(found.ids, found.cards)
        : await loadSearchCards(deps.db, found.ids);
      return {
        products: cards.map((card) => ({
          slug: card.slug,
          name: card.name,
          highlight: highlightText(card.name, plan),
          priceCents: card.priceCents,
          currency: card.currency,
        })),
        categories: matchCategories(tree, normal),
        queries,
      };
    },
  );
}
