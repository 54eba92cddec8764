'use client';

import { useTranslations } from 'next-intl';
import { ToggleActiveForm } from '@/components/admin/toggle-active-form';
import { setCarrierActiveAction } from './carrier-actions';

/** Deactivate (off new shipments, still on past orders) or re-activate one carrier. */
export function CarrierActiveForm(props: { code: string; name: string; active: boolean }) {
  const t = useTranslations('adminCarriers');
  return (
    <ToggleActiveForm
      action={setCarrierActiveAction}
      field={{ name: 'code', value: props.code }}
      active={props.active}
      labels={{
        off: t('deactivate', { name: props.name }),
        on: t('activate', { name: props.name }),
      }}
    />
  );
}
