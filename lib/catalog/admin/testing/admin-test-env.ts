import { sql } from 'drizzle-orm';
import type { TestDatabase } from '@/db/testing/test-db';
import type { AdminPermission } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createTestUser } from '@/lib/auth/testing/auth-test-env';

/** A real admin account (audit rows and last-editor names point at it) as an Actor. */
export async function createAdminActor(
  db: TestDatabase['db'],
  permissions: AdminPermission[] = ['catalog', 'inventory'],
): Promise<Actor> {
  const user = await createTestUser(db, { role: 'admin', permissions });
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: 'admin',
    permissions,
    superAdmin: false,
    emailVerified: true,
    sessionId: '00000000-0000-4000-8000-000000000001',
    via: 'session',
  };
}

export async function auditRows(db: TestDatabase['db'], action: string, entityId?: string) {
  const { rows } = await db.execute<{
    actor_email: string;
    entity_id: string;
    changes: Record<string, unknown>;
  }>(
    sql`select actor_email, entity_id, changes from audit_log where action = ${action}
        and (${entityId ?? null}::text is null or entity_id = ${entityId ?? null}) order by id`,
  );
  return rows;
}

/** A product form as the editor would post it (strings, reais with a comma). */
export function productForm(categoryId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Jaqueta Corta-Vento Trilha',
    slug: 'jaqueta-corta-vento-trilha',
    description: 'Leve e impermeável.',
    brand: 'Serra',
    categoryId,
    status: 'active',
    seoTitle: 'Jaqueta corta-vento',
    seoDescription: '',
    optionNames: ['Cor', 'Tamanho'],
    variants: [
      {
        sku: 'JQ-TRI-P',
        options: ['Preta', 'P'],
        price: '299,90',
        compareAt: '349,90',
        barcode: '7890000000017',
      },
      { sku: 'JQ-TRI-M', options: ['Preta', 'M'], price: '299,90', compareAt: '', barcode: '' },
    ],
    ...overrides,
  };
}
