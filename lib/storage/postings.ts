// The time-ordered word index behind quote search (schema v3). Every quote row carries `postings`: one
// [term, -savedAt] pair per distinct word, per distinct three-letter start of a word, and one timeline entry, all in
// the multi-entry index 'by-posting'. Ordered by key then primary key, one word's entries run newest first, so a
// search reads rows with getAll(range, n) a batch at a time and stops as soon as its page is full: Chrome answers a
// getAll of hundreds of rows in about the time of a few single requests.

/** The timeline: every quote, newest first (no word is empty, so it cannot clash with a word's entries). */
export const TIMELINE = '';
/** Length of the word starts indexed for the word being typed; a shorter start walks the timeline instead. */
export const START_LENGTH = 3;
/** Marks word-start entries apart from words (a word never holds a control character). */
const START_MARK = '\u0001';

export type Posting = [term: string, negSavedAt: number];

export const startKey = (prefix: string) => START_MARK + prefix.slice(0, START_LENGTH);

export function postingsOf(terms: readonly string[], savedAt: number): Posting[] {
  const keys = new Set<string>([TIMELINE]);
  for (const t of terms) {
    keys.add(t);
    if (t.length >= START_LENGTH) keys.add(startKey(t));
  }
  return [...keys].map((k) => [k, -savedAt]);
}

/** One posting list from `negSavedAt` (inclusive) to the oldest. */
export const listRange = (term: string, fromNeg = -Infinity) => IDBKeyRange.bound([term, fromNeg], [term, Infinity]);
