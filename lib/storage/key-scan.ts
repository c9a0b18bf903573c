// The newest quotes of a word being typed, from the time-ordered word index: the words it starts are found by
// jumping from one word's first index key to the next (each word's first key is its newest quote), then only the
// newest rows of the words that can still reach the page are read, a few words at a time.
import type { IDBPIndex } from 'idb';
import { unwrap } from 'idb';
import { afterWord, listRange, prefixRange, type Posting } from './postings';
import type { QuotelensDB } from './schema';

/** A quote's place in time order: newest saved first, quotes saved together in id order (as the index lists them). */
export interface Entry {
  neg: number;
  id: string;
}

/** Sort order of entries: newest first, then by id. */
export const byTime = (a: Entry, b: Entry) => a.neg - b.neg || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type PostingIndex = IDBPIndex<QuotelensDB, ['visits', 'quotes'], 'quotes', 'by-posting', 'readonly'>;

/** Words whose rows are read at once while the newest quotes are gathered. */
const WORDS_AT_ONCE = 8;

export interface Newest {
  /** The newest quotes, newest first, at most `per`, with their raw rows. */
  entries: Array<Entry & { raw: unknown }>;
  /** Every entry of the range was read: `entries` is every quote it holds. */
  whole: boolean;
}

interface WordHead {
  word: string;
  newest: Entry;
}

/** Each word starting with `prefix` and its newest entry; null when there are more than `max` such words. */
function wordsOf(index: IDBIndex, prefix: string, max: number): Promise<WordHead[] | null> {
  return new Promise((resolve, reject) => {
    const found: WordHead[] = [];
    const request = index.openKeyCursor(prefixRange(prefix));
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) { resolve(found); return; }
      if (found.length === max) { resolve(null); return; }
      const [word, neg] = cursor.key as Posting;
      found.push({ word, newest: { neg, id: cursor.primaryKey as string } });
      cursor.continue(afterWord(word));
    };
  });
}

/**
 * The `per` newest quotes holding a word that starts with `prefix`. Words are
 * taken newest first; a word is read only back to the `per`-th newest quote kept so far, and a word whose newest
 * quote is older than that is not read at all. Resolves to null when the prefix starts more than `maxWords` words.
 */
export async function newestOfPrefix(
  index: PostingIndex, prefix: string, per: number, maxWords: number,
): Promise<Newest | null> {
  const words = await wordsOf(unwrap(index), prefix, maxWords);
  if (!words) return null;
  // The word typed so far first (when it is a word): it is usually the commonest, so its newest quotes bound the
  // others to a few rows each. Then the words with the newest quotes.
  words.sort((a, b) => Number(b.word === prefix) - Number(a.word === prefix) || byTime(a.newest, b.newest));
  const best: Array<Entry & { raw: unknown }> = [];
  const kept = new Set<string>();
  let whole = true;
  const full = () => best.length >= per;
  // Only entries newer than the `per`-th kept can still make the page.
  const bound = (word: string) => (full() ? IDBKeyRange.bound([word, -Infinity], [word, best[per - 1]!.neg]) : listRange(word));
  for (let i = 0, first = true; i < words.length; first = false) {
    // The first word alone: it usually fills the page and bounds the others to a few rows each.
    const batch: WordHead[] = [];
    while (i < words.length && batch.length < (first ? 1 : WORDS_AT_ONCE)) {
      const w = words[i++]!;
      // A word whose newest quote is older than the page's last cannot add to it.
      if (full() && byTime(w.newest, best[per - 1]!) >= 0) whole = false;
      else batch.push(w);
    }
    const read = await Promise.all(batch.map(({ word }) => {
      const bounded = full();
      return index.getAll(bound(word), per).then((raws) => ({ raws, bounded }));
    }));
    for (const { raws, bounded } of read) {
      if (bounded || raws.length >= per) whole = false;
      for (const raw of raws) {
        const r = raw as { id?: unknown; savedAt?: unknown } | null;
        if (!r || typeof r.id !== 'string' || typeof r.savedAt !== 'number' || kept.has(r.id)) continue;
        const entry = { neg: -r.savedAt, id: r.id, raw };
        if (full() && byTime(entry, best[per - 1]!) >= 0) continue;
        // A quote holding two words with this start is listed under both: kept once.
        let at = best.length;
        while (at > 0 && byTime(entry, best[at - 1]!) < 0) at--;
        best.splice(at, 0, entry);
        kept.add(entry.id);
        if (best.length > per) kept.delete(best.pop()!.id);
      }
    }
  }
  return { entries: best, whole };
}
