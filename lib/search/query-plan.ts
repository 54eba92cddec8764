import { tokenize, toIdentifier } from './normalize';
import type { QueryPlan } from './types';

/** What the vocabulary knows about one query word. */
export type WordInfo = {
  /** The word (or its stem) occurs in some product: no correction needed. */
  known: boolean;
  /** Similar vocabulary words, best first, when the word is unknown. */
  candidates: string[];
};

export type PlanInput = {
  q: string;
  /** Treat the last word as a prefix: the shopper is still typing it. */
  prefixLast?: boolean;
  vocabulary: ReadonlyMap<string, WordInfo>;
  /** Groups of equivalent normalised terms (single words or phrases). */
  synonyms: readonly (readonly string[])[];
};

const MAX_CORRECTIONS = 2;

/** Words a query needs vocabulary information for (prefix words are never corrected). */
export function wordsToCheck(q: string, prefixLast = false): string[] {
  const words = tokenize(q);
  return prefixLast ? words.slice(0, -1) : words;
}

/**
 * Turns a query into groups of alternatives: each word, plus its typo corrections (only for
 * words no product contains) and its admin-defined synonyms. Pure, so both drivers and the tests
 * share it.
 */
export function buildQueryPlan({
  q,
  prefixLast = false,
  vocabulary,
  synonyms,
}: PlanInput): QueryPlan {
  const typed = tokenize(q);
  // A one-letter prefix after other words ("vestido l") matches nearly everything: wait for more.
  const words =
    prefixLast && typed.length > 1 && typed.at(-1)!.length < 2 ? typed.slice(0, -1) : typed;
  let corrected = false;
  const groups = words.map((word, index) => {
    const prefix = prefixLast && index === words.length - 1;
    const alternatives = [word];
    const info = vocabulary.get(word);
    if (!prefix && info && !info.known && info.candidates.length > 0) {
      alternatives.push(...info.candidates.slice(0, MAX_CORRECTIONS));
      corrected = true;
    }
    for (const group of synonyms) {
      if (alternatives.some((alt) => group.includes(alt)))
        for (const term of group) if (!alternatives.includes(term)) alternatives.push(term);
    }
    return { word, alternatives, prefix };
  });
  const correctedQuery = corrected
    ? words
        .map((word) => {
          const info = vocabulary.get(word);
          return info && !info.known && info.candidates[0] ? info.candidates[0] : word;
        })
        .join(' ')
    : null;
  const unmatchedWords = words.filter((word) => {
    const info = vocabulary.get(word);
    return info !== undefined && !info.known && info.candidates.length === 0;
  });
  return { groups, correctedQuery, identifier: toIdentifier(q), unmatchedWords };
}
