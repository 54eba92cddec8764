import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { InstallmentOffer } from '@/components/product/installment-offer';
import { ProductDetails } from '@/components/product/product-details';
import { Recommendations } from '@/components/product/recommendations';
import { ProductShippingQuote } from '@/components/shipping/product-shipping-quote';
import { FeatureGate } from '@/components/ui/feature-gate';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getProductBySlugOrThrow } from '@/lib/catalog/get-product-by-slug-or-throw';
import { isNotFoundError } from '@/lib/catalog/not-found';
import { buildOptionGroups, selectImages, selectVariant } from '@/lib/catalog/variant-selection';
import { resolveBaseUrl } from '@/lib/seo/base-url';
import { buildProductJsonLd, serializeJsonLd } from '@/lib/seo/product-json-ld';
import { buildProductMetadata } from '@/lib/seo/product-metadata';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadProduct(slug: string) {
  try {
    return await getProductBySlugOrThrow(slug);
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  return buildProductMetadata(product, resolveBaseUrl());
}

/** The query minus ?cep=, so the shipping form keeps the selected variant. */
function keepParams(query: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(query).filter(
      (entry): entry is [string, string] => entry[0] !== 'cep' && typeof entry[1] === 'string',
    ),
  );
}

/** Variant selection is in the query string, one parameter per option axis (?Cor=Azul&Tamanho=M). */
export default async function ProductPage({ params, searchParams }: Props) {
  const [{ slug }, query, locale] = await Promise.all([params, searchParams, getLocale()]);
  const product = await loadProduct(slug);
  const variant = selectVariant(product, query);
  if (!variant) notFound();
  return (
    <>
      <script
        type="application/ld+json"
        // Data, not code: CSP does not apply to ld+json, and "<" is escaped so it cannot end the tag.
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(buildProductJsonLd(product, resolveBaseUrl())),
        }}
      />
      <ProductDetails
        product={product}
        variant={variant}
        groups={buildOptionGroups(product, variant)}
        images={selectImages(product.images, variant.options)}
        installments={<InstallmentOffer cents={variant.priceCents} currency={variant.currency} />}
        shipping={
          <ProductShippingQuote
            slug={product.slug}
            variantId={variant.id}
            keep={keepParams(query)}
            cep={typeof query.cep === 'string' ? query.cep : undefined}
          />
        }
        recommendations={
          <FeatureGate name="RECOMMENDATION_AI">
            <Recommendations
              slug={product.slug}
              locale={isLocale(locale) ? locale : DEFAULT_LOCALE}
            />
          </FeatureGate>
        }
      />
    </>
  );
}
