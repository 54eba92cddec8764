import type { AdminPermission } from '@/db/schema';

/**
 * The dashboard's side navigation, in display order. Each entry names the permission that opens its
 * area ('any' = every admin); the nav shows only what the signed-in admin may use, and each page
 * checks the same permission on the server. Engineers adding an admin area add (or adjust) their
 * line here; `nav-items.test.ts` fails for a shown entry whose page does not exist.
 */
export type AdminNavItem = {
  key: AdminNavKey;
  href: string;
  permission: AdminPermission | 'any';
  /** Page not landed yet: hidden from the nav. Remove the flag in the commit that adds the page. */
  pending?: true;
};

export const ADMIN_NAV_KEYS = [
  'overview',
  'orders',
  'catalog',
  'inventory',
  'customers',
  'coupons',
  'dispatch',
  'couriers',
  'liveMap',
  'zones',
  'carriers',
  'synonyms',
  'staff',
  'sessions',
  'settings',
  'audit',
  'mailbox',
  'system',
] as const;
export type AdminNavKey = (typeof ADMIN_NAV_KEYS)[number];

export const ADMIN_NAV_ITEMS: AdminNavItem[] = [
  { key: 'overview', href: '/admin', permission: 'any' },
  { key: 'orders', href: '/admin/orders', permission: 'orders' },
  { key: 'catalog', href: '/admin/catalog', permission: 'catalog' },
  { key: 'inventory', href: '/admin/inventory', permission: 'inventory' },
  { key: 'customers', href: '/admin/customers', permission: 'customers' },
  { key: 'coupons', href: '/admin/coupons', permission: 'orders' },
  { key: 'dispatch', href: '/admin/dispatch', permission: 'logistics' },
  { key: 'couriers', href: '/admin/couriers', permission: 'logistics' },
  { key: 'liveMap', href: '/admin/live-map', permission: 'logistics' },
  { key: 'zones', href: '/admin/zones', permission: 'logistics' },
  { key: 'carriers', href: '/admin/carriers', permission: 'logistics' },
  { key: 'synonyms', href: '/admin/synonyms', permission: 'catalog' },
  { key: 'staff', href: '/admin/staff', permission: 'staff' },
  { key: 'sessions', href: '/admin/sessions', permission: 'customers' },
  { key: 'settings', href: '/admin/settings', permission: 'settings' },
  { key: 'audit', href: '/admin/audit', permission: 'staff' },
  { key: 'mailbox', href: '/admin/mailbox', permission: 'settings' },
  { key: 'system', href: '/admin/system', permission: 'settings' },
];

type PermissionHolder = {
  role: string;
  superAdmin: boolean;
  permissions: readonly string[];
} | null;

/** The entries this actor may open (none for anyone but an admin). */
export function visibleNavItems(actor: PermissionHolder, items = ADMIN_NAV_ITEMS) {
  if (!actor || actor.role !== 'admin') return [];
  return items.filter(
    (item) =>
      !item.pending &&
      (item.permission === 'any' ||
        actor.superAdmin ||
        actor.permissions.includes(item.permission)),
  );
}
