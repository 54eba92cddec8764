import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { readOrderAccess } from '@/components/checkout/order-access';
import { TrackingView } from '@/components/tracking/tracking-view';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { getClientTransport } from '@/lib/realtime';
import { getOrderTracking } from '@/lib/tracking/get-order-tracking';
import { findTrackableOrder } from '@/lib/tracking/tracking-access';

type Props = {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ t?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations('tracking.page');
  return { title: t('title', { number }), robots: { index: false } };
}

/** Live tracking of one order: its owner, the browser that placed it, or its tracking link (?t=). */
export default async function OrderTrackingPage({ params, searchParams }: Props) {
  const [{ number }, query] = await Promise.all([params, searchParams]);
  const token = typeof query.t === 'string' ? query.t : null;
  const actor = await getCurrentActor();
  const order = await findTrackableOrder(
    getDb(),
    { number },
    { userId: actor?.userId ?? null, orderIds: await readOrderAccess(), token },
  );
  if (!order) notFound();
  const [tracking, t] = await Promise.all([
    getOrderTracking(getDb(), order),
    getTranslations('tracking.page'),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('heading')}</h1>
      <p className="text-gray-700">{number}</p>
      <TrackingView
        initial={tracking}
        transport={getClientTransport()}
        token={token}
        tileUrl={getEnv().NEXT_PUBLIC_MAP_TILE_URL ?? null}
      />
      <Link href={`/orders/${encodeURIComponent(number)}`} className="text-blue-800 underline">
        {t('back')}
      </Link>
    </div>
  );
}
