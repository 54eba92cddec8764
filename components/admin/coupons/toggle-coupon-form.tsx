'use client';

import { useTranslations } from 'next-intl';
import { ToggleActiveForm } from '@/components/admin/toggle-active-form';
import { toggleCouponAction } from './actions';

export function ToggleCouponForm(props: { id: string; code: string; active: boolean }) {
  const t = useTranslations('adminCoupons');
  return (
    <ToggleActiveForm
      action={toggleCouponAction}
      field={{ name: 'id', value: props.id }}
      active={props.active}
      labels={{ off: t('disable', { code: props.code }), on: t('enable', { code: props.code }) }}
    />
  );
}
