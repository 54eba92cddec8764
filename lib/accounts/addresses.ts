import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { addresses } from '@/db/schema';
import { assertAllowed, type Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { AddressInput } from './address-schema';

const columns = {
  id: addresses.id,
  label: addresses.label,
  recipient: addresses.recipient,
  cep: addresses.cep,
  street: addresses.street,
  number: addresses.number,
  complement: addresses.complement,
  district: addresses.district,
  city: addresses.city,
  state: addresses.state,
  isDefault: addresses.isDefault,
};

export type SavedAddress = { [K in keyof typeof columns]: (typeof addresses.$inferSelect)[K] };

const MAX_ADDRESSES = 20;

// Someone else's address answers exactly like a missing one: ids are not an oracle.
const notFound = () => new AppError('not_found', 'Address not found.');

/** The actor's own addresses, default first. Every query here filters by the owner. */
export async function listAddresses(actor: Actor | null): Promise<SavedAddress[]> {
  const me = assertAllowed(actor);
  return getDb()
    .select(columns)
    .from(addresses)
    .where(eq(addresses.userId, me.userId))
    .orderBy(desc(addresses.isDefault), asc(addresses.createdAt));
}

export async function getAddressOrThrow(actor: Actor | null, id: string): Promise<SavedAddress> {
  const me = assertAllowed(actor);
  const [row] = await getDb()
    .select(columns)
    .from(addresses)
    .where(and(eq(addresses.id, id), eq(addresses.userId, me.userId)));
  if (!row) throw notFound();
  return row;
}

/** Creates (no id) or updates one of the actor's addresses; the first one becomes the default. */
export async function saveAddress(
  actor: Actor | null,
  input: AddressInput,
  id?: string,
): Promise<SavedAddress> {
  const me = assertAllowed(actor);
  return getDb().transaction(async (tx) => {
    const existing = await tx
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.userId, me.userId));
    if (id && !existing.some((row) => row.id === id)) throw notFound();
    if (!id && existing.length >= MAX_ADDRESSES) {
      throw new AppError('conflict', `At most ${MAX_ADDRESSES} addresses per account.`);
    }
    const isDefault = input.isDefault || existing.length === 0;
    if (isDefault) {
      await tx.update(addresses).set({ isDefault: false }).where(eq(addresses.userId, me.userId));
    }
    const values = { ...input, isDefault, updatedAt: new Date() };
    const [row] = id
      ? await tx
          .update(addresses)
          .set(values)
          .where(and(eq(addresses.id, id), eq(addresses.userId, me.userId)))
          .returning(columns)
      : await tx
          .insert(addresses)
          .values({ ...values, userId: me.userId })
          .returning(columns);
    if (!row) throw notFound();
    return row;
  });
}

export async function deleteAddress(actor: Actor | null, id: string): Promise<void> {
  const me = assertAllowed(actor);
  const deleted = await getDb()
    .delete(addresses)
    .where(and(eq(addresses.id, id), eq(addresses.userId, me.userId)))
    .returning({ id: addresses.id });
  if (deleted.length === 0) throw notFound();
}
