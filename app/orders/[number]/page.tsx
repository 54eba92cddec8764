import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { readOrderAccess } from '@/components/checkout/order-access';
import { OrderView } from '@/components/checkout/order-view';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { getOrderDetail } from '@/lib/orders/get-order-detail';

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations('orders');
  return { title: t('title', { number }), robots: { index: false } };
}

/** Visible to its owner, or to the browser that placed or looked up the order; 404 otherwise. */
export default async function OrderPage({ params }: Props) {
  const { number } = await params;
  const actor = await getCurrentActor();
  const detail = await getOrderDetail(getDb(), number, {
    userId: actor?.userId ?? null,
    orderIds: await readOrderAccess(),
  });
  if (!detail) notFound();
  return <OrderView detail={detail} />;
}
