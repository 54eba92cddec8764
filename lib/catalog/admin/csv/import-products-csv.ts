import 'server-only';
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { categories, products } from '@/db/schema/catalog';
import { productAdminDetails } from '@/db/schema/admin-catalog';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { CACHE_TAGS, getTaggedCache, type TaggedCache } from '@/lib/cache';
import { getDb, type Database, type Executor } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { productFormSchema, type ProductFormData } from '../product-form-schema';
import { readProductSnapshot, type ProductSnapshot } from '../product-snapshot';
import { writeProduct } from '../save-product';
import { CSV_COLUMNS, columnOfPath, PRODUCT_COLUMNS, type CsvRecord } from './csv-columns';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';
/** `row` is the line number in the file (the header is line 1). */
export type RowError = { row: number; column: string; code: string };
export type ImportReport = {
  rows: { row: number; slug: string; sku: string; action: RowAction }[];
  errors: RowError[];
  counts: Record<RowAction, number>;
  /** Fingerprint of the plan: applying refuses if the catalog changed since this dry run. */
  planHash: string;
};

type Group = { slug: string; lines: number[]; records: CsvRecord[] };
type Planned = {
  group: Group;
  productId: string | null;
  /** null when the group has errors. */
  data: ProductFormData | null;
  before: ProductSnapshot | null;
};

function parseCsv(text: string): { records: CsvRecord[]; errors: RowError[] } {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES)
    return { records: [], errors: [{ row: 1, column: '', code: 'file_too_large' }] };
  let raw: Record<string, string>[];
  try {
    raw = parse(text, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 1);
    return { records: [], errors: [{ row: line, column: '', code: 'malformed_csv' }] };
  }
  if (raw.length > MAX_IMPORT_ROWS)
    return { records: [], errors: [{ row: 1, column: '', code: 'too_many_rows' }] };
  const header = Object.keys(raw[0] ?? {});
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c) && raw.length > 0);
  if (missing.length > 0)
    return {
      records: [],
      errors: missing.map((column) => ({ row: 1, column, code: 'missing_column' })),
    };
  return {
    records: raw.map(
      (r) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, r[c] ?? ''])) as CsvRecord,
    ),
    errors: [],
  };
}

function groupBySlug(records: CsvRecord[]): Group[] {
  const groups = new Map<string, Group>();
  records.forEach((record, i) => {
    const slug = record.slug.toLowerCase();
    const group = groups.get(slug) ?? { slug, lines: [], records: [] };
    group.lines.push(i + 2);
    group.records.push(record);
    groups.set(slug, group);
  });
  return [...groups.values()];
}

const split = (value: string) => (value === '' ? [] : value.split('|').map((v) => v.trim()));

/** Validates every group and compares it with the catalog; nothing is written. */
async function plan(db: Executor, text: string) {
  const { records, errors } = parseCsv(text);
  const planned: Planned[] = [];
  const groups = groupBySlug(records);
  const categorySlugs = [...new Set(records.map((r) => r.category_slug))];
  const categoryIds = new Map(
    (categorySlugs.length
      ? await db
          .select({ id: categories.id, slug: categories.slug })
          .from(categories)
          .where(inArray(categories.slug, categorySlugs))
      : []
    ).map((c) => [c.slug, c.id]),
  );
  const slugs = groups.map((g) => g.slug);
  const existing = new Map(
    (slugs.length
      ? await db
          .select({ id: products.id, slug: products.slug })
          .from(products)
          .where(inArray(products.slug, slugs))
      : []
    ).map((p) => [p.slug, p.id]),
  );
  for (const group of groups) {
    const first = group.records[0]!;
    const groupErrors: RowError[] = [];
    group.records.forEach((record, i) => {
      for (const column of PRODUCT_COLUMNS)
        if (record[column] !== first[column])
          groupErrors.push({ row: group.lines[i]!, column, code: 'differs_from_first_row' });
    });
    const categoryId = categoryIds.get(first.category_slug);
    if (!categoryId)
      groupErrors.push({ row: group.lines[0]!, column: 'category_slug', code: 'unknown_category' });
    const productId = existing.get(group.slug) ?? null;
    const before = productId ? await readProductSnapshot(db, productId) : null;
    const parsed = productFormSchema.safeParse({
      name: first.name,
      slug: group.slug,
      description: first.description,
      brand: first.brand,
      categoryId: categoryId ?? '00000000-0000-4000-8000-000000000000',
      status: first.status || 'active',
      seoTitle: first.seo_title,
      seoDescription: first.seo_description,
      optionNames: split(first.option_names),
      variants: group.records.map((r) => ({
        id: before?.variants.find((v) => v.sku.toLowerCase() === r.sku.toLowerCase())?.id ?? '',
        sku: r.sku,
        options: split(r.options),
        price: r.price,
        compareAt: r.compare_at_price,
        barcode: r.barcode,
      })),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const variantIndex = issue.path[0] === 'variants' ? Number(issue.path[1]) : 0;
        groupErrors.push({
          row: group.lines[Number.isInteger(variantIndex) ? variantIndex : 0] ?? group.lines[0]!,
          column: columnOfPath(issue.path),
          code: issue.message,
        });
      }
    }
    errors.push(...groupErrors);
    const ok = parsed.success && groupErrors.length === 0;
    planned.push({ group, productId, data: ok ? parsed.data : null, before });
  }
  return { planned, errors };
}

function productChanged(before: ProductSnapshot, data: ProductFormData) {
  return (
    before.name !== data.name ||
    before.description !== data.description ||
    before.brand !== data.brand ||
    before.categoryId !== data.categoryId ||
    before.status !== data.status ||
    before.seoTitle !== data.seoTitle ||
    before.seoDescription !== data.seoDescription ||
    before.optionNames.join('|') !== data.optionNames.join('|')
  );
}

function variantAction(
  before: ProductSnapshot | null,
  data: ProductFormData,
  i: number,
): RowAction {
  const v = data.variants[i]!;
  const old = before?.variants.find((x) => x.id === v.id);
  if (!before || !old) return 'create';
  const options = data.optionNames.map((n, j) => [n, v.options[j]]);
  const same =
    old.sku === v.sku &&
    old.priceCents === v.price &&
    old.compareAtCents === v.compareAt &&
    old.barcode === v.barcode &&
    JSON.stringify(Object.entries(old.options).sort()) === JSON.stringify(options.sort());
  return same && !productChanged(before, data) ? 'unchanged' : 'update';
}

function report(planned: Planned[], errors: RowError[]): ImportReport {
  const errorRows = new Set(errors.map((e) => e.row));
  const rows = planned.flatMap(({ group, data, before }) =>
    group.records.map((r, i) => ({
      row: group.lines[i]!,
      slug: group.slug,
      sku: r.sku,
      action: (errorRows.has(group.lines[i]!) || !data
        ? 'error'
        : variantAction(before, data, i)) as RowAction,
    })),
  );
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.action] += 1;
  const planHash = createHash('sha256')
    .update(
      JSON.stringify({
        rows,
        stamps: planned.map((p) => p.before?.updatedAt.toISOString() ?? null),
      }),
    )
    .digest('hex');
  return { rows, errors: errors.sort((a, b) => a.row - b.row), counts, planHash };
}

/** The dry run: what importing this CSV would create, update or leave alone, and every error. */
export async function dryRunProductImport(
  text: string,
  db: Executor = getDb(),
): Promise<ImportReport> {
  const { planned, errors } = await plan(db, text);
  return report(planned, errors);
}

/**
 * Applies an import all or nothing: one transaction, refused while the file has any error, and
 * refused if the catalog changed since the dry run the operator read (planHash). Variants that
 * are not in the file are kept; each changed product gets one audit entry.
 */
export async function applyProductImport(
  text: string,
  planHash: string,
  {
    actor,
    ip = null,
    db = getDb(),
    cache = getTaggedCache(),
  }: { actor: Actor; ip?: string | null; db?: Database; cache?: TaggedCache },
): Promise<ImportReport> {
  const result = await db.transaction(async (tx) => {
    // One import at a time: two concurrent imports could each pass their own dry run.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('loja:product-import'))`);
    const { planned, errors } = await plan(tx, text);
    const current = report(planned, errors);
    if (current.errors.length > 0)
      throw new AppError(
        'validation_failed',
        'The file has errors: fix them and run the dry run again.',
      );
    if (current.planHash !== planHash)
      throw new AppError(
        'conflict',
        'The catalog changed since the dry run: review the new report.',
      );
    for (const p of planned) {
      const actions = current.rows.filter((r) => r.slug === p.group.slug).map((r) => r.action);
      if (!p.data || actions.every((a) => a === 'unchanged')) continue;
      const id = await writeProduct(tx, p.productId, p.data, { deleteMissingVariants: false });
      await tx
        .insert(productAdminDetails)
        .values({
          productId: id,
          seoTitle: p.data.seoTitle,
          seoDescription: p.data.seoDescription,
          lastEditedBy: actor.userId,
          lastEditedByName: actor.name || actor.email,
        })
        .onConflictDoUpdate({
          target: productAdminDetails.productId,
          set: {
            seoTitle: p.data.seoTitle,
            seoDescription: p.data.seoDescription,
            lastEditedBy: actor.userId,
            lastEditedByName: actor.name || actor.email,
            updatedAt: new Date(),
          },
        });
      await recordAudit(tx, {
        actor,
        action: p.productId ? 'product.import_update' : 'product.import_create',
        entity: 'product',
        entityId: id,
        before: p.before,
        after: await readProductSnapshot(tx, id),
        ip,
      });
    }
    return current;
  });
  await cache.invalidateTags([CACHE_TAGS.search, CACHE_TAGS.products]);
  return result;
}
