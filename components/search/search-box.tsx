'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState, type KeyboardEvent } from 'react';
import { HighlightedText } from './highlighted-text';
import { readRecentSearches, saveRecentSearch } from './recent-searches';
import { useSuggestions } from './use-suggestions';

type Option = {
  id: string;
  group: 'recent' | 'queries' | 'categories' | 'products';
  href: string;
  query?: string;
  node: React.ReactNode;
};

const searchHref = (q: string) => `/search?${new URLSearchParams({ q })}`;

/**
 * The header search: a plain GET form to /search (works without JavaScript) enhanced into an
 * ARIA 1.2 combobox with grouped suggestions, arrow-key navigation, Enter and Escape.
 */
export function SearchBox() {
  const t = useTranslations('search');
  const locale = useLocale();
  const router = useRouter();
  const baseId = useId();
  const pathname = usePathname();
  const params = useSearchParams();
  const urlQuery = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  // Back/forward between result pages: the box shows the query of the page on screen.
  const [shownQuery, setShownQuery] = useState(urlQuery);
  if (shownQuery !== urlQuery) {
    setShownQuery(urlQuery);
    setValue(urlQuery);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [recent, setRecent] = useState<string[]>([]);
  const { suggestions, loading } = useSuggestions(value, locale);

  const typed = value.trim().toLowerCase();
  const options: Option[] = [
    ...recent
      .filter((q) => q.toLowerCase().startsWith(typed) && q.toLowerCase() !== typed)
      .slice(0, typed ? 3 : 5)
      .map((q) => ({ group: 'recent' as const, href: searchHref(q), query: q, node: q })),
    ...(suggestions?.queries ?? [])
      .filter((q) => !recent.includes(q))
      .map((q) => ({ group: 'queries' as const, href: searchHref(q), query: q, node: q })),
    ...(suggestions?.categories ?? []).map((c) => ({
      group: 'categories' as const,
      href: `/c/${c.slug}`,
      node: c.name,
    })),
    ...(suggestions?.products ?? []).map((p) => ({
      group: 'products' as const,
      href: `/p/${p.slug}`,
      node: <HighlightedText segments={p.highlight} />,
    })),
  ].map((option, index) => ({ ...option, id: `${baseId}-option-${index}` }));
  const expanded = open && options.length > 0;
  const listId = `${baseId}-listbox`;

  function go(option: Option) {
    if (option.query) saveRecentSearch(option.query);
    setOpen(false);
    setActive(-1);
    if (option.query) setValue(option.query);
    router.push(option.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself: arrows cycle input → options → input.
      setActive((current) => {
        const next = current + step;
        if (next >= options.length) return -1;
        return next < -1 ? options.length - 1 : next;
      });
    } else if (event.key === 'Enter' && expanded && active >= 0 && active < options.length) {
      event.preventDefault();
      go(options[active]!);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setValue('');
      setActive(-1);
    }
  }

  const groups = (['recent', 'queries', 'categories', 'products'] as const).filter((g) =>
    options.some((o) => o.group === g),
  );
  const groupLabel = {
    recent: t('recent'),
    queries: t('popular'),
    categories: t('categories'),
    products: t('products'),
  };

  return (
    <form
      action="/search"
      role="search"
      aria-label={t('label')}
      className="relative w-full max-w-xl"
      onSubmit={() => {
        saveRecentSearch(value);
        setOpen(false);
      }}
    >
      <label htmlFor={`${baseId}-input`} className="sr-only">
        {t('label')}
      </label>
      <div className="flex rounded-full border border-stone-300 bg-white focus-within:border-emerald-700 focus-within:ring-2 focus-within:ring-emerald-700/30">
        <input
          id={`${baseId}-input`}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          enterKeyHint="search"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={
            expanded && active >= 0 && active < options.length ? options[active]?.id : undefined
          }
          aria-busy={loading}
          data-testid="search-input"
          placeholder={t('placeholder')}
          value={value}
          maxLength={100}
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            setRecent(readRecentSearches());
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="min-h-10 w-full rounded-l-full bg-transparent px-4 text-sm outline-none [&::-webkit-search-cancel-button]:hidden"
        />
        <button
          type="submit"
          className="rounded-r-full px-4 text-sm font-semibold text-emerald-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-emerald-700"
        >
          {t('submit')}
        </button>
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={t('suggestions')}
        data-testid="search-suggestions"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-xl border border-stone-200 bg-white py-2 shadow-lg"
      >
        {groups.map((group) => (
          <div key={group} role="group" aria-label={groupLabel[group]} className="py-1">
            <div
              aria-hidden="true"
              className="px-4 py-1 text-xs font-semibold tracking-wide text-stone-600 uppercase"
            >
              {groupLabel[group]}
            </div>
            {options.map((option, index) =>
              option.group === group ? (
                <div
                  key={option.id}
                  id={option.id}
                  role="option"
                  aria-selected={index === active}
                  data-testid="search-suggestion"
                  // mousedown, not click: the input must not lose focus (and close the list) first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    go(option);
                  }}
                  onMouseEnter={() => setActive(index)}
                  className="cursor-pointer px-4 py-2 text-sm text-stone-800 aria-selected:bg-emerald-50 aria-selected:text-emerald-950"
                >
                  {option.node}
                </div>
              ) : null,
            )}
          </div>
        ))}
      </div>
      <div role="status" className="sr-only">
        {open && typed.length >= 2 && !loading
          ? t('suggestionCount', { count: options.length })
          : ''}
      </div>
    </form>
  );
}
