import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const userRoles = ['customer', 'admin', 'courier'] as const;
export type UserRole = (typeof userRoles)[number];

/** Finer admin permissions; a super-admin holds all and may grant them. */
export const adminPermissions = [
  'catalog',
  'inventory',
  'orders',
  'customers',
  'logistics',
  'settings',
  'staff',
] as const;
export type AdminPermission = (typeof adminPermissions)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: userRoles }).notNull().default('customer'),
    passwordHash: text('password_hash'),
    /** Only digits; validated by check digits before it is stored. */
    cpf: text('cpf'),
    phone: text('phone'),
    permissions: text('permissions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    superAdmin: boolean('super_admin').notNull().default(false),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    failedSignInCount: integer('failed_sign_in_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Set by an admin: the account cannot sign in (its sessions were revoked at that moment). */
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    /** Set when the account is deleted: personal fields are anonymised, the row stays for orders. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_cpf_key')
      .on(t.cpf)
      .where(sql`${t.cpf} is not null`),
    check('users_role_check', sql`${t.role} in ('customer', 'admin', 'courier')`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
