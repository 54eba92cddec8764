import 'server-only';
import { assertAllowed, type Actor } from '@/lib/auth/actor';

/** Every order write needs an admin holding the `orders` permission (else 401/403). */
export const requireOrderAdmin = (actor: Actor | null) =>
  assertAllowed(actor, { roles: ['admin'], permission: 'orders' });

/** How an admin appears as the actor of order events and stock movements. */
export const actorTag = (actor: Actor) => `user:${actor.userId}`;
