import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CourierForm } from '@/components/dispatch/courier-form';
import { courierStatuses, vehicleKinds } from '@/db/schema';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { timeFromMinutes } from '@/lib/logistics/dispatch/courier-form';
import { listCouriers } from '@/lib/logistics/dispatch/couriers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCouriers'))('title') };
}

export default async function AdminCouriersPage() {
  const actor = await requirePageActor('/admin/couriers');
  if (!hasPermission(actor, 'logistics')) return <Forbidden />;
  const [t, couriers] = await Promise.all([
    getTranslations('adminCouriers'),
    listCouriers(getDb()),
  ]);
  return (
    <div className="flex flex-col gap-8 px-2 py-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {couriers.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="couriers-table">
            <thead className="border-b border-stone-300">
              <tr>
                {(['name', 'vehicle', 'capacity', 'hours', 'days', 'status'] as const).map((c) => (
                  <th key={c} scope="col" className="px-2 py-2 font-semibold">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {couriers.map((c) => (
                <tr key={c.id}>
                  <td className="px-2 py-2">
                    <Link
                      href={`/admin/couriers/${c.id}`}
                      className="text-emerald-800 underline hover:text-emerald-900"
                    >
                      {c.firstName}
                    </Link>
                    <span className="block text-xs text-stone-600">{c.email}</span>
                  </td>
                  <td className="px-2 py-2">{t(`vehicle.${c.vehicleKind}`)}</td>
                  <td className="px-2 py-2">{(c.capacityGrams / 1000).toLocaleString()} kg</td>
                  <td className="px-2 py-2">
                    {timeFromMinutes(c.shiftStartMinute)}–{timeFromMinutes(c.shiftEndMinute)}
                  </td>
                  <td className="px-2 py-2">
                    {c.weekdays
                      .slice()
                      .sort()
                      .map((d) => t(`weekday.${d}` as 'weekday.1'))
                      .join(' ')}
                  </td>
                  <td className="px-2 py-2">{t(`status.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section
        aria-labelledby="add-courier"
        className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4"
      >
        <h2 id="add-courier" className="text-lg font-semibold">
          {t('add')}
        </h2>
        <CourierForm vehicleKinds={vehicleKinds} courierStatuses={courierStatuses} />
      </section>
    </div>
  );
}
