import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { Forbidden } from '@/components/admin/forbidden';
import { visibleNavItems } from '@/components/admin/nav-items';
import { requirePageActor } from '@/lib/auth/current-actor';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The dashboard shell: admins only (anonymous visitors sign in first, customers and couriers get
 * 403), with a side nav listing the areas this admin may use. Each page still checks its own
 * permission on the server; hiding a link is a convenience, not the guard.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor('/admin');
  if (actor.role !== 'admin') return <Forbidden />;
  const t = await getTranslations('adminDashboard.nav');
  const links = visibleNavItems(actor).map((item) => ({ href: item.href, label: t(item.key) }));
  return (
    <div className="mx-auto flex w-full max-w-[100rem] flex-col gap-4 px-2 py-4 md:flex-row md:gap-6 md:px-4">
      <aside className="border-b border-stone-200 pb-2 md:w-56 md:shrink-0 md:border-r md:border-b-0 md:pr-4 md:pb-0">
        <p className="mb-2 hidden px-3 text-xs font-semibold tracking-wide text-stone-600 uppercase md:block">
          {t('heading')}
        </p>
        <AdminNav links={links} label={t('label')} />
      </aside>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
