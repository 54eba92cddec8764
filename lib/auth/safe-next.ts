/** Where to go after sign-in: only a path on this site (no open redirect to "//evil" or "/\evil"). */
export function safeNextPath(value: unknown, fallback = '/account'): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  if (value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return fallback;
  return value;
}
