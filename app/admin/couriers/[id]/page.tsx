import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Forbidden } from '@/components/admin/forbidden';
import { CourierForm } from '@/components/dispatch/courier-form';
import { DeviceKeyIssueForm } from '@/components/dispatch/device-key-issue-form';
import { DeviceKeyList } from '@/components/dispatch/device-key-list';
import { courierStatuses, vehicleKinds } from '@/db/schema';
import { versionToken } from '@/lib/admin/optimistic-lock';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { listCouriers } from '@/lib/logistics/dispatch/couriers';
import { listDeviceKeys } from '@/lib/tracking/device-keys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCouriers'))('title') };
}

export default async function EditCourierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/couriers/${id}`);
  if (!hasPermission(actor, 'logistics')) return <Forbidden />;
  if (!z.uuid().safeParse(id).success) notFound();
  const [t, tKeys, couriers, deviceKeys] = await Promise.all([
    getTranslations('adminCouriers'),
    getTranslations('adminDeviceKeys'),
    listCouriers(getDb()),
    listDeviceKeys(getDb(), id),
  ]);
  const courier = couriers.find((c) => c.id === id);
  if (!courier) notFound();
  return (
    <div className="flex flex-col gap-6 px-2 py-6">
      <Link href="/admin/couriers" className="text-sm text-emerald-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('editTitle', { name: courier.firstName })}</h1>
      <p className="text-sm text-stone-700">{courier.email}</p>
      <CourierForm
        courier={courier}
        version={versionToken(courier.updatedAt)}
        vehicleKinds={vehicleKinds}
        courierStatuses={courierStatuses}
      />
      <section aria-labelledby="device-keys-title" className="flex flex-col gap-3">
        <h2 id="device-keys-title" className="text-xl font-bold">
          {tKeys('title')}
        </h2>
        <p className="text-sm text-stone-700">{tKeys('intro')}</p>
        <DeviceKeyIssueForm courierId={courier.id} />
        <DeviceKeyList courierId={courier.id} keys={deviceKeys} />
      </section>
    </div>
  );
}
