'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useOptimistic, useRef, useTransition } from 'react';
import { initialActionState } from '@/lib/actions/action-state';
import { formatMoney } from '@/lib/money';
import { updateCartLineAction } from './actions';

export type DrawerLine = {
  variantId: string;
  name: string;
  quantity: number;
  available: number;
  unitPrice: string;
  unitPriceCents: number;
  priceNotice: string | null;
};

type Change = { variantId: string; quantity: number };

/**
 * A native <dialog> (focus trapped, Esc closes) listing the cart. Quantity changes show at once
 * (useOptimistic) while the server action applies them; the server's answer (stock limits,
 * prices) replaces the optimistic state when the page data revalidates.
 */
export function CartDrawerPanel(props: { lines: DrawerLine[]; currency: string; locale: string }) {
  const t = useTranslations('cartDrawer');
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [lines, applyChange] = useOptimistic(props.lines, (current, change: Change) =>
    current
      .map((l) => (l.variantId === change.variantId ? { ...l, quantity: change.quantity } : l))
      .filter((l) => l.quantity > 0),
  );
  const subtotal = lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
  const count = lines.reduce((sum, l) => sum + l.quantity, 0);

  function change(variantId: string, quantity: number) {
    startTransition(async () => {
      applyChange({ variantId, quantity });
      const form = new FormData();
      form.set('variantId', variantId);
      form.set('quantity', String(quantity));
      await updateCartLineAction(initialActionState, form);
    });
  }

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded px-2 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-emerald-700"
        aria-haspopup="dialog"
        data-testid="cart-drawer-open"
      >
        {t('open', { count })}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="cart-drawer-title"
        className="m-0 ml-auto h-full max-h-none w-full max-w-md bg-white p-0 backdrop:bg-black/40"
        data-testid="cart-drawer"
      >
        <div className="flex h-full flex-col gap-4 p-5" aria-busy={pending}>
          <div className="flex items-center justify-between">
            <h2 id="cart-drawer-title" className="text-xl font-bold">
              {t('title')}
            </h2>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-full border border-stone-400 px-3 py-1 text-sm font-semibold"
            >
              {t('close')}
            </button>
          </div>
          {lines.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ul className="flex flex-1 flex-col divide-y divide-stone-200 overflow-y-auto">
              {lines.map((line) => (
                <li key={line.variantId} className="flex flex-col gap-1 py-3">
                  <span className="font-semibold">{line.name}</span>
                  <span className="text-sm">{line.unitPrice}</span>
                  {line.priceNotice && (
                    <span className="text-sm font-medium text-amber-900">{line.priceNotice}</span>
                  )}
                  <div className="flex items-center gap-2">
                    <button
                      type="button"
                      onClick={() => change(line.variantId, line.quantity - 1)}
                      aria-label={t('decrease', { name: line.name })}
                      className="size-8 rounded-full border border-stone-400 font-bold"
                    >
                      −
                    </button>
                    <span aria-live="polite" data-testid="drawer-quantity">
                      {line.quantity}
                    </span>
                    <button
                      type="button"
                      onClick={() => change(line.variantId, line.quantity + 1)}
                      disabled={line.quantity >= line.available}
                      aria-label={t('increase', { name: line.name })}
                      className="size-8 rounded-full border border-stone-400 font-bold disabled:opacity-40"
                    >
                      +
                    </button>
                    <button
                      type="button"
                      onClick={() => change(line.variantId, 0)}
                      className="ml-auto text-sm font-semibold text-red-800 underline"
                    >
                      {t('remove')}
                    </button>
                  </div>
                  {line.quantity >= line.available && (
                    <span className="text-xs text-stone-600">
                      {t('stockLimit', { count: line.available })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="flex justify-between font-semibold">
            <span>{t('subtotal')}</span>
            <span>{formatMoney(subtotal, props.currency, props.locale)}</span>
          </p>
          <Link
            href="/cart"
            onClick={() => dialog.current?.close()}
            className="rounded-full bg-emerald-800 px-5 py-3 text-center font-semibold text-white hover:bg-emerald-900"
          >
            {t('viewCart')}
          </Link>
        </div>
      </dialog>
    </>
  );
}
