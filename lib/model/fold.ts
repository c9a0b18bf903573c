// Folding of names and words, one way for every context: what storage indexes, what a search asks, and how the UI
// groups speakers must agree, or "Macrón" saved is not "MACRON" searched and one person shows as two.

/** Combining marks left by NFD: dropping them folds "Macrón" and "MACRON" to the same word. */
const COMBINING_MARKS = /\p{M}+/gu;
/** A word is a run of letters and digits; apostrophes split ("l'état" → "l", "état") like most search engines. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Longer "words" are URLs or noise; truncating keeps index keys small. */
const MAX_TERM_LENGTH = 32;

/** Lower case, accents and compatibility forms folded. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Every folded word of `s`, in order, duplicates kept (for similarity and for query parsing). */
export function words(s: string | null | undefined): string[] {
  if (!s) return [];
  return (fold(s).match(WORD) ?? []).map((w) => w.slice(0, MAX_TERM_LENGTH));
}

/** One key per person whatever the page's spelling of case, accents and punctuation; '' when the article names no one. */
export function speakerKey(speaker: string | null | undefined): string {
  return words(speaker).join(' ');
}
