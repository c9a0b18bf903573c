// The time-ordered word index behind quote search (schema v4). Every quote row carries `postings`: one
// [term, -savedAt] pair per distinct word and one timeline entry, all in the multi-entry index 'by-posting'. Ordered
// by key then primary key, one word's entries run newest first, so a search reads a word's quotes newest first a
// batch at a time and stops as soon as its page is full. A word being typed is the key range of every word it starts
// (quote-search.ts reads that range word by word). Rows saved by v3 also hold entries for three-letter word starts,
// marked with \u0001: no range a search reads reaches them. Changing what is indexed here needs a migration step, and
// the steps that used the old shape keep a frozen copy of it (migrations.ts).

/** The timeline: every quote, newest first (no word is empty, so it cannot clash with a word's entries). */
export const TIMELINE = '';

export type Posting = [term: string, negSavedAt: number];

export function postingsOf(terms: readonly string[], savedAt: number): Posting[] {
  const keys = new Set<string>([TIMELINE, ...terms]);
  return [...keys].map((k) => [k, -savedAt]);
}

/** One posting list from `negSavedAt` (inclusive) to the oldest. */
export const listRange = (term: string, fromNeg = -Infinity) => IDBKeyRange.bound([term, fromNeg], [term, Infinity]);

/** Every entry of every word starting with `prefix`: word by word, each word's newest first. */
export const prefixRange = (prefix: string) => IDBKeyRange.bound([prefix, -Infinity], [`${prefix}\uffff`, Infinity]);

/** The first key after every entry of `word` (words hold no control character). */
export const afterWord = (word: string): Posting => [`${word}\u0000`, -Infinity];
