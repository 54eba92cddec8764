import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CatalogTabs } from '@/components/admin/catalog/catalog-tabs';
import { CreateCategoryForm } from '@/components/admin/catalog/category-forms';
import { CategoryTree } from '@/components/admin/catalog/category-tree';
import { Forbidden } from '@/components/admin/forbidden';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { listAdminCategories } from '@/lib/catalog/admin/category-admin';
import { toCategoryOptions } from '@/lib/catalog/admin/editor-values';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.categories'))('title') };
}

export default async function AdminCategoriesPage() {
  const actor = await requirePageActor('/admin/catalog/categories');
  if (!hasPermission(actor, 'catalog')) return <Forbidden />;
  const [t, categories] = await Promise.all([
    getTranslations('adminCatalog.categories'),
    listAdminCategories(),
  ]);
  const options = toCategoryOptions(categories);
  return (
    <div className="flex flex-col gap-4 py-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <CatalogTabs current="categories" />
      <p className="text-sm text-stone-700">{t('intro')}</p>
      <CreateCategoryForm options={options} />
      <CategoryTree
        rows={categories.map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() }))}
        options={options}
      />
    </div>
  );
}
