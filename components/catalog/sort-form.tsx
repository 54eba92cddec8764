import Form from 'next/form';
import { useTranslations } from 'next-intl';
import { PRODUCT_SORTS, type ProductSort } from '@/lib/catalog/listing-params';
import { SortSelect } from './sort-select';

/** A GET form: choosing a sort navigates to ?sort=…, back to page 1. */
export function SortForm({ action, sort }: { action: string; sort: ProductSort }) {
  const t = useTranslations('category');
  return (
    <Form action={action} className="flex items-center gap-2">
      <label htmlFor="sort" className="text-sm text-stone-700">
        {t('sortLabel')}
      </label>
      <SortSelect
        id="sort"
        value={sort}
        options={PRODUCT_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
      />
      <noscript>
        <button type="submit" className="min-h-10 rounded-md border border-stone-300 px-3 text-sm">
          {t('apply')}
        </button>
      </noscript>
    </Form>
  );
}
