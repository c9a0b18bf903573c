// Posting lists read by keys alone, newest first, a batch at a time, for searches of several words: a group key
// holds its time, so the groups holding every word are found by intersecting the lists' keys as far back as all of
// them have been read, and only those groups' rows are read. Keys cost Chrome a fraction of what a row does.
import { byTime, isGroupKey, keyId, termRange } from './postings';
import type { PostingIndex } from './key-scan';
import type { GroupKey } from './schema';

/**
 * One word's keys, newest first, handed out a few at a time. A listing cannot start after a given entry of a word,
 * so each listing asks again from the word's start for twice as many as before: what is listed in all is at most
 * about twice what is used.
 */
export interface KeyStream {
  /** The next `n` keys at most (fewer at the end of the list). */
  next(n: number): Promise<GroupKey[]>;
  /** Index entries listed so far, repeats included. */
  readonly listed: number;
}

export function keyStream(index: PostingIndex, term: string): KeyStream {
  let buffer: GroupKey[] = [];
  let at = 0;
  let end = false;
  let listed = 0;
  return {
    get listed() { return listed; },
    async next(n) {
      if (buffer.length - at < n && !end) {
        const want = Math.max(2 * buffer.length, at + n);
        const got = await index.getAllKeys(termRange(term), want);
        listed += got.length;
        if (got.length < want) end = true;
        buffer = got.filter(isGroupKey);
      }
      const out = buffer.slice(at, at + n);
      at += out.length;
      return out;
    },
  };
}

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
  /** Reads about `n` more keys; resolves to how many index entries were listed. */
  extend(n: number): Promise<number>;
}

export function keyList(index: PostingIndex, term: string): KeyList {
  const stream = keyStream(index, term);
  const keys: GroupKey[] = [];
  const ids = new Set<string>();
  let done = false;
  return {
    keys,
    ids,
    get done() { return done; },
    edge: () => keys[keys.length - 1] ?? null,
    async extend(n) {
      const before = stream.listed;
      const got = await stream.next(n);
      if (got.length < n) done = true;
      for (const k of got) { keys.push(k); ids.add(keyId(k)); }
      return stream.listed - before;
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
