import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orders } from './commerce';
import { users } from './users';

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

const inList = (values: readonly string[]) =>
  sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const vehicleKinds = ['bicycle', 'motorcycle', 'car', 'van'] as const;
export type VehicleKind = (typeof vehicleKinds)[number];

export const courierStatuses = ['off', 'available', 'on_route'] as const;
export type CourierStatus = (typeof courierStatuses)[number];

/** A courier profile for a user with role `courier`; one per user. */
export const couriers = pgTable(
  'couriers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The only personal detail a shopper sees ("Ana is on the way"). */
    firstName: text('first_name').notNull(),
    vehicleKind: text('vehicle_kind', { enum: vehicleKinds }).notNull().default('motorcycle'),
    capacityGrams: integer('capacity_grams').notNull(),
    capacityLitres: integer('capacity_litres'),
    /** Minutes after local midnight (America/Sao_Paulo). */
    shiftStartMinute: smallint('shift_start_minute').notNull().default(480),
    shiftEndMinute: smallint('shift_end_minute').notNull().default(1080),
    /** ISO weekdays 1 (Monday) … 7 (Sunday). */
    weekdays: smallint('weekdays')
      .array()
      .notNull()
      .default(sql`'{1,2,3,4,5,6}'::smallint[]`),
    status: text('status', { enum: courierStatuses }).notNull().default('off'),
    averageSpeedKmh: smallint('average_speed_kmh').notNull().default(25),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('couriers_user_key').on(t.userId),
    check('couriers_vehicle_kind_check', sql`${t.vehicleKind} in ${inList(vehicleKinds)}`),
    check('couriers_status_check', sql`${t.status} in ${inList(courierStatuses)}`),
    check('couriers_capacity_check', sql`${t.capacityGrams} > 0`),
    check(
      'couriers_shift_check',
      sql`${t.shiftStartMinute} >= 0 and ${t.shiftEndMinute} <= 1440 and ${t.shiftStartMinute} < ${t.shiftEndMinute}`,
    ),
    check('couriers_speed_check', sql`${t.averageSpeedKmh} between 1 and 200`),
  ],
);

export const routeStatuses = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type RouteStatus = (typeof routeStatuses)[number];

export const routePlanners = ['manual', 'baseline', 'optimizer'] as const;
export type RoutePlanner = (typeof routePlanners)[number];

export const deliveryRoutes = pgTable(
  'delivery_routes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courierId: uuid('courier_id')
      .notNull()
      .references(() => couriers.id, { onDelete: 'restrict' }),
    routeDate: date('route_date').notNull(),
    status: text('status', { enum: routeStatuses }).notNull().default('planned'),
    planner: text('planner', { enum: routePlanners }).notNull(),
    totalDistanceM: integer('total_distance_m').notNull().default(0),
    totalDurationS: integer('total_duration_s').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (t) => [
    index('delivery_routes_courier_idx').on(t.courierId, t.routeDate),
    check('delivery_routes_status_check', sql`${t.status} in ${inList(routeStatuses)}`),
    check('delivery_routes_planner_check', sql`${t.planner} in ${inList(routePlanners)}`),
  ],
);

export const stopStatuses = ['pending', 'arrived', 'delivered', 'failed'] as const;
export type StopStatus = (typeof stopStatuses)[number];

export const routeStops = pgTable(
  'route_stops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    routeId: uuid('route_id')
      .notNull()
      .references(() => deliveryRoutes.id, { onDelete: 'cascade' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    sequence: integer('sequence').notNull(),
    status: text('status', { enum: stopStatuses }).notNull().default('pending'),
    /** False once the stop's route is completed or cancelled, or the stop failed. */
    active: boolean('active').notNull().default(true),
    plannedArrivalAt: timestamp('planned_arrival_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    failureReason: text('failure_reason'),
    recipientName: text('recipient_name'),
    /** Result of the last delivery-code check: null before any attempt. */
    deliveryCodeOk: boolean('delivery_code_ok'),
    deliveryCodeAttempts: smallint('delivery_code_attempts').notNull().default(0),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('route_stops_route_sequence_key').on(t.routeId, t.sequence),
    uniqueIndex('route_stops_active_order_key')
      .on(t.orderId)
      .where(sql`${t.active}`),
    index('route_stops_order_idx').on(t.orderId),
    check('route_stops_status_check', sql`${t.status} in ${inList(stopStatuses)}`),
    check('route_stops_sequence_check', sql`${t.sequence} >= 1`),
  ],
);

export const proofKinds = ['signature', 'photo'] as const;
export type ProofKind = (typeof proofKinds)[number];

/**
 * Proof-of-delivery images live in PostgreSQL, not on local disk: the app is stateless and may run
 * as several instances, and a signature PNG or downscaled photo is tens of kilobytes (capped at
 * 2 MB by the API). A separate table keeps blobs out of every stop list query.
 */
export const deliveryProofs = pgTable(
  'delivery_proofs',
  {
    stopId: uuid('stop_id')
      .notNull()
      .references(() => routeStops.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: proofKinds }).notNull(),
    contentType: text('content_type').notNull(),
    image: bytea('image').notNull(),
    createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.stopId, t.kind] }),
    check('delivery_proofs_kind_check', sql`${t.kind} in ${inList(proofKinds)}`),
    check(
      'delivery_proofs_type_check',
      sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp')`,
    ),
  ],
);

export type Courier = typeof couriers.$inferSelect;
export type DeliveryRoute = typeof deliveryRoutes.$inferSelect;
export type RouteStop = typeof routeStops.$inferSelect;
