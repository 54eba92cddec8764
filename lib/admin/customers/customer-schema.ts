import { z } from 'zod';

/** The customer admin forms' schemas, shared by the browser and the server (the authority). */
export const customerIdSchema = z.object({ userId: z.uuid('invalid') });

/** LGPD erasure needs the operator to type DELETE (the same word in every language). */
export const deleteCustomerSchema = customerIdSchema.extend({
  confirm: z.literal('DELETE', { error: 'confirm_delete' }),
});
