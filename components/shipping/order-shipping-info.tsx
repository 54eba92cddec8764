import { useFormatter, useTranslations } from 'next-intl';
import type { Order } from '@/db/schema/commerce';
import { carrierTrackingUrl } from '@/lib/logistics/shipping/carriers';

type Props = {
  order: Pick<
    Order,
    | 'shippingKind'
    | 'shippingLabel'
    | 'deliveryEstimateFrom'
    | 'deliveryEstimateTo'
    | 'carrier'
    | 'trackingCode'
  >;
  /** The order's carrier as stored (name, link template); null when its code is unknown. */
  carrier: { name: string; trackingUrlTemplate: string | null } | null;
};

const dayOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** The order's shipping method, delivery window and, for carrier shipments, the tracking code. */
export function OrderShippingInfo({ order, carrier }: Props) {
  const t = useTranslations('shipping');
  const format = useFormatter();
  if (!order.shippingKind) return null;
  const day = (iso: string) =>
    format.dateTime(dayOf(iso), { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const from = order.deliveryEstimateFrom;
  const to = order.deliveryEstimateTo;
  const link = order.trackingCode
    ? carrierTrackingUrl(carrier?.trackingUrlTemplate, order.trackingCode)
    : null;
  const carrierName = carrier?.name ?? order.carrier;
  return (
    <section aria-labelledby="shipping-heading" className="flex flex-col gap-2">
      <h2 id="shipping-heading" className="text-lg font-semibold">
        {t('method')}
      </h2>
      <dl
        className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
        data-testid="order-shipping"
      >
        <dt className="font-semibold">{t(`kind.${order.shippingKind}`)}</dt>
        <dd>{order.shippingLabel}</dd>
        {from && to && (
          <>
            <dt className="font-semibold">{t('estimate')}</dt>
            <dd>{from === to ? day(from) : `${day(from)} – ${day(to)}`}</dd>
          </>
        )}
        {order.trackingCode && (
          <>
            <dt className="font-semibold">{t('tracking.carrier')}</dt>
            <dd>{carrierName}</dd>
            <dt className="font-semibold">{t('tracking.code')}</dt>
            <dd data-testid="tracking-code">
              <code>{order.trackingCode}</code>
              {link && (
                <>
                  {' '}
                  <a
                    href={link}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="font-semibold text-emerald-800 underline"
                  >
                    {t('tracking.link', { carrier: carrierName ?? '' })}
                  </a>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
