import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPermissions } from '@/db/schema/users';
import { ADMIN_NAV_ITEMS, visibleNavItems } from './nav-items';

const admin = (permissions: string[], superAdmin = false) => ({
  role: 'admin',
  superAdmin,
  permissions,
});

describe('admin navigation', () => {
  it('links only to pages that exist', () => {
    const missing = ADMIN_NAV_ITEMS.filter(
      (item) =>
        !item.pending && !existsSync(path.join(process.cwd(), 'app', item.href, 'page.tsx')),
    ).map((item) => item.href);
    expect(missing).toEqual([]);
  });

  it('shows an admin only the areas of the permissions held', () => {
    const all = ADMIN_NAV_ITEMS.map((item) => ({ ...item, pending: undefined }));
    const hrefs = visibleNavItems(admin(['orders']), all).map((item) => item.href);
    expect(hrefs).toContain('/admin');
    expect(hrefs).toContain('/admin/orders');
    expect(hrefs).not.toContain('/admin/customers');
    expect(hrefs).not.toContain('/admin/staff');
    for (const permission of adminPermissions) {
      for (const item of visibleNavItems(admin([permission]))) {
        expect(['any', permission]).toContain(item.permission);
      }
    }
  });

  it('shows a super-admin everything and everyone else nothing', () => {
    expect(visibleNavItems(admin([], true))).toEqual(ADMIN_NAV_ITEMS.filter((i) => !i.pending));
    expect(
      visibleNavItems({ role: 'customer', superAdmin: false, permissions: ['orders'] }),
    ).toEqual([]);
    expect(visibleNavItems(null)).toEqual([]);
  });
});
