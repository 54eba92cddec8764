import type { Metadata } from 'next';
import { after } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { SearchResults } from '@/components/search/search-results';
import { loadSearchPage, logSearch } from '@/lib/search/run-search-page';
import { parseSearchParams } from '@/lib/search/search-params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q }, t] = await Promise.all([
    searchParams.then(parseSearchParams),
    getTranslations('search'),
  ]);
  return {
    title: q ? t('metaTitle', { q }) : t('titleNoQuery'),
    // Result pages are endless query permutations: keep them out of indexes, follow their links.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const [request, locale] = await Promise.all([searchParams.then(parseSearchParams), getLocale()]);
  const { result, popular } = await loadSearchPage(request);
  after(() => logSearch(request, result, locale));
  return <SearchResults request={request} result={result} popular={popular} />;
}
