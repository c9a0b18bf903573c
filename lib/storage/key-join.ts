// Posting lists read by keys alone, newest first, a window at a time, for searches of several words: a group key
// holds its time, so the groups holding every word are found by intersecting the lists' keys as far back as all of
// them have been read, and only those groups' rows are read. Keys cost Chrome a fraction of what a row does.
import { byTime, isGroupKey, keyId, listRange } from './postings';
import type { PostingIndex } from './key-scan';
import type { GroupKey } from './schema';

/** One word's list of groups, read newest first a batch of keys at a time. */
export interface KeyList {
  /** Every key read so far, newest first. */
  readonly keys: GroupKey[];
  /** The same, as keyId strings. */
  readonly ids: Set<string>;
  /** The list was read to its end. */
  readonly done: boolean;
  /** The oldest key read so far (null before the first read or when the list is empty). */
  edge(): GroupKey | null;
  /** Reads about `n` more keys; resolves to how many entries were read. */
  extend(n: number): Promise<number>;
}

export function keyList(index: PostingIndex, term: string): KeyList {
  const keys: GroupKey[] = [];
  const ids = new Set<string>();
  let done = false;
  // Where the next batch starts: keys at time `from` up to URL `lastUrl` were read already (a range cannot start
  // after a primary key, and groups saved at the same instant share an index key).
  let from = -Infinity;
  let lastUrl: string | null = null;
  return {
    keys,
    ids,
    get done() { return done; },
    edge: () => keys[keys.length - 1] ?? null,
    async extend(n) {
      let read = 0;
      for (let want = n; !done; want *= 2) {
        const got = await index.getAllKeys(listRange(term, from), want);
        read += got.length;
        if (got.length < want) done = true;
        let fresh = 0;
        for (const k of got) {
          if (!isGroupKey(k)) continue;
          if (-k[1] === from && lastUrl !== null && k[0] <= lastUrl) continue;
          keys.push(k);
          ids.add(keyId(k));
          fresh++;
        }
        const last = keys[keys.length - 1];
        if (last) { from = -last[1]; lastUrl = last[0]; }
        // Everything read shares one time with what was read before: read a longer run from the same start.
        if (fresh > 0) break;
      }
      return read;
    },
  };
}

/** The newest edge among lists not read to their end: every list is complete down to it (null: all are complete). */
export function windowEdge(lists: readonly KeyList[]): GroupKey | null {
  let w: GroupKey | null = null;
  for (const l of lists) {
    if (l.done) continue;
    // A list not read to its end has a key read (extend reads until it has one or the list ends).
    const e = l.edge();
    if (e !== null && (w === null || byTime(e, w) < 0)) w = e;
  }
  return w;
}
