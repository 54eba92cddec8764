import { randomBytes } from 'node:crypto';
import type { Cookie, Page } from '@playwright/test';
import { DEMO_LOGINS } from '@/db/seed';
import { hashPassword } from '@/lib/auth/password';
import { withClient } from './db';

export const uniqueEmail = (prefix: string) =>
  `${prefix}-${randomBytes(4).toString('hex')}@e2e.loja.dev`;

/** A verified customer created straight in the e2e database. */
export async function createVerifiedCustomer(password: string, name = 'Cliente E2E') {
  const email = uniqueEmail('cliente');
  const hash = await hashPassword(password);
  await withClient('main', (client) =>
    client.query(
      `insert into users (email, name, password_hash, email_verified_at) values ($1, $2, $3, now())`,
      [email, name, hash],
    ),
  );
  return email;
}

/** The path of the newest link of that kind mailed to `email` (read from the dev mailbox). */
export async function linkFromMailbox(email: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const { rows } = await withClient('main', (client) =>
      client.query<{ text: string }>(
        `select text from mailbox_messages where lower("to") = lower($1) order by created_at desc limit 1`,
        [email],
      ),
    );
    const match = rows[0]?.text.match(new RegExp(`https?://[^\\s/]+(${path}\\?token=[\\w-]+)`));
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${path} link mailed to ${email}`);
}

// The demo admin signs in from most admin journeys: more often than the store's own limit allows
// (15 sign-ins per account, 50 per address, per 15 minutes; every e2e browser is 127.0.0.1). Its
// session is signed in through the form once per worker and then reused; a revoked or expired
// session falls back to the form. Other accounts always use the form.
const DEMO_ADMIN_EMAIL = DEMO_LOGINS.find((login) => login.role === 'admin')!.email;
const SESSION_COOKIE = /^(__Secure-)?loja\.session$/;
let demoAdminSession: Cookie[] | null = null;

async function reuseDemoAdminSession(page: Page, target: string) {
  if (!demoAdminSession) return false;
  await page.context().addCookies(demoAdminSession);
  await page.goto(target);
  if (new URL(page.url()).pathname === target.split('?')[0]) return true;
  demoAdminSession = null;
  await page.context().clearCookies({ name: SESSION_COOKIE });
  return false;
}

/** Signs in through the pt-BR form and waits for the redirect to `next` (the account by default). */
export async function signIn(page: Page, email: string, password: string, next?: string) {
  const demoAdmin = email === DEMO_ADMIN_EMAIL;
  if (demoAdmin && (await reuseDemoAdminSession(page, next ?? '/account'))) return;
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Senha', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await page.waitForURL(`**${next ?? '/account'}`);
  if (demoAdmin)
    demoAdminSession = (await page.context().cookies()).filter((c) => SESSION_COOKIE.test(c.name));
}
