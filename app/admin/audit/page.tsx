import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AdminPage, inputClass, param, type SearchParams } from '@/components/admin/admin-ui';
import { AdminFilters, DateRangeFields, FilterField } from '@/components/admin/admin-filters';
import { AdminPager, AdminTable, type AdminColumn } from '@/components/admin/admin-table';
import { Forbidden } from '@/components/admin/forbidden';
import {
  auditFiltersSchema,
  listAuditActions,
  listAuditLog,
  type AuditFilters,
  type AuditRow,
} from '@/lib/admin/audit/list-audit';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.audit'))('title') };
}

const FIELDS = ['actor', 'action', 'entity', 'entityId', 'from', 'to'] as const;

function show(value: unknown) {
  if (value === null || value === undefined) return '∅';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Needs `staff` (super-admins hold it): who did what is staff oversight, not an area of its own. */
export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/admin/audit');
  if (!hasPermission(actor, 'staff')) return <Forbidden />;
  const raw = await searchParams;
  const parsed = auditFiltersSchema.safeParse(
    Object.fromEntries([...FIELDS, 'before'].map((k) => [k, param(raw, k)])),
  );
  const filters: AuditFilters = parsed.success ? parsed.data : {};
  const [t, tc, format, { rows, nextBefore }, actions] = await Promise.all([
    getTranslations('adminDashboard.audit'),
    getTranslations('adminDashboard.common'),
    getFormatter(),
    listAuditLog(getDb(), filters),
    listAuditActions(getDb()),
  ]);
  const query = new URLSearchParams();
  for (const key of FIELDS) if (filters[key]) query.set(key, String(filters[key]));
  const columns: AdminColumn<AuditRow>[] = [
    {
      key: 'at',
      header: t('at'),
      className: 'whitespace-nowrap',
      cell: (row) => format.dateTime(row.at, { dateStyle: 'short', timeStyle: 'medium' }),
    },
    { key: 'actor', header: t('actor'), cell: (row) => row.actorEmail },
    { key: 'action', header: t('action'), className: 'font-mono', cell: (row) => row.action },
    {
      key: 'entity',
      header: t('entity'),
      cell: (row) => (
        <>
          {row.entity}
          <br />
          <span className="font-mono text-xs text-stone-700">{row.entityId}</span>
        </>
      ),
    },
    {
      key: 'changes',
      header: t('changes'),
      cell: (row) =>
        Object.keys(row.changes).length === 0 ? (
          <span className="text-stone-700">{t('noChanges')}</span>
        ) : (
          <ul>
            {Object.entries(row.changes).map(([field, change]) => (
              <li key={field} className="break-all">
                <span className="font-semibold">{field}</span>: {show(change.before)} →{' '}
                {show(change.after)}
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'ip', header: t('ip'), className: 'font-mono text-xs', cell: (row) => row.ip ?? '—' },
  ];
  return (
    <AdminPage title={t('title')}>
      <p className="text-stone-700">{t('intro')}</p>
      <AdminFilters clearHref="/admin/audit">
        <FilterField label={t('actor')}>
          <input
            name="actor"
            type="email"
            defaultValue={filters.actor ?? ''}
            className={inputClass}
          />
        </FilterField>
        <FilterField label={t('action')}>
          <select name="action" defaultValue={filters.action ?? ''} className={inputClass}>
            <option value="">{tc('all')}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={t('entity')}>
          <input
            name="entity"
            defaultValue={filters.entity ?? ''}
            className={`${inputClass} w-32`}
          />
        </FilterField>
        <FilterField label={t('entityId')}>
          <input name="entityId" defaultValue={filters.entityId ?? ''} className={inputClass} />
        </FilterField>
        <DateRangeFields from={filters.from} to={filters.to} />
      </AdminFilters>
      <AdminTable
        rows={rows}
        columns={columns}
        caption={t('tableCaption')}
        testId="audit-log"
        minWidthClass="min-w-[56rem]"
        rowClassName="align-top"
      />
      <AdminPager
        firstHref={filters.before ? `/admin/audit?${query.toString()}` : null}
        nextHref={nextBefore ? `/admin/audit?${query.toString()}&before=${nextBefore}` : null}
      />
    </AdminPage>
  );
}
