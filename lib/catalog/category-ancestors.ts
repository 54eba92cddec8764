import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import type { CategoryLink } from './types';

type AncestorRow = CategoryLink & { id: string; description: string; depth: number };

/** The category with `where` and all its ancestors, root first (the category itself last). */
export async function listCategoryPath(
  db: Executor,
  where: { slug: string } | { id: string },
): Promise<AncestorRow[]> {
  const start = 'slug' in where ? sql`slug = ${where.slug}` : sql`id = ${where.id}`;
  const { rows } = await db.execute<AncestorRow>(sql`
    with recursive path as (
      select id, parent_id, slug, name, description, 0 as depth from categories where ${start}
      union all
      select c.id, c.parent_id, c.slug, c.name, c.description, path.depth + 1
      from categories c join path on c.id = path.parent_id
    )
    select id, slug, name, description, depth from path order by depth desc`);
  return rows;
}
