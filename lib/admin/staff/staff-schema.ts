import { z } from 'zod';
import { adminPermissions } from '@/db/schema/users';
import { checkPasswordPolicy } from '@/lib/auth/password-policy';
import { emailSchema } from '@/lib/auth/schemas';

/*
 * The staff forms' schemas, shared by the browser (inline errors before sending) and the server
 * (createStaffAdmin, the authority). Messages are stable codes.
 */

/** Checkboxes named `permissions` → the permission list (unknown values are a field error). */
export const permissionsField = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(adminPermissions, 'invalid')).max(adminPermissions.length),
);

export const createStaffSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, 'required').max(120, 'too_long'),
    password: z.string().max(128, 'too_long'),
    permissions: permissionsField,
  })
  .superRefine((v, ctx) => {
    const problem = checkPasswordPolicy(v.password, v.email);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

/** The create-admin form's fields as the schema's input. */
export function staffFormInput(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    email: text('email'),
    name: text('name'),
    password: text('password'),
    permissions: form.getAll('permissions').map(String),
  };
}
