import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { AddToCartForm } from '@/components/cart/add-to-cart-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import type { ProductDetail, ProductImageDetail, VariantDetail } from '@/lib/catalog/types';
import type { OptionGroup } from '@/lib/catalog/variant-selection';
import { Price } from './price';
import { ProductGallery } from './product-gallery';
import { StockStatus } from './stock-status';
import { VariantSelector } from './variant-selector';

type Props = {
  product: ProductDetail;
  variant: VariantDetail;
  groups: OptionGroup[];
  images: ProductImageDetail[];
  /** Rendered below the description (recommendations, behind their feature flag). */
  recommendations?: ReactNode;
  /** The shipping quote by CEP, rendered under add-to-cart. */
  shipping?: ReactNode;
  /** Card installment offer, rendered under the price. */
  installments?: ReactNode;
};

export function ProductDetails(props: Props) {
  const { product, variant, groups, images, recommendations, shipping, installments } = props;
  const t = useTranslations('product');
  const trail = [
    ...product.breadcrumbs.map((c) => ({ name: c.name, href: `/c/${c.slug}` })),
    { name: product.name, href: `/p/${product.slug}` },
  ];
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-8 sm:px-6">
      <Breadcrumbs trail={trail} />
      <div className="grid gap-8 lg:grid-cols-2 lg:gap-12">
        <ProductGallery images={images} />
        <div className="flex flex-col gap-5" data-testid="product-info" data-sku={variant.sku}>
          <div className="flex flex-col gap-1">
            {product.brand && (
              <p className="text-sm text-stone-600">{t('brand', { brand: product.brand })}</p>
            )}
            <h1 className="text-3xl font-bold tracking-tight text-balance">{product.name}</h1>
            <p className="text-xs text-stone-600">{t('sku', { sku: variant.sku })}</p>
          </div>
          <div className="flex flex-col gap-2" aria-live="polite">
            <Price
              cents={variant.priceCents}
              compareAtCents={variant.compareAtCents}
              currency={variant.currency}
              size="lg"
            />
            {installments}
            <StockStatus onHand={variant.onHand} />
          </div>
          {groups.length > 0 && (
            <section aria-label={t('options')}>
              <VariantSelector
                slug={product.slug}
                optionNames={product.optionNames}
                groups={groups}
              />
            </section>
          )}
          <AddToCartForm variantId={variant.id} soldOut={variant.onHand <= 0} />
          {shipping}
          <section aria-labelledby="description-heading" className="border-t border-stone-200 pt-5">
            <h2 id="description-heading" className="mb-2 text-lg font-semibold">
              {t('description')}
            </h2>
            <p className="leading-relaxed text-stone-800">{product.description}</p>
          </section>
        </div>
      </div>
      {recommendations}
    </div>
  );
}
