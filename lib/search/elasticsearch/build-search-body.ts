import type { estypes } from '@elastic/elasticsearch';
import { PRICE_BUCKETS, priceKey } from '../search-params';
import type { DriverQuery, QueryGroup, QueryPlan, SearchSort } from '../types';

type Query = estypes.QueryDslQueryContainer;
type FilterName = 'category' | 'brand' | 'price' | 'stock' | `option:${string}`;

// The same balance as the PostgreSQL ranking: names far above descriptions.
const TEXT_FIELDS = [
  'name^5',
  'name.folded^5',
  'brand.text^2',
  'categories_text^2',
  'options_text',
  'description^0.25',
];
const OUT_OF_STOCK_WEIGHT = 0.5;
const FACET_SIZE = 500;

function alternativeQuery(alternative: string, prefix: boolean): Query {
  if (prefix) return { match: { 'name.autocomplete': { query: alternative } } };
  if (alternative.includes(' '))
    return { multi_match: { query: alternative, type: 'phrase', fields: TEXT_FIELDS } };
  // Fuzziness on top of the vocabulary corrections: Elasticsearch's own typo tolerance.
  return {
    multi_match: { query: alternative, fields: TEXT_FIELDS, fuzziness: 'AUTO', prefix_length: 1 },
  };
}

const groupQuery = (group: QueryGroup): Query => ({
  bool: {
    should: group.alternatives.map((alt) => alternativeQuery(alt, group.prefix)),
    minimum_should_match: 1,
  },
});

/** The scoring query for a plan: all words, any alternative each; an exact identifier wins. */
export function buildTextQuery(plan: QueryPlan): Query {
  const words: Query | null =
    plan.groups.length > 0 ? { bool: { must: plan.groups.map(groupQuery) } } : null;
  const clauses: Query[] = [
    ...(words ? [words] : []),
    ...(plan.identifier ? [{ term: { identifiers: { value: plan.identifier, boost: 100 } } }] : []),
  ];
  const query: Query =
    clauses.length === 0
      ? { match_all: {} }
      : { bool: { should: clauses, minimum_should_match: 1 } };
  return {
    function_score: {
      query,
      functions: [{ filter: { term: { in_stock: false } }, weight: OUT_OF_STOCK_WEIGHT }],
      boost_mode: 'multiply',
    },
  };
}

function buildFilters(query: DriverQuery): Map<FilterName, Query> {
  const filters = new Map<FilterName, Query>();
  if (query.categoryId) filters.set('category', { term: { category_ids: query.categoryId } });
  if (query.brands.length > 0) filters.set('brand', { terms: { brand: query.brands } });
  if (query.prices.length > 0)
    filters.set('price', {
      bool: {
        should: query.prices.map(({ min, max }) => ({
          range: { min_price: max === null ? { gte: min } : { gte: min, lt: max } },
        })),
        minimum_should_match: 1,
      },
    });
  for (const [name, values] of Object.entries(query.options))
    if (values.length > 0)
      filters.set(`option:${name}`, {
        terms: { option_values: values.map((v) => `${name}=${v}`) },
      });
  if (query.inStock) filters.set('stock', { term: { in_stock: true } });
  return filters;
}

const others = (filters: Map<FilterName, Query>, skip: (name: FilterName) => boolean): Query[] =>
  [...filters].filter(([name]) => !skip(name)).map(([, q]) => q);
const except = (filters: Map<FilterName, Query>, skip: (name: FilterName) => boolean): Query => ({
  bool: { filter: others(filters, skip) },
});

const SORTS: Record<SearchSort, estypes.SortCombinations[]> = {
  relevance: ['_score', { in_stock: 'desc' }, { created_at: 'desc' }],
  price_asc: [{ min_price: 'asc' }],
  price_desc: [{ min_price: 'desc' }],
  newest: [{ created_at: 'desc' }],
  best_selling: [{ sales_count: 'desc' }, '_score'],
};

/**
 * The search request: the text query scores, post_filter applies every filter to the hits, and
 * each facet aggregates under every filter but its own (counts that reflect the other filters).
 */
export function buildSearchBody(query: DriverQuery): estypes.SearchRequest {
  const filters = buildFilters(query);
  const aggregations: Record<string, estypes.AggregationsAggregationContainer> = {
    categories: {
      filter: except(filters, (f) => f === 'category'),
      aggs: { values: { terms: { field: 'category_ids', size: FACET_SIZE } } },
    },
    brands: {
      filter: except(filters, (f) => f === 'brand'),
      aggs: { values: { terms: { field: 'brand', size: FACET_SIZE } } },
    },
    prices: {
      filter: except(filters, (f) => f === 'price'),
      aggs: {
        values: {
          range: {
            field: 'min_price',
            keyed: true,
            ranges: PRICE_BUCKETS.map((r) => ({
              key: priceKey(r),
              from: r.min,
              ...(r.max === null ? {} : { to: r.max }),
            })),
          },
        },
      },
    },
    options: {
      filter: except(filters, () => false),
      aggs: { values: { terms: { field: 'option_values', size: FACET_SIZE } } },
    },
    in_stock: {
      filter: {
        bool: { filter: [...others(filters, (f) => f === 'stock'), { term: { in_stock: true } }] },
      },
    },
  };
  // Each selected option axis needs counts without its own filter: one aggregation per axis.
  selectedOptionAxes(query).forEach((axis, index) => {
    aggregations[`option_${index}`] = {
      filter: except(filters, (f) => f === `option:${axis}`),
      aggs: {
        values: {
          terms: { field: 'option_values', size: FACET_SIZE, include: `${escapeRegex(axis)}=.*` },
        },
      },
    };
  });
  return {
    query: buildTextQuery(query.plan),
    post_filter: except(filters, () => false),
    aggregations,
    sort: [...SORTS[query.sort], { slug: 'asc' }],
    from: (query.page - 1) * query.perPage,
    size: query.perPage,
    track_total_hits: true,
    _source: false,
    ...(query.plan.groups.length > 0
      ? {
          suggest: {
            text: query.plan.groups.map((g) => g.word).join(' '),
            did_you_mean: { term: { field: 'name.folded', suggest_mode: 'popular' } },
          },
        }
      : {}),
  };
}

function escapeRegex(value: string) {
  return value.replace(/[.?+*|{}[\]()"\\#@&<>~]/g, '\\$&');
}

/** Autocomplete: the best few products for a plan whose last word is a prefix. */
export function buildSuggestBody(plan: QueryPlan, limit: number): estypes.SearchRequest {
  return {
    query: buildTextQuery(plan),
    size: limit,
    _source: false,
    sort: ['_score', { slug: 'asc' }],
  };
}

export const selectedOptionAxes = (query: DriverQuery) =>
  Object.keys(query.options).filter((name) => (query.options[name]?.length ?? 0) > 0);
