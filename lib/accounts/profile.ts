import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { cpfSchema, nameSchema } from '@/lib/auth/schemas';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export const profileInputSchema = z.object({
  name: nameSchema,
  cpf: cpfSchema,
  phone: z
    .string()
    .trim()
    .transform((value) => value.replace(/[^\d+]/g, ''))
    .refine((value) => value === '' || /^\+?\d{10,13}$/.test(value), 'invalid')
    .optional(),
});

export type Profile = {
  name: string;
  email: string;
  cpf: string | null;
  phone: string | null;
  emailVerified: boolean;
};

export async function getProfile(actor: Actor | null): Promise<Profile> {
  const me = assertAllowed(actor);
  const [row] = await getDb()
    .select({
      name: users.name,
      email: users.email,
      cpf: users.cpf,
      phone: users.phone,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, me.userId));
  if (!row) throw new AppError('unauthorized', 'Sign in to continue.');
  const { emailVerifiedAt, ...profile } = row;
  return { ...profile, emailVerified: emailVerifiedAt !== null };
}

/** The e-mail is not editable here: changing it would need re-verification of the new address. */
export async function updateProfile(
  actor: Actor | null,
  input: z.output<typeof profileInputSchema>,
): Promise<{ ok: true } | { ok: false; field: 'cpf'; code: 'cpf_taken' }> {
  const me = assertAllowed(actor);
  try {
    await getDb()
      .update(users)
      .set({
        name: input.name,
        cpf: input.cpf ?? null,
        phone: input.phone || null,
        updatedAt: new Date(),
      })
      .where(eq(users.id, me.userId));
    return { ok: true };
  } catch (error) {
    const constraint = (error as { cause?: { constraint?: string } }).cause?.constraint;
    if (constraint === 'users_cpf_key') return { ok: false, field: 'cpf', code: 'cpf_taken' };
    throw error;
  }
}
