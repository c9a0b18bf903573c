// Word folding shared by what is indexed and what is searched: both sides must fold the same way or a search misses.

/** Combining marks left by NFD: dropping them folds "Macrón" and "MACRON" to the same word. */
const COMBINING_MARKS = /\p{M}+/gu;
/** A word is a run of letters and digits; apostrophes split ("l'état" → "l", "état") like most search engines. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Longer "words" are URLs or noise; truncating keeps index keys small. */
const MAX_TERM_LENGTH = 32;

/**
 * Function words of the languages the extractor reads most (English, French, Spanish, German). They sit in almost
 * every quote, so indexing them would multiply the term index by two while never narrowing a search.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'do', 'for', 'from', 'had', 'has', 'have', 'he',
  'her', 'his', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'me', 'my', 'no', 'not', 'of', 'on', 'or', 'our', 's',
  'she', 'so', 't', 'that', 'the', 'their', 'them', 'there', 'they', 'this', 'to', 'us', 'was', 'we', 'were', 'what',
  'which', 'who', 'will', 'with', 'would', 'you', 'your',
  // French
  'au', 'aux', 'ce', 'ces', 'd', 'dans', 'de', 'des', 'du', 'en', 'est', 'et', 'il', 'ils', 'j', 'je', 'l', 'la', 'le',
  'les', 'leur', 'm', 'mais', 'n', 'ne', 'nous', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 'se', 'sur', 'un',
  'une', 'vous',
  // Spanish
  'el', 'ella', 'es', 'lo', 'los', 'las', 'para', 'por', 'una', 'y',
  // German
  'das', 'der', 'die', 'ein', 'eine', 'ich', 'ist', 'mit', 'nicht', 'sie', 'und', 'zu',
]);

/** Lower case, accents and compatibility forms folded. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Every folded word of `s`, in order, duplicates kept (for similarity and for query parsing). */
export function words(s: string | null | undefined): string[] {
  if (!s) return [];
  return (fold(s).match(WORD) ?? []).map((w) => w.slice(0, MAX_TERM_LENGTH));
}

/** The distinct index terms of some texts: folded words minus function words. */
export function termsOf(...texts: ReadonlyArray<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (!STOPWORDS.has(w)) out.add(w);
  return [...out];
}

/** One key per person whatever the page's spelling of case and accents; '' when the article names no one. */
export function speakerKey(speaker: string | null | undefined): string {
  return words(speaker).join(' ');
}
