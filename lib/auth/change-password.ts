import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { refreshTokens, users } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { sendEmail } from '@/lib/email';
import { AppError } from '@/lib/errors';
import { assertAllowed, type Actor } from './actor';
import { hashPassword, verifyPassword } from './password';
import type { RequestContext } from './request-context';
import { recordSecurityEvent } from './security-events';
import { revokeUserSessions } from './sessions';

/** Needs the current password; keeps this session and signs every other one out (and API tokens). */
export async function changePassword(
  actor: Actor | null,
  input: { currentPassword: string; newPassword: string },
  ctx: RequestContext,
): Promise<void> {
  const me = assertAllowed(actor);
  const [row] = await getDb()
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, me.userId));
  if (!(await verifyPassword(row?.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'wrong_password', {
      details: { field: 'currentPassword' },
    });
  }
  const now = new Date();
  await getDb()
    .update(users)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, me.userId));
  await getDb()
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.userId, me.userId), isNull(refreshTokens.revokedAt)));
  const keep = me.via === 'session' ? me.sessionId : undefined;
  const revoked = await revokeUserSessions(me.userId, 'password_changed', keep);
  await recordSecurityEvent({
    type: 'password_changed',
    userId: me.userId,
    ip: ctx.ip,
    detail: { revoked },
  });
  await sendEmail({
    to: me.email,
    template: 'password_changed',
    locale: ctx.locale,
    params: { name: me.name },
  });
}
