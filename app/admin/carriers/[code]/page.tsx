import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CarrierActiveForm } from '@/components/logistics/carrier-active-form';
import { CarrierForm } from '@/components/logistics/carrier-form';
import { versionToken } from '@/lib/admin/optimistic-lock';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { CARRIER_PERMISSION, getCarrier } from '@/lib/logistics/carriers/carrier-admin';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCarriers'))('title'), robots: { index: false } };
}

export default async function AdminCarrierPage({ params }: Props) {
  const { code } = await params;
  const actor = await requirePageActor(`/admin/carriers/${encodeURIComponent(code)}`);
  if (!hasPermission(actor, CARRIER_PERMISSION)) return <Forbidden />;
  const carrier = await getCarrier(getDb(), code);
  if (!carrier) notFound();
  const t = await getTranslations('adminCarriers');
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-10 sm:px-6">
      <Link href="/admin/carriers" className="text-sm text-emerald-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('editTitle', { name: carrier.name })}</h1>
      <CarrierForm
        editCode={carrier.code}
        version={versionToken(carrier.updatedAt)}
        initial={{
          name: carrier.name,
          trackingUrlTemplate: carrier.trackingUrlTemplate ?? '',
          position: String(carrier.position),
          active: carrier.active ? 'on' : '',
        }}
      />
      <CarrierActiveForm code={carrier.code} name={carrier.name} active={carrier.active} />
    </div>
  );
}
