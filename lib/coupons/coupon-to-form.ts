import type { Coupon } from '@/db/schema/coupons';

const BRAZIL_OFFSET_MS = 3 * 3_600_000;

/** A stored instant as the datetime-local value in Brazil's official time (UTC−3). */
function toLocalInput(date: Date | null): string {
  return date ? new Date(date.getTime() - BRAZIL_OFFSET_MS).toISOString().slice(0, 16) : '';
}

const reais = (cents: number) =>
  `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** A coupon as the admin form's initial text values (the inverse of couponFormToInput). */
export function couponToForm(c: Coupon): Record<string, string> {
  return {
    code: c.code,
    kind: c.kind,
    value: c.kind === 'fixed' ? reais(c.value) : String(c.value),
    minSubtotal: c.minSubtotalCents ? reais(c.minSubtotalCents) : '',
    startsAt: toLocalInput(c.startsAt),
    endsAt: toLocalInput(c.endsAt),
    usageLimit: c.usageLimit?.toString() ?? '',
    perCustomerLimit: c.perCustomerLimit?.toString() ?? '',
    combinable: c.combinable ? 'on' : '',
    active: c.active ? 'on' : '',
  };
}
