/**
 * The shopper's link to a carrier's public tracking page: the carrier's template (stored in the
 * `carriers` table) with `{code}` replaced by the URL-encoded tracking code; null without one.
 */
export function carrierTrackingUrl(template: string | null | undefined, code: string) {
  if (!template || !code) return null;
  return template.replaceAll('{code}', encodeURIComponent(code));
}
