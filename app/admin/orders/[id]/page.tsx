import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import {
  ActionNotice,
  AdminPage,
  linkClass,
  param,
  type SearchParams,
} from '@/components/admin/admin-ui';
import { Forbidden } from '@/components/admin/forbidden';
import { CarrierTrackingSection } from '@/components/logistics/carrier-tracking-section';
import {
  addOrderNoteAction,
  cancelOrderAction,
  moveOrderAction,
  refundOrderAction,
  resendOrderEmailAction,
} from '@/components/admin/order-actions';
import { OrderField, OrderForm } from '@/components/admin/orders/order-form';
import { ReturnDecision } from '@/components/admin/orders/return-decision';
import { getAdminOrder } from '@/lib/admin/orders/get-admin-order';
import { listOrderEmails } from '@/lib/admin/orders/order-emails';
import { hasPermission } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db/client';
import { formatMoney } from '@/lib/money';

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const detail = await getAdminOrder(getDb(), id);
  const t = await getTranslations('adminDashboard.orders');
  return { title: detail ? t('detailTitle', { number: detail.order.number }) : t('title') };
}

export default async function AdminOrderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/orders/${id}`);
  if (!hasPermission(actor, 'orders')) return <Forbidden />;
  const detail = await getAdminOrder(getDb(), id);
  if (!detail) notFound();
  const query = await searchParams;
  const error = param(query, 'error');
  const [t, tr, ts, format, locale, emails] = await Promise.all([
    getTranslations('adminDashboard.orders'),
    getTranslations('adminOrderReturns'),
    getTranslations('orders.status'),
    getFormatter(),
    getLocale(),
    listOrderEmails(getDb(), id),
  ]);
  const { order, lines, events, payment, refunds, notes, actions } = detail;
  const money = (cents: number) => formatMoney(cents, order.currency, locale);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'short', timeStyle: 'short' });
  const notices = {
    ...Object.fromEntries(
      (['moved', 'cancelled', 'refunded', 'refund_failed', 'noted', 'resent'] as const).map((k) => [
        k,
        t(`notices.${k}`),
      ]),
    ),
    ...Object.fromEntries(
      (['return_accepted', 'return_refund_failed', 'return_declined'] as const).map((k) => [
        k,
        tr(`notices.${k}`),
      ]),
    ),
  };
  // The URL's `field.code` error, for the one form on screen that has that field.
  const errorOn = (field: string) => (error?.startsWith(`${field}.`) ? error : undefined);
  const returnRequest = events.findLast((e) => e.toStatus === 'return_requested');
  return (
    <AdminPage
      title={t('detailTitle', { number: order.number })}
      actions={
        <div className="flex gap-4">
          <Link href={`/admin/orders/${order.id}/packing-slip`} className={linkClass}>
            {t('packingSlip')}
          </Link>
          <Link href="/admin/orders" className={linkClass}>
            {t('back')}
          </Link>
        </div>
      }
    >
      <ActionNotice notice={param(query, 'notice')} error={error} notices={notices} />
      <p>
        <span className="font-semibold">{t('status')}:</span>{' '}
        <span data-testid="order-status">{ts(order.status)}</span> ·{' '}
        {t('placedAt', { date: when(order.createdAt) })} · {detail.customer.name ?? t('guest')} &lt;
        {detail.customer.email}&gt;
      </p>

      <section
        aria-labelledby="actions-heading"
        className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <h2 id="actions-heading" className="text-lg font-semibold">
          {t('actions')}
        </h2>
        {actions.moves.length === 0 ? <p className="text-stone-700">{t('noMoves')}</p> : null}
        <div className="flex flex-wrap gap-2">
          {actions.moves.map((to) => (
            <OrderForm
              key={to}
              id={`move-${to}`}
              schema="move"
              action={moveOrderAction}
              submitLabel={t('moveTo', { status: ts(to) })}
              variant="quiet"
            >
              <input type="hidden" name="orderId" value={order.id} />
              <input type="hidden" name="to" value={to} />
            </OrderForm>
          ))}
        </div>
        {actions.returnDecision ? (
          <ReturnDecision
            orderId={order.id}
            shopperReason={returnRequest?.reason.replace(/^return requested: /, '') ?? null}
            refundable={money(detail.refundable)}
            serverError={errorOn('reason')}
          />
        ) : null}
        {actions.cancel ? (
          <OrderForm
            id="cancel"
            fields={['reason']}
            schema="cancel"
            action={cancelOrderAction}
            serverError={actions.refund && detail.refundable > 0 ? undefined : errorOn('reason')}
            submitLabel={t('cancel')}
            variant="danger"
            className="flex flex-wrap items-end gap-2"
          >
            <input type="hidden" name="orderId" value={order.id} />
            <OrderField
              name="reason"
              label={t('reason')}
              hintId="cancel-help"
              required
              maxLength={500}
            />
            <p id="cancel-help" className="order-last w-full text-sm text-stone-700">
              {t('cancelHelp')}
            </p>
          </OrderForm>
        ) : null}
        {actions.refund && detail.refundable > 0 ? (
          <section aria-labelledby="refund-heading" className="flex flex-col gap-2">
            <h3 id="refund-heading" className="font-semibold">
              {t('refundTitle')}
            </h3>
            <p className="text-sm text-stone-700" id="refundable">
              {t('refundable', { amount: money(detail.refundable) })}
            </p>
            <OrderForm
              id="refund"
              fields={['amount', 'reason']}
              schema="refund"
              action={refundOrderAction}
              serverError={errorOn('amount')}
              submitLabel={t('refund')}
              className="flex flex-wrap items-end gap-2"
            >
              <input type="hidden" name="orderId" value={order.id} />
              <input type="hidden" name="idempotencyKey" value={crypto.randomUUID()} />
              <OrderField
                name="amount"
                label={t('refundAmount')}
                hintId="refundable"
                inputMode="decimal"
                required
                defaultValue={(detail.refundable / 100).toFixed(2).replace('.', ',')}
                className="w-32"
              />
              <OrderField name="reason" label={t('reason')} required maxLength={500} />
            </OrderForm>
          </section>
        ) : null}
      </section>

      <section aria-labelledby="items-heading" className="flex flex-col gap-2">
        <h2 id="items-heading" className="text-lg font-semibold">
          {t('items')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="border-b border-stone-300">
              <tr>
                {(['sku', 'items', 'qty', 'unit', 'lineTotal'] as const).map((k) => (
                  <th key={k} scope="col" className="px-2 py-2 font-semibold">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id} className="border-b border-stone-100">
                  <td className="px-2 py-2">{line.sku}</td>
                  <td className="px-2 py-2">
                    {line.productName}
                    {Object.values(line.options).length > 0
                      ? ` (${Object.values(line.options).join(', ')})`
                      : ''}
                  </td>
                  <td className="px-2 py-2">{line.quantity}</td>
                  <td className="px-2 py-2 tabular-nums">{money(line.unitPriceCents)}</td>
                  <td className="px-2 py-2 tabular-nums">{money(line.lineTotalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="grid max-w-sm grid-cols-2 gap-1 text-sm">
          <dt>{t('subtotal')}</dt>
          <dd className="text-right tabular-nums">{money(order.subtotalCents)}</dd>
          <dt>{t('discount')}</dt>
          <dd className="text-right tabular-nums">{money(order.discountCents)}</dd>
          <dt>{t('shipping')}</dt>
          <dd className="text-right tabular-nums">{money(order.shippingCents)}</dd>
          <dt className="font-semibold">{t('total')}</dt>
          <dd className="text-right font-semibold tabular-nums">{money(order.totalCents)}</dd>
        </dl>
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="address-heading">
          <h2 id="address-heading" className="text-lg font-semibold">
            {t('address')}
          </h2>
          <address className="text-sm not-italic">
            {order.address.recipient}
            <br />
            {order.address.street}, {order.address.number}
            {order.address.complement ? ` — ${order.address.complement}` : ''}
            <br />
            {order.address.district} · {order.address.city}/{order.address.state}
            <br />
            {t('cep')} {order.address.cep}
          </address>
        </section>
        <section aria-labelledby="payment-heading" className="text-sm">
          <h2 id="payment-heading" className="text-lg font-semibold">
            {t('payment')}
          </h2>
          {payment ? (
            <p>
              {t(`methods.${payment.method}`)} · {payment.gateway} · {payment.status}
              <br />
              {t('captured')}: {money(payment.amountCents)} · {t('refunded')}:{' '}
              <span data-testid="refunded-amount">{money(payment.refundedCents)}</span>
            </p>
          ) : (
            <p>{t('noPayment')}</p>
          )}
          {refunds.length > 0 ? (
            <>
              <h3 className="mt-2 font-semibold">{t('refunds')}</h3>
              <ul>
                {refunds.map((r) => (
                  <li key={r.id}>
                    {when(r.createdAt)} · {money(r.amountCents)} · {t(`refundStatus.${r.status}`)} ·{' '}
                    {r.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>

      {order.shippingKind !== 'pickup' && (
        <CarrierTrackingSection
          orderId={order.id}
          carrier={order.carrier}
          trackingCode={order.trackingCode}
        />
      )}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t('timeline')}
        </h2>
        <ol
          className="flex flex-col gap-1 border-l-2 border-stone-300 pl-4 text-sm"
          data-testid="timeline"
        >
          {events.map((event) => (
            <li key={event.id}>
              <span className="font-semibold">
                {event.fromStatus === 'return_requested' && event.toStatus === 'delivered'
                  ? tr('declinedEvent')
                  : ts(event.toStatus)}
              </span>{' '}
              · {when(event.at)} · {event.reason}{' '}
              <span className="text-stone-700">({t('by', { actor: event.actor })})</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="emails-heading" className="flex flex-col gap-2">
        <h2 id="emails-heading" className="text-lg font-semibold">
          {t('emails')}
        </h2>
        {emails.length === 0 ? <p className="text-sm text-stone-700">{t('noEmails')}</p> : null}
        <ul className="flex flex-col gap-1 text-sm">
          {emails.map((email) => (
            <li key={email.id} className="flex flex-wrap items-center gap-2">
              <span>
                {t(`emailKinds.${email.kind}`)} · {t(`emailStatus.${email.status}`)}
                {email.sentAt ? ` · ${when(email.sentAt)}` : ''}
              </span>
              <OrderForm
                id={`resend-${email.id}`}
                schema="resendEmail"
                action={resendOrderEmailAction}
                submitLabel={t('resend')}
                submitAriaLabel={t('resendLabel', { kind: t(`emailKinds.${email.kind}`) })}
                variant="quiet"
              >
                <input type="hidden" name="orderId" value={order.id} />
                <input type="hidden" name="emailId" value={email.id} />
              </OrderForm>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="notes-heading" className="flex flex-col gap-2">
        <h2 id="notes-heading" className="text-lg font-semibold">
          {t('notes')}
        </h2>
        {notes.length === 0 ? <p className="text-sm text-stone-700">{t('noNotes')}</p> : null}
        <ul className="flex flex-col gap-2 text-sm">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-stone-200 bg-white p-2">
              <p className="whitespace-pre-wrap">{note.body}</p>
              <p className="text-stone-700">
                {note.authorEmail} · {when(note.createdAt)}
              </p>
            </li>
          ))}
        </ul>
        <OrderForm
          id="note"
          fields={['body']}
          schema="note"
          action={addOrderNoteAction}
          serverError={errorOn('body')}
          submitLabel={t('addNote')}
          variant="quiet"
          className="flex flex-col items-start gap-2"
        >
          <input type="hidden" name="orderId" value={order.id} />
          <OrderField
            multiline
            name="body"
            label={t('note')}
            required
            maxLength={2000}
            rows={3}
            className="w-full"
          />
        </OrderForm>
      </section>
    </AdminPage>
  );
}
