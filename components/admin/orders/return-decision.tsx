import { getTranslations } from 'next-intl/server';
import { acceptReturnAction, declineReturnAction } from '@/components/admin/order-actions';
import { OrderField, OrderForm } from './order-form';

/**
 * The store's answer to a shopper's return request: accept (stock back, refund of what is left)
 * or decline with a reason the shopper receives by e-mail.
 */
export async function ReturnDecision({
  orderId,
  shopperReason,
  refundable,
  serverError,
}: {
  orderId: string;
  shopperReason: string | null;
  /** Formatted amount the accept will refund. */
  refundable: string;
  serverError?: string | undefined;
}) {
  const t = await getTranslations('adminOrderReturns');
  return (
    <section
      aria-labelledby="return-heading"
      className="flex flex-col gap-3 rounded-md border border-amber-600 bg-amber-50 p-3"
    >
      <h3 id="return-heading" className="font-semibold">
        {t('title')}
      </h3>
      {shopperReason ? (
        <p className="text-sm">
          <span className="font-semibold">{t('shopperReason')}:</span> {shopperReason}
        </p>
      ) : null}
      <p id="accept-help" className="text-sm text-stone-800">
        {t('acceptHelp', { amount: refundable })}
      </p>
      <OrderForm
        id="accept-return"
        schema="acceptReturn"
        action={acceptReturnAction}
        submitLabel={t('accept')}
        aria-labelledby="return-heading"
      >
        <input type="hidden" name="orderId" value={orderId} />
      </OrderForm>
      <OrderForm
        id="decline-return"
        fields={['reason']}
        schema="declineReturn"
        action={declineReturnAction}
        serverError={serverError}
        submitLabel={t('decline')}
        variant="danger"
        className="flex flex-col items-start gap-2"
      >
        <input type="hidden" name="orderId" value={orderId} />
        <OrderField
          multiline
          name="reason"
          label={t('declineReason')}
          hintId="decline-help"
          required
          maxLength={500}
          rows={2}
          className="w-full"
        />
        <p id="decline-help" className="text-sm text-stone-700">
          {t('declineHelp')}
        </p>
      </OrderForm>
    </section>
  );
}
