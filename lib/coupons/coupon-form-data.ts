import type { CouponInput } from './coupon-input';

/** "12,50" / "12.50" / "R$ 12" → centavos; null when empty or not an amount. */
export function parseReais(text: string): number | null {
  const clean = text
    .replace(/R\$|\s/g, '')
    .replace(/\.(?=\d{3}(\D|$))/g, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const [whole, frac = ''] = clean.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

const intOrNull = (text: string) => (text.trim() === '' ? null : Number(text));
/** A datetime-local value is the store's wall clock: Brazil's official time (UTC−3, no DST). */
const dateOrNull = (text: string) =>
  text.trim() === ''
    ? null
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)
      ? `${text}:00-03:00`
      : text;

/**
 * The admin form's text fields as coupon input: a fixed value and the minimum are typed in reais,
 * a percentage as a whole number; the schema then validates everything.
 */
export function couponFormToInput(
  values: Record<string, string>,
  checks: Set<string>,
): CouponInput {
  const kind = values.kind as CouponInput['kind'];
  const value =
    kind === 'fixed' ? (parseReais(values.value ?? '') ?? -1) : Number(values.value || 0);
  return {
    code: values.code ?? '',
    kind,
    value,
    minSubtotalCents: values.minSubtotal ? (parseReais(values.minSubtotal) ?? -1) : 0,
    startsAt: dateOrNull(values.startsAt ?? ''),
    endsAt: dateOrNull(values.endsAt ?? ''),
    usageLimit: intOrNull(values.usageLimit ?? ''),
    perCustomerLimit: intOrNull(values.perCustomerLimit ?? ''),
    combinable: checks.has('combinable'),
    active: checks.has('active'),
  } as CouponInput;
}

/** Schema paths → the admin form's inputs where they differ. */
export const couponFieldName = (path: string) =>
  path === 'minSubtotalCents' ? 'minSubtotal' : path;

const COUPON_TEXT_FIELDS = [
  'code',
  'kind',
  'value',
  'minSubtotal',
  'startsAt',
  'endsAt',
  'usageLimit',
  'perCustomerLimit',
] as const;

/** The admin form's FormData as coupon input (what both the browser and the action validate). */
export function couponFormDataToInput(form: FormData): CouponInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const values = Object.fromEntries(COUPON_TEXT_FIELDS.map((n) => [n, text(n)]));
  const checks = new Set(['combinable', 'active'].filter((k) => form.get(k) === 'on'));
  return couponFormToInput(values, checks);
}
