import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CatalogTabs } from '@/components/admin/catalog/catalog-tabs';
import { ProductEditor } from '@/components/admin/catalog/product-editor';
import { Forbidden } from '@/components/admin/forbidden';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { listAdminCategories } from '@/lib/catalog/admin/category-admin';
import { BLANK_PRODUCT, toCategoryOptions } from '@/lib/catalog/admin/editor-values';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.editor'))('newTitle') };
}

export default async function NewProductPage() {
  const actor = await requirePageActor('/admin/catalog/new');
  if (!hasPermission(actor, 'catalog')) return <Forbidden />;
  const [t, categories] = await Promise.all([
    getTranslations('adminCatalog.editor'),
    listAdminCategories(),
  ]);
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <CatalogTabs current="newProduct" />
      <ProductEditor
        productId={null}
        initial={BLANK_PRODUCT}
        categories={toCategoryOptions(categories)}
      />
    </div>
  );
}
