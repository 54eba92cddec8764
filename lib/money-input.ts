/**
 * Parses a price typed in reais ("1.299,90", "1299.9", "R$ 89") into integer centavos without
 * floating point. Returns null for anything that is not a non-negative amount with at most two
 * decimals.
 */
export function parseReaisToCents(input: string): number | null {
  let text = input.replace(/R\$|\s/g, '');
  if (text === '') return null;
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Centavos as an editable reais string with a comma ("1299,90"); the inverse of the parser. */
export function centsToReaisInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const whole = Math.trunc(cents / 100);
  return `${whole},${String(cents % 100).padStart(2, '0')}`;
}
