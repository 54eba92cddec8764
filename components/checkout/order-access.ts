import 'server-only';
import { cookies } from 'next/headers';
import { getSessionCookie } from '@/lib/auth/session-cookie';

const COOKIE = 'loja_orders';
const MAX = 20;

/** Orders this browser placed or looked up (guest access); httpOnly, ids only. */
export async function readOrderAccess(): Promise<string[]> {
  const value = (await cookies()).get(COOKIE)?.value ?? '';
  return value.split('.').filter((id) => /^[0-9a-f-]{36}$/.test(id));
}

export async function grantOrderAccess(orderId: string): Promise<void> {
  const ids = [orderId, ...(await readOrderAccess()).filter((id) => id !== orderId)].slice(0, MAX);
  const { options } = getSessionCookie();
  (await cookies()).set(COOKIE, ids.join('.'), { ...options, maxAge: 60 * 60 * 24 * 30 });
}
