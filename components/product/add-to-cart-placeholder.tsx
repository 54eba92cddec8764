import { useTranslations } from 'next-intl';

/** The cart arrives in a later issue; the button shows where it will be, disabled and explained. */
export function AddToCartPlaceholder() {
  const t = useTranslations('product');
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        disabled
        aria-describedby="cart-soon"
        className="min-h-12 rounded-full bg-stone-300 px-6 font-semibold text-stone-700"
      >
        {t('addToCart')}
      </button>
      <p id="cart-soon" className="text-xs text-stone-600">
        {t('cartSoon')}
      </p>
    </div>
  );
}
