import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema/audit';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/auth/actor';
import { diffChanges, recordAudit, REDACTED } from './record-audit';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const actor: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'gerente@loja.test',
  name: 'Gerente',
  role: 'admin',
  permissions: ['orders'],
  superAdmin: false,
  emailVerified: true,
  sessionId: 's',
  via: 'session',
};

describe('diffChanges', () => {
  it('keeps only the fields that changed, with before and after', () => {
    expect(
      diffChanges(
        { name: 'A', price: 100, at: new Date('2026-01-01T00:00:00Z'), tags: ['x'] },
        { name: 'A', price: 150, at: new Date('2026-01-01T00:00:00Z'), tags: ['x', 'y'] },
      ),
    ).toEqual({ price: { before: 100, after: 150 }, tags: { before: ['x'], after: ['x', 'y'] } });
  });

  it('lists every field on create and delete, and never copies secrets', () => {
    expect(diffChanges(null, { code: 'BEMVINDO', passwordHash: 'x' })).toEqual({
      code: { before: null, after: 'BEMVINDO' },
      passwordHash: { before: null, after: REDACTED },
    });
    expect(diffChanges({ code: 'BEMVINDO' }, null)).toEqual({
      code: { before: 'BEMVINDO', after: null },
    });
  });
});

describe('recordAudit', () => {
  it('writes who, what, changed fields and IP, inside the caller transaction', async () => {
    await t.db.transaction(async (tx) => {
      await recordAudit(tx, {
        actor,
        action: 'order.transition',
        entity: 'order',
        entityId: 'ord-1',
        before: { status: 'paid', total: 100 },
        after: { status: 'shipped', total: 100 },
        ip: '203.0.113.9',
        requestId: 'req-12345678',
      });
    });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'ord-1'));
    expect(row).toMatchObject({
      actorId: actor.userId,
      actorEmail: 'gerente@loja.test',
      action: 'order.transition',
      entity: 'order',
      changes: { status: { before: 'paid', after: 'shipped' } },
      ip: '203.0.113.9',
      requestId: 'req-12345678',
    });
    expect(row?.at).toBeInstanceOf(Date);
  });

  it('rolls back with the write it describes', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await recordAudit(tx, { actor, action: 'x.y', entity: 'x', entityId: 'rolled-back' });
        throw new Error('write failed');
      }),
    ).rejects.toThrow('write failed');
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'rolled-back'))).toEqual(
      [],
    );
  });

  it('drops an IP that is not an address instead of failing the write', async () => {
    await recordAudit(t.db, { actor, action: 'x.y', entity: 'x', entityId: 'bad-ip', ip: 'nope' });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'bad-ip'));
    expect(row?.ip).toBeNull();
  });
});

describe('append-only', () => {
  it('rejects UPDATE, DELETE and TRUNCATE at the database', async () => {
    await recordAudit(t.db, { actor, action: 'x.y', entity: 'x', entityId: 'kept' });
    const cause = (e: unknown) => (e as { cause?: { message?: string } }).cause?.message ?? '';
    const update = await t.db
      .update(auditLog)
      .set({ action: 'forged' })
      .where(eq(auditLog.entityId, 'kept'))
      .catch((e: unknown) => e);
    expect(cause(update)).toMatch(/append-only: UPDATE/);
    const del = await t.db
      .delete(auditLog)
      .where(eq(auditLog.entityId, 'kept'))
      .catch((e: unknown) => e);
    expect(cause(del)).toMatch(/append-only: DELETE/);
    const truncate = await t.db.execute(sql`truncate audit_log`).catch((e: unknown) => e);
    expect(cause(truncate)).toMatch(/append-only: TRUNCATE/);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'kept'));
    expect(rows.map((r) => r.action)).toEqual(['x.y']);
  });
});
