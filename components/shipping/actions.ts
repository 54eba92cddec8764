'use server';

import { headers } from 'next/headers';
import { getCartOwner } from '@/components/cart/cart-owner';
import { requestContextFrom } from '@/lib/auth/request-context';
import { discountsByShippingOption } from '@/lib/cart/discounts-by-shipping';
import { loadCart } from '@/lib/cart/load-cart';
import { getDb } from '@/lib/db/client';
import { describeQuoteError } from '@/lib/logistics/shipping/describe-quote-error';
import { isShippingConfigured, quoteCartPickupOnly } from '@/lib/logistics/shipping/quote-pickup';
import { quoteShipping } from '@/lib/logistics/shipping/quote-shipping';
import type { ShippingOption, UnavailableOption } from '@/lib/logistics/shipping/types';
import { consumeRateLimit } from '@/lib/rate-limit';

export type CartShippingQuote = {
  options: ShippingOption[];
  unavailable: UnavailableOption[];
  approximate: boolean;
  /** False when the store has no shipping set up: checkout then charges the flat rate. */
  configured: boolean;
  /** The cart's subtotal, for the total shown beside the chosen option. */
  subtotalCents?: number;
  /** The coupon discount with each option's price (a free-shipping coupon waives that price). */
  discountCentsByOption?: Record<string, number>;
  /** A `shipping` message key when the quote failed. */
  error?: 'invalidCep' | 'unknownCep' | 'rateLimited' | 'error';
};

/**
 * Shipping options for the caller's own cart at a CEP (checkout). Reads the server-side cart,
 * so it reveals nothing about anyone else's; without a CEP only store pickup is offered.
 */
export async function quoteCartShippingAction(raw: string): Promise<CartShippingQuote> {
  // A server action is a public endpoint: anything may arrive here, not only a string.
  const cep = typeof raw === 'string' ? raw.slice(0, 20) : '';
  try {
    await consumeRateLimit('shippingQuoteIp', requestContextFrom(await headers()).ip ?? 'unknown');
    const owner = await getCartOwner();
    const cart = await loadCart(getDb(), owner);
    const items = cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
    if (!owner || items.length === 0)
      return { options: [], unavailable: [], approximate: false, configured: true };
    if (!(await isShippingConfigured(getDb()))) {
      return { options: [], unavailable: [], approximate: false, configured: false };
    }
    const priced = async (options: ShippingOption[]) => ({
      subtotalCents: cart.subtotalCents,
      discountCentsByOption: await discountsByShippingOption(
        getDb(),
        owner,
        cart.subtotalCents,
        options,
      ),
      options,
    });
    if (cep.replace(/\D/g, '').length === 0) {
      return {
        ...(await priced(await quoteCartPickupOnly(getDb()))),
        unavailable: [],
        approximate: false,
        configured: true,
      };
    }
    const quote = await quoteShipping(getDb(), { cep, items, subtotalCents: cart.subtotalCents });
    return {
      ...(await priced(quote.options)),
      unavailable: quote.unavailable,
      approximate: quote.location.precision < 8,
      configured: true,
    };
  } catch (error) {
    return {
      options: [],
      unavailable: [],
      approximate: false,
      configured: true,
      error: describeQuoteError(error),
    };
  }
}
