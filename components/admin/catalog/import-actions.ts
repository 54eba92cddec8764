'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { catalogErrorState } from '@/lib/catalog/admin/catalog-action-state';
import {
  applyProductImport,
  dryRunProductImport,
  MAX_IMPORT_BYTES,
  type ImportReport,
} from '@/lib/catalog/admin/csv/import-products-csv';

export type ImportState = {
  ok: boolean;
  message?: string;
  applied?: boolean;
  report?: ImportReport;
  /** The file's text, carried to the apply step so the operator applies exactly what they read. */
  csv?: string;
};

async function readCsv(form: FormData): Promise<string | null> {
  const file = form.get('file');
  if (file instanceof Blob && file.size > 0)
    return file.size > MAX_IMPORT_BYTES ? null : file.text();
  const text = form.get('csv');
  return typeof text === 'string' && text.length > 0 ? text : null;
}

/** Step 1: the dry run. Nothing is written; the report lists each row's action and every error. */
export async function dryRunImportAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  await requireActor({ roles: ['admin'], permission: 'catalog' });
  const t = await getTranslations('adminCatalog.import');
  const csv = await readCsv(form);
  if (!csv) return { ok: false, message: t('noFile') };
  const report = await dryRunProductImport(csv);
  return {
    ok: report.errors.length === 0,
    message: report.errors.length ? t('hasErrors', { count: report.errors.length }) : t('ready'),
    report,
    csv,
  };
}

/** Step 2: applies the file the operator reviewed, all or nothing. */
export async function applyImportAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const actor = await requireActor({ roles: ['admin'], permission: 'catalog' });
  const t = await getTranslations('adminCatalog.import');
  const csv = await readCsv(form);
  const planHash = form.get('planHash');
  if (!csv || typeof planHash !== 'string') return { ok: false, message: t('noFile') };
  try {
    const report = await applyProductImport(csv, planHash, { actor, ip: await getActionIp() });
    revalidatePath('/admin/catalog');
    return { ok: true, applied: true, message: t('applied', report.counts), report };
  } catch (error) {
    const state = await catalogErrorState(error);
    return { ok: false, message: state.message, report: await dryRunProductImport(csv), csv };
  }
}
