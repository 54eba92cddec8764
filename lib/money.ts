/**
 * Money is stored as integer minor units (centavos) plus an ISO 4217 code. Division happens only
 * here, for display, using the currency's own number of minor digits.
 */
export function formatMoney(cents: number, currency: string, locale: string): string {
  if (!Number.isInteger(cents))
    throw new TypeError(`money must be integer minor units, got ${cents}`);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(cents / 10 ** digits);
}
