import { useTranslations } from 'next-intl';
import type { SyncError } from './action-queue';

/** The courier's words for a refused action: a wrong code says what to do next. */
export function useSyncErrorText() {
  const t = useTranslations('courierApp');
  return (error: SyncError) =>
    error.wrongCode
      ? t(error.status === 409 ? 'proof.tooManyCodes' : 'proof.wrongCode')
      : t('error', { message: error.message });
}
