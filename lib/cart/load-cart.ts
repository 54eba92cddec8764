import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { cartLines, products, variants } from '@/db/schema';
import type { CouponKind } from '@/db/schema/coupons';
import type { CouponFailure } from '@/lib/coupons/coupon-errors';
import { listCartCoupons } from '@/lib/coupons/find-coupons';
import { evaluateCoupons } from '@/lib/coupons/price-coupons';
import type { Executor } from '@/lib/db/client';
import { getAvailableStock } from '@/lib/inventory/get-available-stock';
import { quoteFlatShipping } from '@/lib/orders/shipping';
import type { CartOwner } from './cart-token';
import { findCartId } from './find-cart';

export type CartLineView = {
  variantId: string;
  productName: string;
  productSlug: string;
  options: Record<string, string>;
  quantity: number;
  unitPriceCents: number;
  /** The price when the shopper added it, to show a change since. */
  priceCentsAtAdd: number;
  available: number;
  lineTotalCents: number;
};

export type CartView = {
  lines: CartLineView[];
  itemCount: number;
  subtotalCents: number;
  shippingCents: number;
  /** Coupons applied to the cart (items and waived shipping); checkout re-checks them. */
  discountCents: number;
  coupons: { id: string; code: string; kind: CouponKind; discountCents: number }[];
  /** Applied codes that no longer apply, and why (e.g. the subtotal fell below the minimum). */
  rejectedCoupons: { code: string; reason: CouponFailure }[];
  totalCents: number;
  currency: 'BRL';
};

const EMPTY: CartView = {
  lines: [],
  itemCount: 0,
  subtotalCents: 0,
  shippingCents: 0,
  discountCents: 0,
  coupons: [],
  rejectedCoupons: [],
  totalCents: 0,
  currency: 'BRL',
};

/** The owner's cart priced from the database now; an unknown owner has an empty cart. */
export async function loadCart(db: Executor, owner: CartOwner | null): Promise<CartView> {
  const cartId = owner ? await findCartId(db, owner) : null;
  if (!cartId) return EMPTY;
  const rows = await db
    .select({
      variantId: cartLines.variantId,
      quantity: cartLines.quantity,
      priceCentsAtAdd: cartLines.priceCentsAtAdd,
      unitPriceCents: variants.priceCents,
      options: variants.options,
      productName: products.name,
      productSlug: products.slug,
    })
    .from(cartLines)
    .innerJoin(variants, eq(variants.id, cartLines.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(cartLines.cartId, cartId))
    .orderBy(asc(cartLines.createdAt));
  if (rows.length === 0) return EMPTY;
  const stock = await getAvailableStock(
    db,
    rows.map((r) => r.variantId),
  );
  const lines = rows.map((r) => ({
    ...r,
    available: stock.get(r.variantId) ?? 0,
    lineTotalCents: r.unitPriceCents * r.quantity,
  }));
  const subtotalCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
  const shippingCents = quoteFlatShipping(subtotalCents);
  const { discount, rejected } = evaluateCoupons(
    await listCartCoupons(db, cartId),
    subtotalCents,
    shippingCents,
  );
  return {
    lines,
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    subtotalCents,
    shippingCents,
    discountCents: discount.discountCents,
    coupons: discount.perCoupon.map((c) => ({
      id: c.couponId,
      code: c.code,
      kind: c.kind,
      discountCents: c.discountCents,
    })),
    rejectedCoupons: rejected,
    totalCents: subtotalCents + shippingCents - discount.discountCents,
    currency: 'BRL',
  };
}
