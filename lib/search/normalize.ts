/** Lower-case, accent-free form used for matching everywhere (queries, vocabulary, highlights). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const MAX_WORDS = 8;

/** Words of a query, normalised; punctuation separates words. Long queries keep their first words. */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/**
 * SKUs look like "LJ-00012-03"; barcodes are 8–14 digits. Either is a single token with digits,
 * so an exact identifier lookup runs alongside the text search.
 */
export function toIdentifier(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (value.length < 4 || value.length > 40 || /\s/.test(value)) return null;
  return /\d/.test(value) && /^[a-z0-9][a-z0-9._-]*$/.test(value) ? value : null;
}
