import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { LogisticsSettingsForm } from '@/components/logistics/settings-form';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { settingsFormDefaults } from '@/lib/logistics/zones/zone-form-defaults';
import { getLogisticsSettings, listZones } from '@/lib/logistics/zones/zone-admin';
import { formatMoney } from '@/lib/money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminZones'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminZonesPage({ searchParams }: Props) {
  const actor = await requirePageActor('/admin/zones');
  if (!hasPermission(actor, 'logistics')) return <Forbidden />;
  const [t, locale, zones, settings, query] = await Promise.all([
    getTranslations('adminZones'),
    getLocale(),
    listZones(getDb()),
    getLogisticsSettings(getDb()),
    searchParams,
  ]);
  return (
    <div className="flex flex-col gap-6 px-2 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link
          href="/admin/zones/new"
          className="rounded-full bg-emerald-800 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-900"
        >
          {t('newZone')}
        </Link>
      </div>
      {query.deleted && (
        <p
          role="status"
          className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
        >
          {t('deleted')}
        </p>
      )}
      {zones.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="zones-table">
            <thead className="border-b border-stone-300">
              <tr>
                {(['name', 'kind', 'area', 'rates', 'free', 'cutoff', 'active'] as const).map(
                  (c) => (
                    <th key={c} scope="col" className="px-2 py-2 font-semibold">
                      {t(`columns.${c}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {zones.map((z) => (
                <tr key={z.id}>
                  <td className="px-2 py-2">
                    <Link
                      href={`/admin/zones/${z.id}`}
                      className="text-emerald-800 underline hover:text-emerald-900"
                    >
                      {z.name}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{t(`kind.${z.kind}`)}</td>
                  <td className="px-2 py-2">
                    {[
                      z.cepRanges.length > 0 && t('rangesCount', { count: z.cepRanges.length }),
                      z.polygon && t('polygon'),
                    ]
                      .filter(Boolean)
                      .join(' + ')}
                  </td>
                  <td className="px-2 py-2">{z.rateCount}</td>
                  <td className="px-2 py-2">
                    {z.freeShippingFromCents === null
                      ? t('none')
                      : formatMoney(z.freeShippingFromCents, z.currency, locale)}
                  </td>
                  <td className="px-2 py-2">{z.sameDayCutoff ?? t('none')}</td>
                  <td className="px-2 py-2">{z.active ? t('yes') : t('no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section
        aria-labelledby="settings-heading"
        className="flex flex-col gap-3 border-t border-stone-200 pt-5"
      >
        <h2 id="settings-heading" className="text-lg font-semibold">
          {t('settings.title')}
        </h2>
        <LogisticsSettingsForm defaults={settingsFormDefaults(settings)} />
      </section>
    </div>
  );
}
