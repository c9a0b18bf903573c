// The newest groups holding a word being typed, from the time-ordered word index, by keys alone: the words it starts
// are found by jumping from one word's first index key to the next (each word's first key is its newest group), then
// each word's newest keys are listed; a word whose newest group is older than the newest kept so far is not. A group
// key holds its time, so the lists are merged without reading a row.
import type { IDBPIndex } from 'idb';
import { unwrap } from 'idb';
import { afterWord, byTime, isGroupKey, keyId, prefixRange, termRange } from './postings';
import type { GroupKey, QuotelensDB } from './schema';

export type PostingIndex = IDBPIndex<QuotelensDB, ['visits', 'groups', 'words'], 'words', 'by-term', 'readonly'>;

/** Words whose keys are listed at once. */
const WORDS_AT_ONCE = 8;

export interface Newest {
  /** The newest groups holding a word with the start, newest first, at most `per`. */
  keys: GroupKey[];
  /** Every entry of the range was listed: `keys` is every group it holds. */
  whole: boolean;
}

interface WordHead {
  word: string;
  newest: GroupKey;
}

/** Each word starting with `prefix` and its newest group; null when there are more than `max` such words. */
export function wordsOf(index: PostingIndex, prefix: string, max: number): Promise<WordHead[] | null> {
  return new Promise((resolve, reject) => {
    const found: WordHead[] = [];
    const request = unwrap(index).openKeyCursor(prefixRange(prefix));
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) { resolve(found); return; }
      if (found.length === max) { resolve(null); return; }
      const word = cursor.key as string;
      if (isGroupKey(cursor.primaryKey)) found.push({ word, newest: cursor.primaryKey });
      cursor.continue(afterWord(word));
    };
  });
}

/**
 * The `per` newest groups holding a word that starts with `prefix`. Words are taken newest first; a word's `per`
 * newest groups are listed, unless its newest group is older than the `per`-th kept so far. Resolves to null when
 * the prefix starts more than `maxWords` words.
 */
export async function newestOfPrefix(index: PostingIndex, prefix: string, per: number, maxWords: number): Promise<Newest | null> {
  const words = await wordsOf(index, prefix, maxWords);
  if (!words) return null;
  words.sort((a, b) => byTime(a.newest, b.newest));
  const best: GroupKey[] = [];
  const kept = new Set<string>();
  let whole = true;
  const full = () => best.length >= per;
  for (let i = 0; i < words.length;) {
    const batch: WordHead[] = [];
    while (i < words.length && batch.length < WORDS_AT_ONCE) {
      const w = words[i++]!;
      // A word whose newest group is older than the last kept cannot add to them.
      if (full() && byTime(w.newest, best[per - 1]!) >= 0) whole = false;
      else batch.push(w);
    }
    const listed = await Promise.all(batch.map(({ word }) => index.getAllKeys(termRange(word), per)));
    for (const keys of listed) {
      if (keys.length >= per) whole = false;
      for (const k of keys) {
        if (!isGroupKey(k) || kept.has(keyId(k))) continue;
        if (full() && byTime(k, best[per - 1]!) >= 0) continue;
        // A group holding two words with this start is listed under both: kept once.
        let at = best.length;
        while (at > 0 && byTime(k, best[at - 1]!) < 0) at--;
        best.splice(at, 0, k);
        kept.add(keyId(k));
        if (best.length > per) kept.delete(keyId(best.pop()!));
      }
    }
  }
  return { keys: best, whole };
}

/**
 * Whether `term` is in a group saved at `from` (as -savedAt) or before: one step to its newest group, one seek past
 * every newer one. A word's oldest group is found by stepping its list backwards, which costs Chrome up to 12 ms on
 * a long list; this asks only whether the list reaches back that far.
 */
export function reachesBack(index: PostingIndex, term: string, from: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = unwrap(index).openKeyCursor(termRange(term));
    let sought = false;
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || !isGroupKey(cursor.primaryKey)) { resolve(cursor !== null); return; }
      if (sought || cursor.primaryKey[0] >= from) { resolve(true); return; }
      sought = true;
      cursor.continuePrimaryKey(term, [from, '']);
    };
  });
}
