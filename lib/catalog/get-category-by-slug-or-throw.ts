import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { cache } from 'react';
import { categories } from '@/db/schema';
import { getDb, type Executor } from '@/lib/db/client';
import { listCategoryPath } from './category-ancestors';
import { catalogNotFound } from './not-found';
import type { CategoryDetail } from './types';

async function loadCategory(slug: string, db: Executor): Promise<CategoryDetail> {
  const path = await listCategoryPath(db, { slug });
  const self = path.at(-1);
  if (!self) throw catalogNotFound('category', slug);
  const children = await db
    .select({ slug: categories.slug, name: categories.name })
    .from(categories)
    .where(eq(categories.parentId, self.id))
    .orderBy(asc(categories.position), asc(categories.name));
  return {
    id: self.id,
    slug: self.slug,
    name: self.name,
    description: self.description,
    ancestors: path.slice(0, -1).map(({ slug: s, name }) => ({ slug: s, name })),
    children,
  };
}

// generateMetadata and the page ask for the same category in one request.
const loadForRequest = cache((slug: string) => loadCategory(slug, getDb()));

/** A category with its breadcrumb ancestors and direct children; throws not_found. */
export function getCategoryBySlugOrThrow(slug: string, db?: Executor): Promise<CategoryDetail> {
  return db ? loadCategory(slug, db) : loadForRequest(slug);
}
