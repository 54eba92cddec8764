import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionNotice, AdminPage, param, type SearchParams } from '@/components/admin/admin-ui';
import { Forbidden } from '@/components/admin/forbidden';
import { StaffCreateForm } from '@/components/admin/staff-create-form';
import { setStaffPermissionsAction } from '@/components/admin/staff-actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { adminPermissions } from '@/db/schema';
import { listStaff } from '@/lib/admin/staff/staff-ops';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.staff'))('title') };
}

export default async function AdminStaffPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/admin/staff');
  if (!hasPermission(actor, 'staff')) return <Forbidden />;
  const query = await searchParams;
  const [t, tp, staff] = await Promise.all([
    getTranslations('adminDashboard.staff'),
    getTranslations('adminDashboard.permissions'),
    listStaff(getDb()),
  ]);
  const notices = { saved: t('notices.saved'), created: t('notices.created') };
  return (
    <AdminPage title={t('title')}>
      <ActionNotice
        notice={param(query, 'notice')}
        error={param(query, 'error')}
        notices={notices}
      />
      <p className="text-stone-700">{t('intro')}</p>
      <ul className="flex flex-col gap-3" data-testid="staff-list">
        {staff.map((member) => (
          <li key={member.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="font-semibold">
              {member.name}{' '}
              <span className="font-normal text-stone-700">&lt;{member.email}&gt;</span>
            </p>
            {member.superAdmin ? (
              <p className="text-sm">{t('superAdmin')}</p>
            ) : (
              <form action={setStaffPermissionsAction} className="mt-2 flex flex-col gap-2">
                <input type="hidden" name="userId" value={member.id} />
                <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
                  <legend className="sr-only">{t('permissionsOf', { email: member.email })}</legend>
                  {adminPermissions.map((p) => (
                    <label key={p} className="flex items-center gap-1 text-sm">
                      <input
                        type="checkbox"
                        name="permissions"
                        value={p}
                        defaultChecked={member.permissions.includes(p)}
                      />
                      {tp(p)}
                    </label>
                  ))}
                </fieldset>
                <div>
                  <SubmitButton variant="quiet">{t('save')}</SubmitButton>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
      <section
        aria-labelledby="create-heading"
        className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4"
      >
        <h2 id="create-heading" className="text-lg font-semibold">
          {t('create')}
        </h2>
        <p className="text-sm text-stone-700" id="create-help">
          {t('createHelp')}
        </p>
        <StaffCreateForm />
      </section>
    </AdminPage>
  );
}
