import 'server-only';
import { cache } from 'react';
import { categories } from '@/db/schema';
import { CACHE_TAGS, getTaggedCache } from '@/lib/cache';
import { getDb, type Executor } from '@/lib/db/client';
import { buildCategoryTree } from './category-tree';
import type { CategoryNode } from './types';

async function loadCategoryTree(db: Executor): Promise<CategoryNode[]> {
  const rows = await db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      position: categories.position,
    })
    .from(categories);
  return buildCategoryTree(rows);
}

// The header and the home page both need the tree: one shared-cache read per request, and one
// query per process until an admin edits a category.
const loadForRequest = cache(() =>
  getTaggedCache().remember(
    'catalog:category-tree',
    { tags: [CACHE_TAGS.categoryTree], ttlSeconds: 600 },
    () => loadCategoryTree(getDb()),
  ),
);

/** The whole category tree, top-level categories first in position order. */
export function listCategoryTree(db?: Executor): Promise<CategoryNode[]> {
  return db ? loadCategoryTree(db) : loadForRequest();
}
