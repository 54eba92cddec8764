import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ShippingOption } from '@/lib/logistics/shipping/types';
import { formatMoney } from '@/lib/money';

/** Local YYYY-MM-DD → a Date at noon UTC, so formatting in any zone keeps the calendar day. */
const dayOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** Label, price and delivery window of one option; shared by the product page and checkout. */
export function ShippingOptionText({ option }: { option: ShippingOption }) {
  const t = useTranslations('shipping');
  const locale = useLocale();
  const format = useFormatter();
  const day = (iso: string) =>
    format.dateTime(dayOf(iso), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  const when = option.pickup
    ? t('pickupReady', { date: day(option.estimate.from), hours: option.pickup.readyInHours })
    : option.sameDay
      ? t('arrives', { from: t('sameDay') })
      : option.estimate.from === option.estimate.to
        ? t('arrives', { from: day(option.estimate.from) })
        : t('arrivesRange', { from: day(option.estimate.from), to: day(option.estimate.to) });
  return (
    <span className="flex flex-1 flex-wrap items-baseline justify-between gap-x-3">
      <span className="flex flex-col">
        <span className="font-semibold">
          {option.label}{' '}
          <span className="text-xs font-normal text-stone-600">({t(`kind.${option.kind}`)})</span>
        </span>
        <span className="text-sm text-stone-700">{when}</span>
        {option.pickup && <span className="text-xs text-stone-600">{option.pickup.address}</span>}
      </span>
      <span className="font-semibold" data-testid="shipping-price">
        {option.priceCents === 0
          ? t('free')
          : formatMoney(option.priceCents, option.currency, locale)}
      </span>
    </span>
  );
}
