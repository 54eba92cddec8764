import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import {
  ActionNotice,
  AdminPage,
  FieldError,
  inputClass,
  param,
  type SearchParams,
} from '@/components/admin/admin-ui';
import { Forbidden } from '@/components/admin/forbidden';
import { saveSettingsAction } from '@/components/admin/settings-actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getStoreSettings } from '@/lib/settings/store-settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminDashboard.settings'))('title') };
}

const hundredths = (n: number) => (n / 100).toFixed(2).replace('.', ',');

export default async function AdminSettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/admin/settings');
  if (!hasPermission(actor, 'settings')) return <Forbidden />;
  const query = await searchParams;
  const error = param(query, 'error');
  const [t, settings] = await Promise.all([
    getTranslations('adminDashboard.settings'),
    getStoreSettings(),
  ]);
  const field = (
    name: string,
    label: string,
    value: string | number,
    errorField: string,
    type = 'text',
  ) => (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm">
        {label}
        <input
          name={name}
          type={type}
          defaultValue={value}
          className={inputClass}
          aria-invalid={error?.startsWith(`${errorField}.`) || undefined}
          aria-describedby={`${name}-error`}
        />
      </label>
      <FieldError error={error} field={errorField} id={`${name}-error`} />
    </div>
  );
  const { installments } = settings;
  return (
    <AdminPage title={t('title')}>
      <ActionNotice
        notice={param(query, 'notice')}
        error={error}
        notices={{ saved: t('notices.saved') }}
      />
      <form action={saveSettingsAction} className="flex max-w-2xl flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          {field('storeName', t('storeName'), settings.storeName, 'storeName')}
          {field('contactEmail', t('contactEmail'), settings.contactEmail, 'contactEmail', 'email')}
          {field('contactPhone', t('contactPhone'), settings.contactPhone, 'contactPhone', 'tel')}
          {field('logoPath', t('logoPath'), settings.logoPath ?? '', 'logoPath')}
          {field(
            'returnWindowDays',
            t('returnWindowDays'),
            settings.returnWindowDays,
            'returnWindowDays',
            'number',
          )}
        </div>
        <fieldset className="grid gap-3 rounded-lg border border-stone-200 p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{t('installments')}</legend>
          {field(
            'maxInstallments',
            t('maxInstallments'),
            installments.maxInstallments,
            'installments.maxInstallments',
            'number',
          )}
          {field(
            'interestFreeInstallments',
            t('interestFreeInstallments'),
            installments.interestFreeInstallments,
            'installments.interestFreeInstallments',
            'number',
          )}
          {field(
            'minInstallment',
            t('minInstallment'),
            hundredths(installments.minInstallmentCents),
            'minInstallment',
          )}
          {field(
            'monthlyInterest',
            t('monthlyInterest'),
            hundredths(installments.monthlyInterestBps),
            'monthlyInterest',
          )}
        </fieldset>
        <div>
          <SubmitButton>{t('save')}</SubmitButton>
        </div>
      </form>
    </AdminPage>
  );
}
