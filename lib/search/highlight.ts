import { normalizeText } from './normalize';
import type { HighlightSegment, QueryPlan } from './types';

// Portuguese plurals and inflections mostly differ in the last letters: compare a stem-like prefix.
const stemOf = (word: string) => (word.length > 5 ? word.slice(0, word.length - 2) : word);

function matcherFor(plan: QueryPlan) {
  const words = plan.groups.flatMap((group) =>
    group.alternatives.flatMap((alt) =>
      alt
        .split(' ')
        // Short words are mostly articles and prepositions ("de", "e"): never worth marking.
        .filter((w) => w.length >= 3 || group.prefix)
        .map((w) => ({ w, prefix: group.prefix })),
    ),
  );
  return (word: string) => {
    const normal = normalizeText(word);
    return words.some(({ w, prefix }) =>
      prefix ? normal.startsWith(w) : normal === w || normal.startsWith(stemOf(w)),
    );
  };
}

/**
 * Splits `text` into matched and unmatched segments, accent- and case-insensitively. Computed
 * the same way for both drivers, so results look identical whichever one answered.
 */
export function highlightText(text: string, plan: QueryPlan): HighlightSegment[] {
  const isMatch = matcherFor(plan);
  const segments: HighlightSegment[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const match = /[\p{L}\p{N}]/u.test(part) && part.length > 1 && isMatch(part);
    const last = segments.at(-1);
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}
