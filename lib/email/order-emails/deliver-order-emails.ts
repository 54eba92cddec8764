import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import {
  orderEmailOutbox,
  orderEvents,
  orderLines,
  orderLocales,
  orders,
  paymentInstructions,
  payments,
  users,
} from '@/db/schema';
import type { Database, Executor } from '@/lib/db/client';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { requestJob } from '@/lib/jobs/job-runtime';
import { QUEUES } from '@/lib/jobs/queues';
import { getLogger } from '@/lib/log';
import { formatMoney } from '@/lib/money';
import { shopperDeliveryCode } from '@/lib/orders/shopper-delivery-code';
import { resolveBaseUrl } from '@/lib/seo/base-url';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { STORE_TIME_ZONE } from '@/lib/time/store-clock';
import { sendRenderedEmail } from '..';
import { renderOrderEmail, type OrderEmailData } from './render-order-email';

const MAX_ATTEMPTS = 5;

async function loadEmailData(
  db: Executor,
  row: { orderId: string; eventId: string; kind: OrderEmailData['kind'] },
): Promise<{ to: string; data: OrderEmailData } | null> {
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      guestEmail: orders.guestEmail,
      userEmail: users.email,
      userName: users.name,
      recipient: sql<string>`${orders.address}->>'recipient'`,
      totalCents: orders.totalCents,
      currency: orders.currency,
      carrier: orders.carrier,
      trackingCode: orders.trackingCode,
      status: orders.status,
      deliveryCode: orders.deliveryCode,
      locale: orderLocales.locale,
    })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.userId))
    .leftJoin(orderLocales, eq(orderLocales.orderId, orders.id))
    .where(eq(orders.id, row.orderId));
  const to = order?.userEmail ?? order?.guestEmail;
  if (!order || !to) return null;
  const locale: Locale = order.locale && isLocale(order.locale) ? order.locale : 'pt-BR';
  // One after another: `db` may be a transaction, whose single connection cannot run queries
  // side by side (pg warns today and will refuse).
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
  const [payment] = await db
    .select({
      method: payments.method,
      refundedCents: payments.refundedCents,
      pixCode: paymentInstructions.pixCode,
      boletoLine: paymentInstructions.boletoLine,
      boletoPdfUrl: paymentInstructions.boletoPdfUrl,
      expiresAt: paymentInstructions.expiresAt,
    })
    .from(payments)
    .leftJoin(paymentInstructions, eq(paymentInstructions.paymentId, payments.id))
    .where(eq(payments.orderId, order.id))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  const settings = await getStoreSettings();
  // The event that queued this e-mail carries the store's words (a declined return's reason).
  const [event] = await db
    .select({ reason: orderEvents.reason })
    .from(orderEvents)
    .where(eq(orderEvents.id, row.eventId));
  const money = (cents: number) => formatMoney(cents, order.currency, locale);
  const when = (date: Date | null) =>
    date
      ? new Intl.DateTimeFormat(locale, {
          dateStyle: 'short',
          timeStyle: 'short',
          timeZone: STORE_TIME_ZONE,
        }).format(date)
      : '';
  const pending = row.kind === 'received';
  return {
    to,
    data: {
      kind: row.kind,
      locale,
      store: { name: settings.storeName, contact: settings.contactEmail },
      customerName: order.userName ?? order.recipient ?? '',
      number: order.number,
      orderUrl: `${resolveBaseUrl()}/orders/${encodeURIComponent(order.number)}`,
      lines: lines.map((l) => ({
        name: [l.productName, ...Object.values(l.options)].join(' · '),
        quantity: l.quantity,
        total: money(l.lineTotalCents),
      })),
      total: money(order.totalCents),
      pix:
        pending && payment?.pixCode
          ? { code: payment.pixCode, expires: when(payment.expiresAt) }
          : null,
      boleto:
        pending && payment?.boletoLine
          ? { line: payment.boletoLine, due: when(payment.expiresAt), pdfUrl: payment.boletoPdfUrl }
          : null,
      tracking:
        row.kind === 'shipped' && order.carrier && order.trackingCode
          ? { carrier: order.carrier, code: order.trackingCode }
          : null,
      // Sent to the order's own address; a late drain after delivery no longer carries it.
      deliveryCode: row.kind === 'shipped' ? shopperDeliveryCode(order) : null,
      refund: row.kind === 'refunded' && payment ? { amount: money(payment.refundedCents) } : null,
      declineReason: row.kind === 'return_declined' ? (event?.reason ?? '') : null,
      returnWindowDays: settings.returnWindowDays,
    },
  };
}

/**
 * Sends pending order e-mails from the outbox, oldest first, after the changes that queued them
 * committed. Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of drainers (the
 * checkout action after placing, webhooks, the worker loop) never send one twice; a failure is
 * retried on the next pass up to 5 times, then left as failed for an admin to see.
 */
export async function deliverOrderEmails(
  db: Database,
  { limit = 20 }: { limit?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const log = getLogger().child({ component: 'order-emails' });
  let sent = 0;
  let failed = 0;
  await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(orderEmailOutbox)
      .where(eq(orderEmailOutbox.status, 'pending'))
      .orderBy(asc(orderEmailOutbox.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const row of rows) {
      try {
        const loaded = await loadEmailData(tx, row);
        if (loaded) {
          const rendered = renderOrderEmail(loaded.data);
          await sendRenderedEmail({ to: loaded.to, template: `order.${row.kind}`, ...rendered });
        }
        await tx
          .update(orderEmailOutbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: row.attempts + 1 })
          .where(eq(orderEmailOutbox.id, row.id));
        sent++;
      } catch (error) {
        failed++;
        log.warn({ err: error, outboxId: row.id }, 'order e-mail not sent; will retry');
        await tx
          .update(orderEmailOutbox)
          .set({
            attempts: row.attempts + 1,
            lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
            status: row.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending',
          })
          .where(eq(orderEmailOutbox.id, row.id));
      }
    }
  });
  return { sent, failed };
}

/**
 * After a request's own changes committed: send what they queued, never failing the request.
 * Where this process runs the jobs, the drain is a pg-boss job (retried, and never two at once);
 * elsewhere (a web-only instance, a script) it runs inline and the jobs worker retries failures.
 */
export function deliverOrderEmailsSoon(db: Database): void {
  if (requestJob(QUEUES.orderEmails)) return;
  void deliverOrderEmails(db).catch((error: unknown) =>
    getLogger().warn({ err: error }, 'order e-mail delivery pass failed'),
  );
}
