import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { CouponForm } from '@/components/admin/coupons/coupon-form';
import { Forbidden } from '@/components/admin/forbidden';
import { versionToken } from '@/lib/admin/optimistic-lock';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { couponToForm } from '@/lib/coupons/coupon-to-form';
import { getCoupon } from '@/lib/coupons/list-coupons';
import { COUPON_PERMISSION } from '@/lib/coupons/save-coupon';
import { getDb } from '@/lib/db/client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCoupons'))('title'), robots: { index: false } };
}

export default async function AdminCouponPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/coupons/${id}`);
  if (!hasPermission(actor, COUPON_PERMISSION)) return <Forbidden />;
  const couponId = z.uuid().safeParse(id);
  const coupon = couponId.success ? await getCoupon(getDb(), couponId.data) : null;
  if (!coupon) notFound();
  const t = await getTranslations('adminCoupons');
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-10 sm:px-6">
      <Link href="/admin/coupons" className="text-sm font-semibold text-emerald-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('edit', { code: coupon.code })}</h1>
      <CouponForm
        id={coupon.id}
        initial={couponToForm(coupon)}
        version={versionToken(coupon.updatedAt)}
      />
    </div>
  );
}
