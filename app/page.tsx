import { getTranslations } from 'next-intl/server';
import { CategoryCard } from '@/components/catalog/category-card';
import { Hero } from '@/components/home/hero';
import { ProductGrid } from '@/components/product/product-grid';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { listFeaturedProducts } from '@/lib/catalog/list-featured-products';

export default async function HomePage() {
  const [t, featured, categories] = await Promise.all([
    getTranslations('home'),
    listFeaturedProducts({ limit: 12 }),
    listCategoryTree(),
  ]);
  return (
    <>
      <Hero highlight={categories[0]} />
      <div className="mx-auto flex max-w-7xl flex-col gap-14 px-4 py-12 sm:px-6">
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="mb-6 text-2xl font-bold">
            {t('featured')}
          </h2>
          {featured.length > 0 ? (
            <ProductGrid products={featured} />
          ) : (
            <p className="text-stone-600">{t('noFeatured')}</p>
          )}
        </section>
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading" className="mb-6 text-2xl font-bold">
            {t('categories')}
          </h2>
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
            {categories.map((category) => (
              <li key={category.slug}>
                <CategoryCard category={category} description={category.description} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
