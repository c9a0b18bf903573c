// The time-ordered word index behind quote search (schema v5). Every group row (the quotes of one article saved at
// one time, schema.ts) carries `postings`: one [term, -savedAt] pair per distinct word of its quotes and one timeline
// entry, all in the multi-entry index 'by-posting'. Ordered by key then primary key ([url, savedAt]), one word's
// entries run newest first, groups saved at the same time in URL order, so a search reads a word's groups newest
// first a batch at a time and stops as soon as its page is full. The primary keys alone carry the time, so lists of
// keys can be merged and ordered without reading a row. A word being typed is the key range of every word it starts.
// Changing what is indexed here needs a migration step, and the steps that used an old shape keep a frozen copy of
// it (migrations.ts).
import type { GroupKey } from './schema';

/** The timeline: every group, newest first (no word is empty, so it cannot clash with a word's entries). */
export const TIMELINE = '';

export type Posting = [term: string, negSavedAt: number];

/** The postings of a group saved at `savedAt` whose quotes hold `terms` (repeats are indexed once). */
export function postingsOf(terms: Iterable<string>, savedAt: number): Posting[] {
  const keys = new Set<string>([TIMELINE, ...terms]);
  return [...keys].map((k) => [k, -savedAt]);
}

/** One posting list from `negSavedAt` (inclusive) to the oldest. */
export const listRange = (term: string, fromNeg = -Infinity) => IDBKeyRange.bound([term, fromNeg], [term, Infinity]);

/** Every entry of every word starting with `prefix`: word by word, each word's newest first. */
export const prefixRange = (prefix: string) => IDBKeyRange.bound([prefix, -Infinity], [`${prefix}\uffff`, Infinity]);

/** The first key after every entry of `word` (words hold no control character). */
export const afterWord = (word: string): Posting => [`${word}\u0000`, -Infinity];

/** Every group of one article. */
export const groupsOfUrl = (url: string) => IDBKeyRange.bound([url, -Infinity], [url, Infinity]);

/** A group key as one string, for sets and maps. */
export const keyId = (k: GroupKey) => `${k[1]}\u0000${k[0]}`;

/** Newest saved first; groups saved at the same time in URL order (the index's order). */
export const byTime = (a: GroupKey, b: GroupKey) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Whether a primary key read back from the store is a group key (anything else is skipped). */
export const isGroupKey = (k: unknown): k is GroupKey =>
  Array.isArray(k) && k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'number';
