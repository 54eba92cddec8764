import { adminPermissions, type AdminPermission, type UserRole } from '@/db/schema';
import { AppError } from '@/lib/errors';

/** Who is acting: resolved from a session cookie or an API access token, never from the client. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  permissions: AdminPermission[];
  superAdmin: boolean;
  emailVerified: boolean;
  /** The server-side session (browser) or refresh-token family (API) this request belongs to. */
  sessionId: string;
  via: 'session' | 'token';
};

export type ActorUserRow = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  permissions: string[];
  superAdmin: boolean;
  emailVerifiedAt: Date | null;
};

export function toActor(user: ActorUserRow, sessionId: string, via: Actor['via']): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    permissions: adminPermissions.filter((p) => user.permissions.includes(p)),
    superAdmin: user.role === 'admin' && user.superAdmin,
    emailVerified: user.emailVerifiedAt !== null,
    sessionId,
    via,
  };
}

/** Only admins hold permissions; a super-admin holds them all. */
export function hasPermission(actor: Actor | null | undefined, permission: AdminPermission) {
  if (!actor || actor.role !== 'admin') return false;
  return actor.superAdmin || actor.permissions.includes(permission);
}

export type Requirement = {
  roles?: readonly UserRole[];
  permission?: AdminPermission;
  superAdmin?: boolean;
};

/** Throws unauthorized without an actor and forbidden when a role or permission is missing. */
export function assertAllowed(actor: Actor | null | undefined, need: Requirement = {}): Actor {
  if (!actor) throw new AppError('unauthorized', 'Sign in to continue.');
  if (need.roles && !need.roles.includes(actor.role)) {
    throw new AppError('forbidden', 'Your account cannot do this.');
  }
  if (need.permission && !hasPermission(actor, need.permission)) {
    throw new AppError('forbidden', `This needs the "${need.permission}" permission.`);
  }
  if (need.superAdmin && !actor.superAdmin) {
    throw new AppError('forbidden', 'Only a super-admin can do this.');
  }
  return actor;
}
