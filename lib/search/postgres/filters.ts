import { sql, type SQL } from 'drizzle-orm';
import type { DriverQuery } from '../types';
import { textArray } from './sql-helpers';

export type FilterName = 'category' | 'brand' | 'price' | 'stock' | `option:${string}`;

const optionPairs = (name: string, values: string[]) => values.map((value) => `${name}=${value}`);

/** One SQL condition on `matched m` per active filter, keyed so facets can leave their own out. */
export function buildFilters(query: DriverQuery): Map<FilterName, SQL> {
  const filters = new Map<FilterName, SQL>();
  if (query.categoryId)
    filters.set('category', sql`m.category_ids @> array[${query.categoryId}]::uuid[]`);
  if (query.brands.length > 0) filters.set('brand', sql`m.brand = any(${textArray(query.brands)})`);
  if (query.prices.length > 0) {
    const ranges = query.prices.map(({ min, max }) =>
      max === null
        ? sql`m.min_price >= ${min}`
        : sql`(m.min_price >= ${min} and m.min_price < ${max})`,
    );
    filters.set('price', sql`(${sql.join(ranges, sql` or `)})`);
  }
  for (const [name, values] of Object.entries(query.options)) {
    if (values.length > 0)
      filters.set(
        `option:${name}`,
        sql`m.option_values && ${textArray(optionPairs(name, values))}`,
      );
  }
  if (query.inStock) filters.set('stock', sql`m.in_stock`);
  return filters;
}

/** AND of every filter except those `skip` accepts; `true` when none remain. */
export function whereAll(
  filters: Map<FilterName, SQL>,
  skip: (name: FilterName) => boolean = () => false,
): SQL {
  const kept = [...filters].filter(([name]) => !skip(name)).map(([, clause]) => clause);
  return kept.length === 0 ? sql`true` : sql.join(kept, sql` and `);
}

/**
 * Option counts where each selected axis ignores its own filter but not the others': a value of
 * axis A passes axis A's condition by being of axis A.
 */
export function optionFacetCondition(query: DriverQuery): SQL {
  const axes = Object.entries(query.options).filter(([, values]) => values.length > 0);
  if (axes.length === 0) return sql`true`;
  return sql.join(
    axes.map(
      ([name, values]) =>
        sql`(split_part(ov, '=', 1) = ${name} or m.option_values && ${textArray(optionPairs(name, values))})`,
    ),
    sql` and `,
  );
}
