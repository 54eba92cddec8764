import type { CategoryNode } from '@/lib/catalog/types';
import { PRICE_BUCKETS, priceKey } from './search-params';
import type { CategoryFacet, FacetCounts, FacetValue, SearchFacets, SearchRequest } from './types';

const byCountThenLabel = (a: FacetValue, b: FacetValue) =>
  b.count - a.count || a.label.localeCompare(b.label, 'pt-BR', { numeric: true });

function categoryFacets(
  nodes: CategoryNode[],
  counts: Record<string, number>,
  selected: string | null,
): CategoryFacet[] {
  return nodes.flatMap((node) => {
    const count = counts[node.id] ?? 0;
    if (count === 0 && node.slug !== selected) return [];
    return {
      value: node.slug,
      label: node.name,
      count,
      selected: node.slug === selected,
      children: categoryFacets(node.children, counts, selected),
    };
  });
}

/** Labels raw facet counts; values the shopper selected stay visible even when their count is 0. */
export function buildFacets(
  counts: FacetCounts,
  tree: CategoryNode[],
  request: SearchRequest,
): SearchFacets {
  const brands = new Set([...Object.keys(counts.brands), ...request.brands]);
  const options = new Map<string, FacetValue[]>();
  const optionKeys = new Set(Object.keys(counts.options));
  for (const [name, values] of Object.entries(request.options))
    for (const value of values) optionKeys.add(`${name}=${value}`);
  for (const key of optionKeys) {
    const [name = '', value = ''] = key.split(/=(.*)/s);
    const list = options.get(name) ?? [];
    list.push({
      value,
      label: value,
      count: counts.options[key] ?? 0,
      selected: request.options[name]?.includes(value) ?? false,
    });
    options.set(name, list);
  }
  const selectedPrices = new Set(request.prices.map(priceKey));
  return {
    categories: categoryFacets(tree, counts.categories, request.category),
    brands: [...brands]
      .map((brand) => ({
        value: brand,
        label: brand,
        count: counts.brands[brand] ?? 0,
        selected: request.brands.includes(brand),
      }))
      .sort(byCountThenLabel),
    prices: PRICE_BUCKETS.map((range) => ({
      ...range,
      value: priceKey(range),
      label: priceKey(range),
      count: counts.prices[priceKey(range)] ?? 0,
      selected: selectedPrices.has(priceKey(range)),
    })).filter((bucket) => bucket.count > 0 || bucket.selected),
    options: [...options]
      .map(([name, values]) => ({ name, values: values.sort(byCountThenLabel) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'pt-BR')),
    inStock: { count: counts.inStock, selected: request.inStock },
  };
}

/** The id of the category `slug` names, searching the whole tree. */
export function findCategoryId(tree: CategoryNode[], slug: string): string | null {
  for (const node of tree) {
    if (node.slug === slug) return node.id;
    const found = findCategoryId(node.children, slug);
    if (found) return found;
  }
  return null;
}
