import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { deleteImageAction } from '@/components/admin/catalog/actions';
import { CatalogTabs } from '@/components/admin/catalog/catalog-tabs';
import { ImageUploadForm } from '@/components/admin/catalog/image-upload-form';
import { ProductEditor } from '@/components/admin/catalog/product-editor';
import { Forbidden } from '@/components/admin/forbidden';
import { SubmitButton } from '@/components/ui/submit-button';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { listAdminCategories } from '@/lib/catalog/admin/category-admin';
import { toCategoryOptions, toEditorValues } from '@/lib/catalog/admin/editor-values';
import { readProductSnapshot } from '@/lib/catalog/admin/product-snapshot';
import { getDb } from '@/lib/db/client';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalog.editor'))('editTitle') };
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/catalog/${id}`);
  if (!hasPermission(actor, 'catalog')) return <Forbidden />;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [t, format, product, categories, { saved }] = await Promise.all([
    getTranslations('adminCatalog'),
    getFormatter(),
    readProductSnapshot(getDb(), id),
    listAdminCategories(),
    searchParams,
  ]);
  if (!product) notFound();
  return (
    <div className="flex flex-col gap-4 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{product.name}</h1>
        <Link
          href={`/p/${product.slug}`}
          className="text-sm font-semibold text-emerald-800 underline"
        >
          {t('editor.viewInStore')}
        </Link>
      </div>
      <CatalogTabs current="products" />
      {saved && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900"
        >
          {t('editor.saved')}
        </p>
      )}
      <p className="text-sm text-stone-700">
        {t('editor.lastEdit', {
          by: product.lastEditedByName ?? '—',
          at: format.dateTime(product.updatedAt, { dateStyle: 'short', timeStyle: 'medium' }),
        })}
      </p>
      {/* Keyed by version: a save or someone else's edit remounts the form with fresh values. */}
      <ProductEditor
        key={product.updatedAt.toISOString()}
        productId={product.id}
        initial={toEditorValues(product)}
        categories={toCategoryOptions(categories)}
      />
      <section
        aria-labelledby="images-heading"
        className="flex flex-col gap-3 border-t border-stone-200 pt-4"
      >
        <h2 id="images-heading" className="text-lg font-semibold">
          {t('images.title')}
        </h2>
        {product.images.length === 0 ? (
          <p className="text-sm text-stone-700">{t('images.empty')}</p>
        ) : (
          <ul className="flex flex-wrap gap-4" data-testid="product-images">
            {product.images.map((image) => (
              <li key={image.id} className="flex w-40 flex-col gap-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- admin thumbnail of an uploaded file */}
                <img
                  src={image.url}
                  alt={image.alt}
                  width={160}
                  height={160}
                  className="aspect-square rounded-md object-cover"
                />
                <span className="text-xs text-stone-700">
                  {image.width}×{image.height}
                </span>
                <form action={deleteImageAction}>
                  <input type="hidden" name="productId" value={product.id} />
                  <input type="hidden" name="imageId" value={image.id} />
                  <SubmitButton
                    variant="quiet"
                    aria-label={t('images.removeLabel', { alt: image.alt })}
                  >
                    {t('images.remove')}
                  </SubmitButton>
                </form>
              </li>
            ))}
          </ul>
        )}
        <ImageUploadForm productId={product.id} />
      </section>
    </div>
  );
}
