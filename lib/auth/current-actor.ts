import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { assertAllowed, type Actor, type Requirement } from './actor';
import { resolveSessionCookie } from './resolve-session';
import { getSessionCookie } from './session-cookie';

/** The signed-in actor of this request (pages, layouts, server actions), or null. Once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  return resolveSessionCookie(jar.get(getSessionCookie().name)?.value);
});

/** For server actions: throws unauthorized / forbidden (AppError) when the requirement fails. */
export async function requireActor(need: Requirement = {}): Promise<Actor> {
  return assertAllowed(await getCurrentActor(), need);
}

/** For pages: anonymous visitors go to sign-in and come back to `returnTo` afterwards. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
