// The time-ordered word index behind quote search (schema v6). A group row (the quotes of one article saved at one
// time, schema.ts) is keyed [-savedAt, url], so the store lists the newest groups first (the timeline); its search
// row in 'words', under the same key, carries `terms`, the distinct words of its quotes, in the multi-entry index
// 'by-term'. An index lists one word's entries in primary key order: newest first, groups saved at the same time in
// URL order. A search reads a word's
// groups newest first and stops as soon as its page is full; the keys alone carry the time, so lists of keys are
// merged and intersected without reading a row. A word being typed is the key range of every word it starts.
// Changing what is indexed here needs a migration step, and the steps that used an old shape keep a frozen copy of
// it (migrations.ts).
import type { GroupKey } from './schema';

/** One word's entries, newest first. */
export const termRange = (term: string) => IDBKeyRange.only(term);

/** Every entry of every word starting with `prefix`: word by word, each word's newest first. */
export const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** The first index key after every entry of `word` (words hold no control character). */
export const afterWord = (word: string) => `${word}\u0000`;

/** The key of the group of `url` saved at `savedAt`. */
export const groupKey = (url: string, savedAt: number): GroupKey => [-savedAt, url];

/** The key a raw group row is stored under (its key path's values, whatever their types: check with isGroupKey). */
export const keyOfRow = (raw: unknown): GroupKey => {
  const r = raw as { t: number; url: string };
  return [r.t, r.url];
};

/** A group key as one string, for sets and maps. */
export const keyId = (k: GroupKey) => `${k[0]}\u0000${k[1]}`;

/** Newest saved first; groups saved at the same time in URL order (the store's and every index's order). */
export const byTime = (a: GroupKey, b: GroupKey) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** Whether a primary key read back from the store is a group key (anything else is skipped). */
export const isGroupKey = (k: unknown): k is GroupKey =>
  Array.isArray(k) && k.length === 2 && typeof k[0] === 'number' && typeof k[1] === 'string';
