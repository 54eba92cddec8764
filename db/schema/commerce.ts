import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { variants } from './catalog';
import { users } from './users';

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A cart belongs to a user or to a guest identified by the SHA-256 of a random cookie token
 * (the raw token lives only in the shopper's httpOnly cookie).
 */
export const carts = pgTable(
  'carts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    guestTokenHash: text('guest_token_hash'),
    currency: char('currency', { length: 3 }).notNull().default('BRL'),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('carts_user_key')
      .on(t.userId)
      .where(sql`${t.userId} is not null`),
    uniqueIndex('carts_guest_token_key')
      .on(t.guestTokenHash)
      .where(sql`${t.guestTokenHash} is not null`),
    check('carts_owner_check', sql`${t.userId} is not null or ${t.guestTokenHash} is not null`),
  ],
);

/** One line per variant per cart; priceCentsAtAdd lets the cart show price changes. */
export const cartLines = pgTable(
  'cart_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    priceCentsAtAdd: integer('price_cents_at_add').notNull(),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('cart_lines_cart_variant_key').on(t.cartId, t.variantId),
    check('cart_lines_quantity_check', sql`${t.quantity} > 0`),
  ],
);

export const orderStatuses = [
  'pending_payment',
  'paid',
  'preparing',
  'ready_for_dispatch',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'payment_failed',
  'expired',
  'refunded',
  'partially_refunded',
  'return_requested',
  'returned',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const paymentMethods = ['card', 'pix', 'boleto'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const shippingKinds = ['own_fleet', 'carrier', 'pickup'] as const;
export type ShippingKind = (typeof shippingKinds)[number];

export type AddressSnapshot = {
  recipient: string;
  cep: string;
  street: string;
  number: string;
  complement: string | null;
  district: string;
  city: string;
  state: string;
};

const inList = (values: readonly string[]) =>
  sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human-readable, e.g. LJ-7K3Q9X2M. */
    number: text('number').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    guestEmail: text('guest_email'),
    address: jsonb('address').$type<AddressSnapshot>().notNull(),
    subtotalCents: integer('subtotal_cents').notNull().default(0),
    discountCents: integer('discount_cents').notNull().default(0),
    shippingCents: integer('shipping_cents').notNull().default(0),
    totalCents: integer('total_cents').notNull().default(0),
    currency: char('currency', { length: 3 }).notNull().default('BRL'),
    status: text('status', { enum: orderStatuses }).notNull().default('pending_payment'),
    idempotencyKey: text('idempotency_key').notNull(),
    paymentMethod: text('payment_method', { enum: paymentMethods }).notNull(),
    /** Until when the stock reservations of a pending order hold. */
    reservedUntil: timestamp('reserved_until', { withTimezone: true }),
    /** The shipping option chosen at checkout (see lib/logistics/shipping), priced on the server. */
    shippingKind: text('shipping_kind', { enum: shippingKinds }),
    shippingMethodId: text('shipping_method_id'),
    shippingLabel: text('shipping_label'),
    shippingZoneId: uuid('shipping_zone_id'),
    deliveryEstimateFrom: date('delivery_estimate_from'),
    deliveryEstimateTo: date('delivery_estimate_to'),
    /** Geocoded delivery point (approximate when from the CEP-prefix table) for route planning. */
    deliveryLat: doublePrecision('delivery_lat'),
    deliveryLng: doublePrecision('delivery_lng'),
    packageWeightGrams: integer('package_weight_grams'),
    /** Carrier shipments: entered by admin, shown to the shopper. */
    carrier: text('carrier'),
    trackingCode: text('tracking_code'),
    /** 4–6 digits the shopper reads out to the courier; set when the order is dispatched. */
    deliveryCode: text('delivery_code'),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    uniqueIndex('orders_idempotency_key').on(t.idempotencyKey),
    index('orders_user_idx').on(t.userId, t.createdAt),
    index('orders_status_idx').on(t.status, t.reservedUntil),
    check('orders_status_check', sql`${t.status} in ${inList(orderStatuses)}`),
    check('orders_payment_method_check', sql`${t.paymentMethod} in ${inList(paymentMethods)}`),
    check(
      'orders_shipping_kind_check',
      sql`${t.shippingKind} is null or ${t.shippingKind} in ${inList(shippingKinds)}`,
    ),
    check('orders_owner_check', sql`${t.userId} is not null or ${t.guestEmail} is not null`),
    check(
      'orders_totals_check',
      sql`${t.subtotalCents} >= 0 and ${t.discountCents} >= 0 and ${t.shippingCents} >= 0 and ${t.totalCents} >= 0`,
    ),
  ],
);

/** Price and naming snapshot at placement time. */
export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    sku: text('sku').notNull(),
    productName: text('product_name').notNull(),
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    unitPriceCents: integer('unit_price_cents').notNull(),
    quantity: integer('quantity').notNull(),
    lineTotalCents: integer('line_total_cents').notNull(),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId),
    check('order_lines_quantity_check', sql`${t.quantity} > 0`),
    check('order_lines_price_check', sql`${t.unitPriceCents} >= 0`),
  ],
);

export const orderEvents = pgTable(
  'order_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: orderStatuses }),
    toStatus: text('to_status', { enum: orderStatuses }).notNull(),
    /** 'user:<id>', 'system', 'gateway:<name>' or 'job:<name>'. */
    actor: text('actor').notNull(),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.at)],
);

export const reservationStatuses = ['active', 'consumed', 'released'] as const;

export const stockReservations = pgTable(
  'stock_reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'cascade' }),
    cartId: uuid('cart_id').references(() => carts.id, { onDelete: 'set null' }),
    status: text('status', { enum: reservationStatuses }).notNull().default('active'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt,
  },
  (t) => [
    index('stock_reservations_active_idx')
      .on(t.variantId, t.expiresAt)
      .where(sql`${t.status} = 'active'`),
    index('stock_reservations_order_idx').on(t.orderId),
    check('stock_reservations_quantity_check', sql`${t.quantity} > 0`),
    check('stock_reservations_status_check', sql`${t.status} in ${inList(reservationStatuses)}`),
  ],
);

export const stockMovementKinds = [
  'sale',
  'reservation',
  'release',
  'restock',
  'adjustment',
  'return',
] as const;
export type StockMovementKind = (typeof stockMovementKinds)[number];

/**
 * The stock ledger. quantity is the signed change to on_hand for sale, restock, adjustment and
 * return; for reservation and release it is the signed change to the held quantity.
 */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: stockMovementKinds }).notNull(),
    quantity: integer('quantity').notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    actor: text('actor').notNull(),
    reason: text('reason').notNull(),
    createdAt,
  },
  (t) => [
    index('stock_movements_variant_idx').on(t.variantId, t.createdAt),
    check('stock_movements_kind_check', sql`${t.kind} in ${inList(stockMovementKinds)}`),
  ],
);

export const paymentStatuses = [
  'pending',
  'requires_action',
  'succeeded',
  'failed',
  'refunded',
] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    gateway: text('gateway').notNull(),
    gatewayReference: text('gateway_reference'),
    method: text('method', { enum: paymentMethods }).notNull(),
    status: text('status', { enum: paymentStatuses }).notNull().default('pending'),
    amountCents: integer('amount_cents').notNull(),
    refundedCents: integer('refunded_cents').notNull().default(0),
    currency: char('currency', { length: 3 }).notNull().default('BRL'),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('payments_gateway_reference_key')
      .on(t.gateway, t.gatewayReference)
      .where(sql`${t.gatewayReference} is not null`),
    /** At most one live (not failed) payment per order: concurrent confirms cannot charge twice. */
    uniqueIndex('payments_live_order_key')
      .on(t.orderId)
      .where(sql`${t.status} <> 'failed'`),
    check('payments_status_check', sql`${t.status} in ${inList(paymentStatuses)}`),
    check('payments_amount_check', sql`${t.amountCents} >= 0 and ${t.refundedCents} >= 0`),
  ],
);

export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gateway: text('gateway').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('webhook_events_gateway_event_key').on(t.gateway, t.eventId)],
);

export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type Payment = typeof payments.$inferSelect;
