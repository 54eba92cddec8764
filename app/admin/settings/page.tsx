import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPage } from '@/components/admin/admin-ui';
import { Forbidden } from '@/components/admin/forbidden';
import { StoreSettingsForm } from '@/components/admin/settings-form';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getStoreSettings, getStoreSettingsVersion } from '@/lib/settings/store-settings';
import { settingsToForm } from '@/lib/settings/store-settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.settings'))('title') };
}

export default async function AdminSettingsPage() {
  const actor = await requirePageActor('/admin/settings');
  if (!hasPermission(actor, 'settings')) return <Forbidden />;
  // The version is read before the (cached) settings: if they differ, the save is refused rather
  // than the form silently showing values older than its token.
  const version = await getStoreSettingsVersion(getDb());
  const [t, settings] = await Promise.all([
    getTranslations('adminDashboard.settings'),
    getStoreSettings(),
  ]);
  return (
    <AdminPage title={t('title')}>
      <StoreSettingsForm initial={settingsToForm(settings)} version={version} />
    </AdminPage>
  );
}
