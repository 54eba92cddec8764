import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '@/db/schema';
import { setAdminPermissions } from '@/lib/auth/grant-permissions';
import { useAuthTestDatabase } from '@/lib/auth/testing/auth-test-env';
import { toErrorBody } from '@/lib/errors';
import { listAuditLog } from '../audit/list-audit';
import { adminActor } from '../testing/admin-fixtures';
import { createStaffAdmin, listStaff } from './staff-ops';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

const caught = (p: Promise<unknown>) => p.then(() => null).catch((e: unknown) => toErrorBody(e));

describe('staff', () => {
  it('a staff admin creates an admin holding exactly the ticked permissions, audited', async () => {
    const staff = await adminActor(t.db, ['staff']);
    const weak = await caught(
      createStaffAdmin(staff, {
        email: 'nova@loja.test',
        name: 'Nova',
        password: 'password123',
        permissions: ['orders'],
      }),
    );
    expect(weak?.status).toBe(422);
    expect(weak?.body.error.fields).toHaveProperty('password');
    const result = await createStaffAdmin(
      staff,
      {
        email: 'Nova@Loja.test',
        name: 'Nova',
        password: 'uma-senha-de-equipe-boa',
        permissions: ['orders'],
      },
      { ip: '203.0.113.20' },
    );
    const [row] = await t.db.select().from(users).where(eq(users.id, result.id));
    expect(row).toMatchObject({ role: 'admin', superAdmin: false, permissions: ['orders'] });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, result.id));
    expect(audit).toMatchObject({
      action: 'staff.create',
      actorEmail: staff.email,
      ip: '203.0.113.20',
    });
    expect(JSON.stringify(audit?.changes)).not.toContain('uma-senha');
    expect((await listStaff(t.db)).map((s) => s.email)).toContain('nova@loja.test');
  });

  it('admins without "staff" are refused; nobody but a super-admin edits their own permissions', async () => {
    const ordersAdmin = await adminActor(t.db, ['orders']);
    const denied = await caught(
      createStaffAdmin(ordersAdmin, {
        email: 'x@loja.test',
        name: 'X',
        password: 'uma-senha-de-equipe-boa',
        permissions: [],
      }),
    );
    expect(denied?.status).toBe(403);
    const staff = await adminActor(t.db, ['staff']);
    const self = await caught(setAdminPermissions(staff, staff.userId, ['staff', 'orders']));
    expect(self?.status).toBe(403);
    await setAdminPermissions(staff, ordersAdmin.userId, ['orders', 'catalog'], {
      ip: '203.0.113.21',
    });
    const [row] = await t.db.select().from(users).where(eq(users.id, ordersAdmin.userId));
    expect(row?.permissions).toEqual(['catalog', 'orders']);
    const { rows } = await listAuditLog(t.db, { entityId: ordersAdmin.userId });
    expect(rows[0]).toMatchObject({
      action: 'staff.permissions',
      changes: { permissions: { before: ['orders'], after: ['catalog', 'orders'] } },
      ip: '203.0.113.21',
    });
  });
});

describe('audit log listing', () => {
  it('filters by actor and action and pages by id', async () => {
    const staff = await adminActor(t.db, ['staff']);
    const target = await adminActor(t.db, []);
    for (const set of [['orders'], ['catalog'], ['orders', 'catalog']] as const) {
      await setAdminPermissions(staff, target.userId, [...set]);
    }
    const first = await listAuditLog(t.db, { actor: staff.email, action: 'staff.permissions' }, 2);
    expect(first.rows).toHaveLength(2);
    const second = await listAuditLog(
      t.db,
      { actor: staff.email, action: 'staff.permissions', before: first.nextBefore! },
      2,
    );
    expect(second.rows).toHaveLength(1);
    expect(second.nextBefore).toBeNull();
    expect([...first.rows, ...second.rows].every((r) => r.actorEmail === staff.email)).toBe(true);
    expect((await listAuditLog(t.db, { action: 'nothing.like.this' })).rows).toEqual([]);
  });
});
