import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { categories } from '@/db/schema/catalog';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Database, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { fieldError, staleWrite } from './catalog-errors';
import { SLUG_PATTERN } from './product-form-schema';

const parentId = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.uuid('invalid').nullable());

export const categoryCreateSchema = z.object({
  name: z.string().trim().min(2, 'too_short').max(100, 'too_long'),
  slug: z
    .string()
    .trim()
    .min(2, 'too_short')
    .max(120, 'too_long')
    .regex(SLUG_PATTERN, 'invalid_slug'),
  parentId,
});

export const categoryEditSchema = z.object({
  id: z.uuid('invalid'),
  name: z.string().trim().min(2, 'too_short').max(100, 'too_long'),
  parentId,
  expectedUpdatedAt: z.string().min(1, 'required'),
});

export const categoryOrderSchema = z.object({
  parentId,
  orderedIds: z.array(z.uuid()).min(1),
});

type Ctx = { actor: Actor; ip?: string | null; db?: Database; cache?: TaggedCache };

// The tree feeds the header, facets and breadcrumbs of every product below an edited node.
const TREE_TAGS = [CACHE_TAGS.categoryTree, CACHE_TAGS.search, CACHE_TAGS.products];

async function siblingsOf(db: Executor, parent: string | null) {
  return db
    .select({ id: categories.id })
    .from(categories)
    .where(parent ? eq(categories.parentId, parent) : isNull(categories.parentId))
    .orderBy(asc(categories.position), asc(categories.name));
}

export async function createCategory(input: unknown, ctx: Ctx) {
  const data = categoryCreateSchema.parse(input);
  const { actor, ip = null, db = getDb(), cache = getTaggedCache() } = ctx;
  const id = await db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.slug, data.slug));
    if (clash) throw fieldError('slug', 'slug_taken', 'Another category uses this slug.');
    if (data.parentId) await lockCategoryOrThrow(tx, data.parentId, 'parentId');
    const position = (await siblingsOf(tx, data.parentId)).length;
    const [row] = await tx
      .insert(categories)
      .values({ ...data, position })
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'category.create',
      entity: 'category',
      entityId: row!.id,
      after: row,
      ip,
    });
    return row!.id;
  });
  await cache.invalidateTags(TREE_TAGS);
  return id;
}

async function lockCategoryOrThrow(tx: Executor, id: string, field: string) {
  const [row] = await tx.select().from(categories).where(eq(categories.id, id)).for('update');
  if (!row) throw fieldError(field, 'unknown_category', 'No such category.');
  return row;
}

/**
 * Renames and/or moves a category under another parent (appended last there). Moving a node
 * below itself or its own descendants is refused. Stale forms get a conflict.
 */
export async function editCategory(input: unknown, ctx: Ctx) {
  const data = categoryEditSchema.parse(input);
  const { actor, ip = null, db = getDb(), cache = getTaggedCache() } = ctx;
  await db.transaction(async (tx) => {
    const before = await lockCategoryOrThrow(tx, data.id, 'id');
    if (before.updatedAt.getTime() !== new Date(data.expectedUpdatedAt).getTime())
      throw staleWrite('category', null, before.updatedAt);
    const patch: Partial<typeof categories.$inferInsert> = {
      name: data.name,
      updatedAt: new Date(),
    };
    if (data.parentId !== before.parentId) {
      if (data.parentId) {
        await lockCategoryOrThrow(tx, data.parentId, 'parentId');
        const { rows } = await tx.execute<{ id: string }>(sql`
          with recursive below as (
            select id from categories where id = ${data.id}
            union all select c.id from categories c join below on c.parent_id = below.id)
          select id from below where id = ${data.parentId}`);
        if (rows.length > 0)
          throw fieldError('parentId', 'category_cycle', 'A category cannot move below itself.');
      }
      patch.parentId = data.parentId;
      patch.position = (await siblingsOf(tx, data.parentId)).length;
    }
    const [after] = await tx
      .update(categories)
      .set(patch)
      .where(eq(categories.id, data.id))
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'category.update',
      entity: 'category',
      entityId: data.id,
      before,
      after,
      ip,
    });
  });
  await cache.invalidateTags(TREE_TAGS);
}

/** Up/down buttons: swaps a category with its previous or next sibling. */
export async function moveCategoryStep(id: string, direction: 'up' | 'down', ctx: Ctx) {
  const db = ctx.db ?? getDb();
  const [row] = await db
    .select({ parentId: categories.parentId })
    .from(categories)
    .where(eq(categories.id, id));
  if (!row) throw new AppError('not_found', `No category ${id}.`);
  const ids = (await siblingsOf(db, row.parentId)).map((s) => s.id);
  const at = ids.indexOf(id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ids.length) return;
  [ids[at], ids[to]] = [ids[to]!, ids[at]!];
  await setCategoryOrder({ parentId: row.parentId ?? '', orderedIds: ids }, ctx);
}

/** Drag and drop: the siblings of one parent in their new order (must be exactly those siblings). */
export async function setCategoryOrder(input: unknown, ctx: Ctx) {
  const data = categoryOrderSchema.parse(input);
  const { actor, ip = null, db = getDb(), cache = getTaggedCache() } = ctx;
  await db.transaction(async (tx) => {
    const current = await tx
      .select({ id: categories.id, position: categories.position })
      .from(categories)
      .where(data.parentId ? eq(categories.parentId, data.parentId) : isNull(categories.parentId))
      .orderBy(asc(categories.position), asc(categories.name))
      .for('update');
    const same =
      current.length === data.orderedIds.length &&
      current.every((c) => data.orderedIds.includes(c.id));
    if (!same)
      throw new AppError('conflict', 'The categories changed meanwhile: reload and try again.');
    for (const [position, id] of data.orderedIds.entries())
      await tx
        .update(categories)
        .set({ position, updatedAt: new Date() })
        .where(and(eq(categories.id, id), sql`${categories.position} <> ${position}`));
    await recordAudit(tx, {
      actor,
      action: 'category.reorder',
      entity: 'category',
      entityId: data.parentId ?? 'root',
      before: { order: current.map((c) => c.id) },
      after: { order: data.orderedIds },
      ip,
    });
  });
  await cache.invalidateTags(TREE_TAGS);
}

export type AdminCategory = {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  position: number;
  updatedAt: Date;
  depth: number;
  productCount: number;
};

/** The tree flattened depth-first in display order, with each node's depth, for the editor. */
export async function listAdminCategories(db: Executor = getDb()): Promise<AdminCategory[]> {
  const { rows } = await db.execute<{
    id: string;
    parent_id: string | null;
    name: string;
    slug: string;
    position: number;
    updated_at: string;
    depth: number;
    product_count: number;
  }>(sql`
    with recursive tree as (
      select c.*, 0 as depth, array[lpad(c.position::text, 6, '0') || c.name || c.id::text] as path
      from categories c where c.parent_id is null
      union all
      select c.*, tree.depth + 1, tree.path || (lpad(c.position::text, 6, '0') || c.name || c.id::text)
      from categories c join tree on c.parent_id = tree.id)
    select tree.id, tree.parent_id, tree.name, tree.slug, tree.position, tree.updated_at, tree.depth,
      (select count(*)::int from products p where p.category_id = tree.id) as product_count
    from tree order by tree.path`);
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    slug: r.slug,
    position: r.position,
    updatedAt: new Date(r.updated_at),
    depth: r.depth,
    productCount: Number(r.product_count),
  }));
}
