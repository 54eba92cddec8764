import 'server-only';
import Link from 'next/link';
import { getDb } from '@/lib/db/client';
import { isFeatureEnabled } from '@/lib/features';
import { FORMAT_LOCALE, type Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { listSimilarProducts } from '@/lib/recommendations/list-similar-products';

const DEFAULT_TITLE: Record<Locale, string> = {
  'pt-BR': 'Você também pode gostar',
  en: 'You may also like',
};

type RecommendationsProps = { slug: string; locale: Locale; title?: string };

/** Similar products for a product page; nothing at all when the flag is off or none match. */
export async function Recommendations({ slug, locale, title }: RecommendationsProps) {
  if (!isFeatureEnabled('RECOMMENDATION_AI')) return null;
  const products = await listSimilarProducts(getDb(), slug);
  if (!products?.length) return null;
  const heading = title ?? DEFAULT_TITLE[locale];
  return (
    <section data-testid="recommendations" aria-label={heading} className="mt-12">
      <h2 className="mb-4 text-lg font-semibold">{heading}</h2>
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {products.map((product) => (
          <li key={product.slug}>
            <Link
              href={`/p/${product.slug}`}
              className="block rounded-md border p-3 hover:bg-neutral-50"
            >
              <span className="block font-medium">{product.name}</span>
              <span className="block text-sm text-neutral-600">
                {formatMoney(product.priceCents, product.currency, FORMAT_LOCALE[locale])}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
