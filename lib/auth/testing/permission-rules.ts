import type { AdminPermission } from '@/db/schema';
import type { ActorName } from './matrix-actors';

/**
 * Who may call each route handler and server action: the permission matrix test checks every
 * endpoint against this table, and fails for an endpoint the table does not name. A new route or
 * action gets its line here.
 */
export type Rule =
  | 'public'
  | 'signedIn'
  | 'customer'
  | 'ownerA'
  | 'courier'
  | { permission: AdminPermission }
  | 'superAdmin';

export const ROUTES: Record<string, Rule> = {
  'GET /health': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /metrics': 'public',
  'GET /img/[...path]': 'public',
  'GET /sitemap.xml': 'public',
  'GET /sitemaps/[shard]': 'public',
  'GET /api/recommendations/[slug]': 'public',
  'GET /api/search': 'public',
  'GET /api/search/suggest': 'public',
  'GET /api/cep/[cep]': 'public',
  'GET /api/shipping/quote': 'public',
  'POST /api/payments/sandbox/tokens': 'public',
  'POST /api/payments/sandbox/webhooks': 'public',
  'POST /api/payments/sandbox/pix/[reference]/simulate': 'public',
  // Authenticated by Stripe-Signature; 404 here because the matrix runs in sandbox mode.
  'POST /api/payments/stripe/webhooks': 'public',
  'POST /api/payments/vindi/webhooks': 'public',
  'POST /api/orders': 'public',
  'GET /api/auth/[...nextauth]': 'public',
  'POST /api/auth/[...nextauth]': 'public',
  'POST /api/auth/token': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/account': 'signedIn',
  'GET /api/account/export': 'signedIn',
  'GET /api/account/addresses': 'signedIn',
  'POST /api/account/addresses': 'signedIn',
  'GET /api/account/addresses/[id]': 'ownerA',
  'PUT /api/account/addresses/[id]': 'ownerA',
  'DELETE /api/account/addresses/[id]': 'ownerA',
  'GET /api/admin/sessions': { permission: 'customers' },
  'DELETE /api/admin/sessions/[id]': { permission: 'customers' },
  'GET /api/admin/mailbox': { permission: 'settings' },
  'GET /api/admin/inventory/[variantId]/movements': { permission: 'inventory' },
  'PUT /api/admin/users/[id]/permissions': { permission: 'staff' },
  'GET /api/admin/catalog/export': { permission: 'catalog' },
  'GET /api/admin/orders/export': { permission: 'orders' },
  'GET /api/admin/customers/[id]/export': { permission: 'customers' },
  // Also takes `Authorization: DeviceKey` (lib/tracking/device-keys.int.test.ts).
  'POST /api/tracking/positions': 'courier',
  'GET /api/tracking/orders/[number]': 'ownerA',
  'GET /api/tracking/orders/[number]/events': 'ownerA',
  'GET /api/tracking/couriers/events': { permission: 'logistics' },
  // Authorises per channel (lib/tracking/pusher-auth.int.test.ts); 404 here: no Pusher in the matrix.
  'POST /api/pusher/auth': 'public',
  'POST /api/logistics/plan': { permission: 'logistics' },
  'GET /api/courier/route': 'courier',
  'POST /api/courier/stops/[id]/arrive': 'courier',
  'POST /api/courier/stops/[id]/deliver': 'courier',
  'POST /api/courier/stops/[id]/fail': 'courier',
  'GET /api/logistics/stops/[id]/proof': { permission: 'logistics' },
};

export const ACTIONS: Record<string, Rule> = {
  'components/i18n/actions.ts#setLocale': 'public',
  'components/auth/actions.ts#signInAction': 'public',
  'components/auth/actions.ts#signOutAction': 'public',
  'components/auth/actions.ts#signInWithGoogleAction': 'public',
  'components/auth/actions.ts#signUpAction': 'public',
  'components/auth/actions.ts#requestPasswordResetAction': 'public',
  'components/auth/actions.ts#resetPasswordAction': 'public',
  'components/auth/actions.ts#verifyEmailAction': 'public',
  'components/auth/actions.ts#unlockAccountAction': 'public',
  'components/account/actions.ts#updateProfileAction': 'signedIn',
  'components/account/actions.ts#changePasswordAction': 'signedIn',
  'components/account/actions.ts#revokeMySessionAction': 'ownerA',
  'components/account/actions.ts#deleteAccountAction': 'customer',
  'components/account/address-actions.ts#saveAddressAction': 'signedIn',
  'components/account/address-actions.ts#deleteAddressAction': 'ownerA',
  'components/admin/actions.ts#revokeSessionAction': { permission: 'customers' },
  'components/admin/catalog/actions.ts#saveProductAction': { permission: 'catalog' },
  'components/admin/catalog/actions.ts#bulkEditAction': { permission: 'catalog' },
  'components/admin/catalog/actions.ts#uploadImageAction': { permission: 'catalog' },
  'components/admin/catalog/actions.ts#deleteImageAction': { permission: 'catalog' },
  'components/admin/catalog/category-actions.ts#createCategoryAction': { permission: 'catalog' },
  'components/admin/catalog/category-actions.ts#editCategoryAction': { permission: 'catalog' },
  'components/admin/catalog/category-actions.ts#moveCategoryAction': { permission: 'catalog' },
  'components/admin/catalog/category-actions.ts#reorderCategoriesAction': { permission: 'catalog' },
  'components/admin/catalog/import-actions.ts#dryRunImportAction': { permission: 'catalog' },
  'components/admin/catalog/import-actions.ts#applyImportAction': { permission: 'catalog' },
  'components/admin/synonyms/actions.ts#saveSynonymsAction': { permission: 'catalog' },
  'components/admin/inventory/actions.ts#adjustStockAction': { permission: 'inventory' },
  'components/admin/inventory/actions.ts#setThresholdAction': { permission: 'inventory' },
  'components/admin/order-actions.ts#moveOrderAction': { permission: 'orders' },
  'components/admin/order-actions.ts#cancelOrderAction': { permission: 'orders' },
  'components/admin/order-actions.ts#refundOrderAction': { permission: 'orders' },
  'components/admin/order-actions.ts#addOrderNoteAction': { permission: 'orders' },
  'components/admin/order-actions.ts#resendOrderEmailAction': { permission: 'orders' },
  'components/admin/order-actions.ts#acceptReturnAction': { permission: 'orders' },
  'components/admin/order-actions.ts#declineReturnAction': { permission: 'orders' },
  'components/admin/customer-actions.ts#blockCustomerAction': { permission: 'customers' },
  'components/admin/customer-actions.ts#unblockCustomerAction': { permission: 'customers' },
  'components/admin/customer-actions.ts#deleteCustomerAction': { permission: 'customers' },
  'components/admin/staff-actions.ts#createStaffAction': { permission: 'staff' },
  'components/admin/staff-actions.ts#setStaffPermissionsAction': { permission: 'staff' },
  'components/admin/settings-actions.ts#saveSettingsAction': { permission: 'settings' },
  'components/cart/actions.ts#addToCartAction': 'public',
  'components/cart/actions.ts#updateCartLineAction': 'public',
  'components/cart/coupon-actions.ts#applyCouponAction': 'public',
  'components/cart/coupon-actions.ts#removeCouponAction': 'public',
  'components/admin/coupons/actions.ts#saveCouponAction': { permission: 'orders' },
  'components/admin/coupons/actions.ts#toggleCouponAction': { permission: 'orders' },
  'components/checkout/actions.ts#placeOrderAction': 'public',
  'components/checkout/actions.ts#lookupOrderAction': 'public',
  'components/checkout/shopper-order-actions.ts#cancelMyOrderAction': 'public',
  'components/checkout/shopper-order-actions.ts#requestReturnAction': 'public',
  'components/shipping/actions.ts#quoteCartShippingAction': 'public',
  'components/logistics/zone-actions.ts#saveZoneAction': { permission: 'logistics' },
  'components/logistics/zone-actions.ts#deleteZoneAction': { permission: 'logistics' },
  'components/logistics/zone-actions.ts#saveLogisticsSettingsAction': { permission: 'logistics' },
  'components/logistics/zone-actions.ts#setCarrierTrackingAction': { permission: 'orders' },
  'components/logistics/carrier-actions.ts#saveCarrierAction': { permission: 'logistics' },
  'components/logistics/carrier-actions.ts#setCarrierActiveAction': { permission: 'logistics' },
  'components/dispatch/actions.ts#saveCourierAction': { permission: 'logistics' },
  'components/dispatch/actions.ts#assignOrdersAction': { permission: 'logistics' },
  'components/dispatch/actions.ts#startRouteAction': { permission: 'logistics' },
  'components/dispatch/route-actions.ts#cancelRouteAction': { permission: 'logistics' },
  'components/dispatch/route-actions.ts#reorderRouteAction': { permission: 'logistics' },
  'components/dispatch/device-key-actions.ts#issueDeviceKeyAction': { permission: 'logistics' },
  'components/dispatch/device-key-actions.ts#revokeDeviceKeyAction': { permission: 'logistics' },
};

export function isAllowed(rule: Rule, actor: ActorName): boolean {
  if (rule === 'public') return true;
  if (actor === 'anonymous') return false;
  if (rule === 'signedIn') return true;
  if (rule === 'customer') return actor === 'customerA' || actor === 'customerB';
  if (rule === 'ownerA') return actor === 'customerA';
  if (rule === 'courier') return actor === 'courier';
  if (rule === 'superAdmin') return actor === 'superAdmin';
  return actor === 'superAdmin' || actor === `admin:${rule.permission}`;
}
