import 'server-only';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { getEnv } from '@/lib/env';

export type TokenKind = 'access' | 'refresh';

const ISSUER = 'loja';
const AUDIENCE: Record<TokenKind, string> = { access: 'loja-api', refresh: 'loja-refresh' };

const encode = (secret: string) => new TextEncoder().encode(secret);

/** The signing secret first, then the previous one while a rotation's grace period lasts. */
function secretsFor(kind: TokenKind): string[] {
  const env = getEnv();
  const [current, previous] =
    kind === 'access'
      ? [env.JWT_SECRET, env.JWT_SECRET_PREVIOUS]
      : [env.JWT_REFRESH_SECRET, env.JWT_REFRESH_SECRET_PREVIOUS];
  return previous ? [current, previous] : [current];
}

export async function signToken(
  kind: TokenKind,
  claims: JWTPayload & { sub: string },
  ttlSeconds: number,
): Promise<string> {
  const [secret] = secretsFor(kind);
  return new SignJWT({ ...claims, typ: kind })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE[kind])
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(encode(secret!));
}

/** Payload of a valid token of that kind, or undefined (bad signature, expired, wrong kind). */
export async function verifyToken(kind: TokenKind, token: string): Promise<JWTPayload | undefined> {
  for (const secret of secretsFor(kind)) {
    try {
      const { payload } = await jwtVerify(token, encode(secret), {
        issuer: ISSUER,
        audience: AUDIENCE[kind],
        algorithms: ['HS256'],
      });
      return payload.typ === kind ? payload : undefined;
    } catch (error) {
      // Only a signature mismatch is worth trying the previous secret for.
      if (!(error instanceof errors.JWSSignatureVerificationFailed)) return undefined;
    }
  }
  return undefined;
}
