import { useTranslations } from 'next-intl';
import type { OrderStatus } from '@/db/schema';
import { shopperDeliveryCode } from '@/lib/orders/shopper-delivery-code';

/**
 * The delivery code on the order page while the order is out for delivery, so the shopper has it
 * without opening the tracking page. Rendered only for a viewer the order page already authorized.
 */
export function DeliveryCodeNotice({
  order,
}: {
  order: { status: OrderStatus; deliveryCode: string | null };
}) {
  const t = useTranslations('tracking.page');
  const code = shopperDeliveryCode(order);
  if (!code) return null;
  return (
    <section
      aria-labelledby="delivery-code-heading"
      className="flex flex-col gap-1 rounded-md border border-blue-300 bg-blue-50 px-4 py-3"
    >
      <h2 id="delivery-code-heading" className="text-sm font-semibold text-blue-950">
        {t('code')}
      </h2>
      <strong className="font-mono text-2xl tracking-widest" data-testid="order-delivery-code">
        {code}
      </strong>
      <p className="text-sm text-blue-950">{t('codeHint')}</p>
    </section>
  );
}
