import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { OrderShippingInfo } from '@/components/shipping/order-shipping-info';
import { DeliveryCodeNotice } from '@/components/tracking/delivery-code-notice';
import { formatMoney } from '@/lib/money';
import type { OrderDetail } from '@/lib/orders/get-order-detail';
import { BoletoPanel } from './boleto-panel';
import { ChallengePanel } from './challenge-panel';
import { OrderSelfService } from './order-self-service';
import { PixPanel } from './pix-panel';

/** Order confirmation and detail: status, payment, lines, totals and the timeline. */
export function OrderView({ detail }: { detail: OrderDetail }) {
  const t = useTranslations('orders');
  const tTracking = useTranslations('tracking.page');
  const locale = useLocale();
  const format = useFormatter();
  const { order, lines, events, payment, pixCode, boleto } = detail;
  const money = (cents: number) => formatMoney(cents, order.currency, locale);
  const awaitingPix =
    order.status === 'pending_payment' && payment?.method === 'pix' && pixCode && payment.reference;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title', { number: order.number })}</h1>
      <p className="text-lg" data-testid="order-status" data-status={order.status}>
        {t('statusLabel')} <strong>{t(`status.${order.status}`)}</strong>
      </p>
      {order.status === 'out_for_delivery' && (
        <Link
          href={`/orders/${encodeURIComponent(order.number)}/tracking`}
          className="self-start rounded-md bg-blue-800 px-4 py-2 font-medium text-white"
          data-testid="order-tracking-link"
        >
          {tTracking('trackLink')}
        </Link>
      )}
      <DeliveryCodeNotice order={order} />
      {payment?.sandbox && (
        <p className="rounded-md bg-amber-100 px-3 py-2 text-sm font-medium text-amber-950">
          {t('demo')}
        </p>
      )}
      {order.status === 'pending_payment' &&
        payment?.status === 'requires_action' &&
        payment.sandbox &&
        payment.reference && <ChallengePanel reference={payment.reference} />}
      {awaitingPix && (
        <PixPanel
          code={pixCode}
          reference={payment.reference!}
          expiresAt={(order.reservedUntil ?? new Date()).toISOString()}
          demo={payment.sandbox}
        />
      )}
      {order.status === 'pending_payment' && boleto && payment?.reference && (
        <BoletoPanel
          line={boleto.line}
          pdfUrl={boleto.pdfUrl}
          dueAt={boleto.dueAt}
          reference={payment.reference}
          demo={payment.sandbox}
        />
      )}
      <OrderSelfService detail={detail} />
      <section aria-labelledby="lines-heading" className="flex flex-col gap-2">
        <h2 id="lines-heading" className="text-lg font-semibold">
          {t('items')}
        </h2>
        <ul className="divide-y divide-stone-200">
          {lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-4 py-2 text-sm">
              <span>
                {[line.productName, ...Object.values(line.options)].join(' · ')} × {line.quantity}
              </span>
              <span>{money(line.lineTotalCents)}</span>
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-2 gap-y-1 text-sm">
          <dt>{t('subtotal')}</dt>
          <dd className="text-right">{money(order.subtotalCents)}</dd>
          <dt>{t('shipping')}</dt>
          <dd className="text-right">{money(order.shippingCents)}</dd>
          <dt className="font-bold">{t('total')}</dt>
          <dd className="text-right font-bold">{money(order.totalCents)}</dd>
        </dl>
      </section>
      <OrderShippingInfo order={order} carrier={detail.carrier} />
      <section aria-labelledby="timeline-heading" className="flex flex-col gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t('timeline')}
        </h2>
        <ol className="flex flex-col gap-1 text-sm">
          {events.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at.toISOString()}>
                {format.dateTime(e.at, { dateStyle: 'short', timeStyle: 'short' })}
              </time>{' '}
              — {t(`status.${e.toStatus}`)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
