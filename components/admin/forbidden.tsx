import { getTranslations } from 'next-intl/server';

export async function Forbidden() {
  const t = await getTranslations('admin');
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">403</h1>
      <p className="mt-2 text-stone-700">{t('forbidden')}</p>
    </div>
  );
}
