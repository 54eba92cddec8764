import 'server-only';
import { headers } from 'next/headers';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import Google from 'next-auth/providers/google';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getLogger } from '@/lib/log';
import { loadActorUser } from './load-actor-user';
import { findOrCreateOAuthUser } from './oauth';
import { requestContextFrom, trustsHostHeader } from './request-context';
import { signInSchema } from './schemas';
import { SESSION_COOKIE_MAX_AGE_SECONDS } from './session-policy';
import { getAuthSecret, getSessionCookie } from './session-cookie';
import { createSession, revokeSessionToken } from './sessions';
import { signInWithPassword } from './sign-in';

/** `code` reaches the sign-in form: invalid_credentials, locked:<seconds>, email_unverified, rate_limited:<seconds>. */
export class SignInRejected extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const CLIENT_ERRORS = new Set(['MissingCSRF', 'InvalidCheck', 'UnknownAction']);

async function authorize(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInRejected('invalid_credentials');
  try {
    const result = await signInWithPassword(parsed.data, requestContextFrom(request.headers));
    if (result.ok) return { id: result.user.id };
    throw new SignInRejected(
      result.code === 'locked' ? `locked:${result.retryAfterSeconds}` : result.code,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') {
      throw new SignInRejected(`rate_limited:${String(error.details?.retryAfterSeconds ?? 60)}`);
    }
    throw error;
  }
}

async function currentHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers();
  }
}

function buildConfig(): NextAuthConfig {
  const env = getEnv();
  const cookie = getSessionCookie(env);
  const log = getLogger().child({ component: 'authjs' });
  const google =
    env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
      ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })]
      : [];
  return {
    secret: getAuthSecret(env),
    trustHost: trustsHostHeader(),
    useSecureCookies: cookie.options.secure,
    session: { strategy: 'jwt', maxAge: SESSION_COOKIE_MAX_AGE_SECONDS },
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [Credentials({ credentials: { email: {}, password: {} }, authorize }), ...google],
    callbacks: {
      signIn: ({ account, profile }) =>
        account?.provider !== 'google' || profile?.email_verified === true,
      // The cookie carries only the server-side session id: revocable, nothing personal inside.
      async jwt({ token, user, account, profile }) {
        if (!account) return token;
        let userId = account.provider === 'credentials' ? user?.id : undefined;
        if (account.provider === 'google' && profile?.email) {
          userId = await findOrCreateOAuthUser({
            provider: 'google',
            providerAccountId: account.providerAccountId,
            email: profile.email.toLowerCase(),
            emailVerified: profile.email_verified === true,
            name: profile.name ?? profile.email,
          });
        }
        const row = userId ? await loadActorUser(userId) : undefined;
        if (!row) throw new SignInRejected('invalid_credentials');
        const { token: sid } = await createSession(row, requestContextFrom(await currentHeaders()));
        return { sid };
      },
      session: ({ session }) => ({ expires: session.expires }) as typeof session,
    },
    events: {
      async signOut(message) {
        const sid = 'token' in message ? message.token?.sid : undefined;
        if (typeof sid === 'string') await revokeSessionToken(sid, 'sign_out');
      },
    },
    logger: {
      // Refused sign-ins and forged or stale forms are the client's doing, not ours.
      error: (error) =>
        error instanceof CredentialsSignin
          ? log.info({ code: error.code }, 'sign-in rejected')
          : CLIENT_ERRORS.has(error.name)
            ? log.info({ errorType: error.name }, 'auth.js refused a request')
            : log.warn({ errorType: error.name }, 'auth.js error'),
      warn: (code) => log.warn({ code }, 'auth.js warning'),
      debug: () => {},
    },
  };
}

/** Built on first request, so importing this module at build time reads no configuration. */
export const { handlers, signIn, signOut } = NextAuth(() => buildConfig());
