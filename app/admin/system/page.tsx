import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AdminPage } from '@/components/admin/admin-ui';
import { Forbidden } from '@/components/admin/forbidden';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { FEATURES, getStripeMode, isFeatureEnabled } from '@/lib/features';
import { getHealth } from '@/lib/health/system';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.system'))('title') };
}

/** Read-only: flags come from the environment; health is the same data `/health` answers. */
export default async function AdminSystemPage() {
  const actor = await requirePageActor('/admin/system');
  if (!hasPermission(actor, 'settings')) return <Forbidden />;
  const [t, format, { report }] = await Promise.all([
    getTranslations('adminDashboard.system'),
    getFormatter(),
    getHealth(),
  ]);
  const services = Object.entries(report.services) as [string, boolean][];
  const drivers = report.drivers as Record<string, string>;
  return (
    <AdminPage title={t('title')}>
      <section aria-labelledby="health-heading" className="flex flex-col gap-2">
        <h2 id="health-heading" className="text-lg font-semibold">
          {t('health')}
        </h2>
        <p>
          <strong data-testid="health-status">{t('overall', { status: report.status })}</strong> ·{' '}
          {t('checkedAt', {
            date: format.dateTime(new Date(report.timestamp), { timeStyle: 'medium' }),
          })}
        </p>
        <table className="max-w-xl text-left text-sm">
          <thead className="border-b border-stone-300">
            <tr>
              <th scope="col" className="px-2 py-1">
                {t('service')}
              </th>
              <th scope="col" className="px-2 py-1">
                {t('state')}
              </th>
              <th scope="col" className="px-2 py-1">
                {t('driver')}
              </th>
            </tr>
          </thead>
          <tbody>
            {services.map(([name, up]) => (
              <tr key={name} className="border-b border-stone-100">
                <th scope="row" className="px-2 py-1 font-normal">
                  {name}
                </th>
                <td
                  className={`px-2 py-1 font-semibold ${up ? 'text-emerald-800' : 'text-red-800'}`}
                >
                  {up ? t('up') : t('down')}
                </td>
                <td className="px-2 py-1">{drivers[name] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="features-heading" className="flex flex-col gap-2">
        <h2 id="features-heading" className="text-lg font-semibold">
          {t('features')}
        </h2>
        <p className="text-sm text-stone-700">{t('featuresIntro')}</p>
        <ul className="text-sm">
          {FEATURES.map((name) => (
            <li key={name}>
              <code>FEATURE_{name}</code>: {isFeatureEnabled(name) ? t('on') : t('off')}
            </li>
          ))}
        </ul>
        <p className="text-sm">{t('payments', { mode: getStripeMode() })}</p>
      </section>
    </AdminPage>
  );
}
