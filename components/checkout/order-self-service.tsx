import { getFormatter, getTranslations } from 'next-intl/server';
import { SHOPPER_CANCELLABLE } from '@/lib/orders/cancel-order-by-shopper';
import type { OrderDetail } from '@/lib/orders/get-order-detail';
import { returnDeadline } from '@/lib/orders/request-return';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { CancelOrderForm, ReturnRequestForm } from './order-self-service-forms';

/** Cancel before dispatch, or request a return within the store's window after delivery. */
export async function OrderSelfService({ detail }: { detail: OrderDetail }) {
  const { order, events } = detail;
  const cancellable = SHOPPER_CANCELLABLE.includes(order.status);
  const deliveredAt = events.filter((e) => e.toStatus === 'delivered').at(-1)?.at;
  const { returnWindowDays } = await getStoreSettings();
  const deadline =
    order.status === 'delivered' && deliveredAt
      ? returnDeadline(deliveredAt, returnWindowDays)
      : null;
  const returnable = deadline !== null && deadline > new Date();
  if (!cancellable && !returnable) return null;
  const [t, format] = await Promise.all([getTranslations('selfService'), getFormatter()]);
  return (
    <section
      aria-labelledby="self-service-heading"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4"
    >
      <h2 id="self-service-heading" className="text-lg font-semibold">
        {cancellable ? t('cancelTitle') : t('returnTitle')}
      </h2>
      {cancellable && <CancelOrderForm number={order.number} />}
      {returnable && (
        <ReturnRequestForm
          number={order.number}
          deadline={format.dateTime(deadline!, { dateStyle: 'long' })}
        />
      )}
    </section>
  );
}
