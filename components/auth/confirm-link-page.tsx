import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { AuthCard } from './auth-card';
import { ConfirmLinkForm } from './confirm-link-form';

type Namespace = 'auth.unlock' | 'auth.verify';
type Props = {
  namespace: Namespace;
  token: string | string[] | undefined;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
};

export async function confirmLinkMetadata(namespace: Namespace) {
  return { title: (await getTranslations(namespace))('title'), robots: { index: false } };
}

/** The page an e-mailed single-use link opens: one button spends it (mail scanners only GET). */
export async function ConfirmLinkPage({ namespace, token, action }: Props) {
  const t = await getTranslations(namespace);
  return (
    <AuthCard title={t('title')}>
      <p className="text-stone-700">{t('intro')}</p>
      <ConfirmLinkForm
        token={typeof token === 'string' ? token : ''}
        label={t('submit')}
        action={action}
      />
    </AuthCard>
  );
}
