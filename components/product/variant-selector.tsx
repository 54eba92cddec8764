import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { optionsToQuery, type OptionGroup } from '@/lib/catalog/variant-selection';

const base =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border px-3 text-sm';
const styles = {
  selected: `${base} border-emerald-800 bg-emerald-800 font-semibold text-white`,
  available: `${base} border-stone-300 bg-white text-stone-900 hover:border-stone-900`,
  sold_out: `${base} border-dashed border-stone-300 bg-white text-stone-600 line-through hover:border-stone-900`,
  unavailable: `${base} cursor-not-allowed border-stone-200 bg-stone-100 text-stone-600 line-through`,
} as const;

/**
 * Each value is a link to the URL selecting it (see lib/catalog/variant-selection.ts), exposed
 * as a radio group so assistive technology announces "1 of 5, checked".
 */
export function VariantSelector({
  slug,
  optionNames,
  groups,
}: {
  slug: string;
  optionNames: string[];
  groups: OptionGroup[];
}) {
  const t = useTranslations('product');
  const axisLabel = (name: string) =>
    t.has(`optionNames.${name}`) ? t(`optionNames.${name}`) : name;
  return (
    <div className="flex flex-col gap-5">
      {groups.map((group) => {
        const labelId = `option-${group.name}`.replace(/[^\w-]/g, '_');
        const selected = group.values.find((v) => v.state === 'selected')?.value ?? '';
        return (
          <div key={group.name}>
            <p id={labelId} className="mb-2 text-sm font-semibold text-stone-900">
              {t('selectedValue', { name: axisLabel(group.name), value: selected })}
            </p>
            <div role="radiogroup" aria-labelledby={labelId} className="flex flex-wrap gap-2">
              {group.values.map((option) => {
                const common = {
                  'data-testid': 'variant-option',
                  'data-option': group.name,
                  'data-value': option.value,
                  'data-state': option.state,
                  role: 'radio',
                  'aria-checked': option.state === 'selected',
                } as const;
                const note =
                  option.state === 'sold_out'
                    ? t('soldOut')
                    : option.state === 'unavailable'
                      ? t('unavailable')
                      : null;
                const content = (
                  <>
                    {option.value}
                    {note && <span className="sr-only"> ({note})</span>}
                  </>
                );
                if (option.state === 'unavailable' || !option.target) {
                  return (
                    <span
                      key={option.value}
                      {...common}
                      aria-disabled="true"
                      className={styles.unavailable}
                    >
                      {content}
                    </span>
                  );
                }
                return (
                  <Link
                    key={option.value}
                    {...common}
                    href={`/p/${slug}${optionsToQuery(optionNames, option.target)}`}
                    replace
                    scroll={false}
                    className={`${styles[option.state]} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700`}
                  >
                    {content}
                  </Link>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
