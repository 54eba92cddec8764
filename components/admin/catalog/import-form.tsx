'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyImportAction, dryRunImportAction, type ImportState } from './import-actions';

const initial: ImportState = { ok: false };

/**
 * Two steps: upload for a dry run (nothing written), read the report, then apply that exact file.
 * Apply is offered only for a file without errors.
 */
export function ImportForm() {
  const t = useTranslations('adminCatalog.import');
  const [dry, dryAction] = useActionState(dryRunImportAction, initial);
  const [applied, applyAction] = useActionState(applyImportAction, initial);
  const [last, setLast] = useState<'dry' | 'apply'>('dry');
  const shown = last === 'apply' ? applied : dry;
  const report = shown.report;
  return (
    <div className="flex flex-col gap-4">
      <form
        action={dryAction}
        onSubmit={() => setLast('dry')}
        className="flex flex-wrap items-end gap-3"
        data-testid="import-dry-run"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-semibold">
            {t('file')}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="text-sm"
            aria-describedby="import-file-hint"
          />
          <p id="import-file-hint" className="text-xs text-stone-600">
            {t('fileHint')}
          </p>
        </div>
        <SubmitButton>{t('dryRun')}</SubmitButton>
      </form>
      <div role="status" aria-live="polite">
        {shown.message && (
          <p
            data-testid="import-status"
            className={`rounded-md px-3 py-2 text-sm font-medium ${shown.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-900'}`}
          >
            {shown.message}
          </p>
        )}
      </div>
      {report && (
        <section aria-labelledby="report-heading" className="flex flex-col gap-3">
          <h2 id="report-heading" className="text-lg font-semibold">
            {t('report')}
          </h2>
          <p className="text-sm" data-testid="import-counts">
            {t('counts', report.counts)}
          </p>
          {report.errors.length > 0 && (
            <table className="w-full max-w-2xl text-left text-sm" data-testid="import-errors">
              <caption className="text-left font-semibold text-red-900">{t('errorsTitle')}</caption>
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="px-2 py-1">
                    {t('row')}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t('column')}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t('problem')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={i} className="border-b border-stone-100">
                    <td className="px-2 py-1">{e.row}</td>
                    <td className="px-2 py-1 font-mono">{e.column || '—'}</td>
                    <td className="px-2 py-1">
                      {t.has(`codes.${e.code}`) ? t(`codes.${e.code}`) : e.code}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <details>
            <summary className="cursor-pointer text-sm underline">
              {t('rowsTitle', { count: report.rows.length })}
            </summary>
            <table className="w-full max-w-2xl text-left text-sm" data-testid="import-rows">
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="px-2 py-1">
                    {t('row')}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    slug
                  </th>
                  <th scope="col" className="px-2 py-1">
                    sku
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t('action')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.row} className="border-b border-stone-100">
                    <td className="px-2 py-1">{r.row}</td>
                    <td className="px-2 py-1">{r.slug}</td>
                    <td className="px-2 py-1">{r.sku}</td>
                    <td className="px-2 py-1">{t(`actions.${r.action}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {!shown.applied && shown.csv && report.errors.length === 0 && (
            <form action={applyAction} onSubmit={() => setLast('apply')} data-testid="import-apply">
              <input type="hidden" name="csv" value={shown.csv} />
              <input type="hidden" name="planHash" value={report.planHash} />
              <SubmitButton>{t('apply')}</SubmitButton>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
