import type { estypes } from '@elastic/elasticsearch';
import type { DriverQuery, DriverSearchResult } from '../types';
import { selectedOptionAxes } from './build-search-body';

type Bucket = { key: string | number; doc_count: number };
type ValuesAgg = { values?: { buckets: Bucket[] | Record<string, Bucket> } };

function counts(aggregation: unknown): Record<string, number> {
  const buckets = (aggregation as ValuesAgg | undefined)?.values?.buckets ?? [];
  const list = Array.isArray(buckets)
    ? buckets
    : Object.entries(buckets).map(([key, bucket]) => ({ ...bucket, key }));
  return Object.fromEntries(
    list.filter((b) => b.doc_count > 0).map((b) => [String(b.key), b.doc_count]),
  );
}

/** The term suggester's best correction per word, when it has any. */
function readSuggestion(response: estypes.SearchResponse): string | null {
  const entries = response.suggest?.did_you_mean;
  if (!entries || entries.length === 0) return null;
  let changed = false;
  const words = entries.map((entry) => {
    const options = Array.isArray(entry.options) ? entry.options : [entry.options];
    const best = options[0] as { text?: string } | undefined;
    if (best?.text && best.text !== entry.text) {
      changed = true;
      return best.text;
    }
    return entry.text;
  });
  return changed ? words.join(' ') : null;
}

/** Maps an Elasticsearch search response to the drivers' common result. */
export function parseSearchResponse(
  response: estypes.SearchResponse,
  query: DriverQuery,
): DriverSearchResult {
  const aggs = (response.aggregations ?? {}) as Record<string, unknown>;
  const total = response.hits.total;
  const options = counts(aggs.options);
  selectedOptionAxes(query).forEach((axis, index) => {
    for (const key of Object.keys(options)) if (key.startsWith(`${axis}=`)) delete options[key];
    Object.assign(options, counts(aggs[`option_${index}`]));
  });
  return {
    ids: response.hits.hits.map((hit) => hit._id).filter((id): id is string => Boolean(id)),
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    facets: {
      categories: counts(aggs.categories),
      brands: counts(aggs.brands),
      prices: counts(aggs.prices),
      options,
      inStock: (aggs.in_stock as { doc_count?: number } | undefined)?.doc_count ?? 0,
    },
    suggestion: readSuggestion(response),
  };
}
