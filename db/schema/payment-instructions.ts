import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { payments } from './commerce';

/**
 * What the shopper needs to pay a pending Pix or boleto, as the gateway issued it (the sandbox
 * derives its demo codes instead). Public payment instructions only: no card data, no secrets.
 */
export const paymentInstructions = pgTable('payment_instructions', {
  paymentId: uuid('payment_id')
    .primaryKey()
    .references(() => payments.id, { onDelete: 'cascade' }),
  pixCode: text('pix_code'),
  pixImageUrl: text('pix_image_url'),
  boletoLine: text('boleto_line'),
  boletoPdfUrl: text('boleto_pdf_url'),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type PaymentInstructions = typeof paymentInstructions.$inferSelect;
