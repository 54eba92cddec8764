import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import type { Executor } from '@/lib/db/client';
import { CSV_COLUMNS, type CsvRecord } from './csv-columns';

const BATCH = 500;

type ExportRow = {
  slug: string;
  name: string;
  description: string;
  brand: string | null;
  category_slug: string;
  status: string;
  seo_title: string | null;
  seo_description: string | null;
  option_names: string[];
  sku: string;
  options: Record<string, string>;
  price_cents: number;
  compare_at_cents: number | null;
  barcode: string | null;
};

const reais = (cents: number | null) =>
  cents === null ? '' : `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Every variant as a CSV record, read in keyset batches so memory stays flat on 100k products. */
export async function* exportProductRecords(db: Executor): AsyncGenerator<CsvRecord> {
  let after: { slug: string; sku: string } | null = null;
  for (;;) {
    const cursor: SQL = after ? sql`where (p.slug, v.sku) > (${after.slug}, ${after.sku})` : sql``;
    const { rows }: { rows: ExportRow[] } = await db.execute<ExportRow>(sql`
      select p.slug, p.name, p.description, p.brand, c.slug as category_slug, p.status,
        d.seo_title, d.seo_description, p.option_names, v.sku, v.options, v.price_cents,
        v.compare_at_cents, b.code as barcode
      from products p
      join variants v on v.product_id = p.id
      join categories c on c.id = p.category_id
      left join product_admin_details d on d.product_id = p.id
      left join product_barcodes b on b.variant_id = v.id
      ${cursor}
      order by p.slug, v.sku
      limit ${BATCH}`);
    for (const r of rows)
      yield {
        slug: r.slug,
        name: r.name,
        description: r.description,
        brand: r.brand ?? '',
        category_slug: r.category_slug,
        status: r.status,
        seo_title: r.seo_title ?? '',
        seo_description: r.seo_description ?? '',
        option_names: r.option_names.join('|'),
        sku: r.sku,
        options: r.option_names.map((n) => r.options[n] ?? '').join('|'),
        price: reais(Number(r.price_cents)),
        compare_at_price: reais(r.compare_at_cents === null ? null : Number(r.compare_at_cents)),
        barcode: r.barcode ?? '',
      };
    const last: ExportRow | undefined = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    after = { slug: last.slug, sku: last.sku };
  }
}

/**
 * The catalog as a streamed CSV (UTF-8 with BOM so spreadsheet apps read accents right). Pull
 * based: the next batch is read only when the client has taken the previous one.
 */
export function exportProductsCsvStream(db: Executor): ReadableStream<Uint8Array> {
  const records = exportProductRecords(db);
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const batch: CsvRecord[] = [];
      for (let i = 0; i < BATCH; i++) {
        const next = await records.next();
        if (next.done) break;
        batch.push(next.value);
      }
      if (batch.length > 0 || first)
        controller.enqueue(
          encoder.encode(
            stringify(batch, { header: first, columns: [...CSV_COLUMNS], bom: first }),
          ),
        );
      first = false;
      if (batch.length < BATCH) controller.close();
    },
    async cancel() {
      await records.return(undefined);
    },
  });
}
