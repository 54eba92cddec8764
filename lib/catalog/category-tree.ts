import type { CategoryNode } from './types';

export type CategoryRow = {
  id: string;
  parentId: string | null;
  slug: string;
  name: string;
  description: string;
  position: number;
};

/** Nests flat rows by parentId, siblings ordered by position then name. Orphans are dropped. */
export function buildCategoryTree(rows: readonly CategoryRow[]): CategoryNode[] {
  const sorted = [...rows].sort(
    (a, b) => a.position - b.position || a.name.localeCompare(b.name, 'pt-BR'),
  );
  const nodes = new Map<string, CategoryNode>(
    sorted.map((row) => [
      row.id,
      { id: row.id, slug: row.slug, name: row.name, description: row.description, children: [] },
    ]),
  );
  const roots: CategoryNode[] = [];
  for (const row of sorted) {
    const node = nodes.get(row.id)!;
    if (row.parentId === null) roots.push(node);
    else nodes.get(row.parentId)?.children.push(node);
  }
  return roots;
}
