// Posting lists read by keys alone, newest first, a batch at a time, for searches of several words: a group key
// holds its time, so the groups holding every word are found by intersecting the lists' keys as far back as all of
// them have been read, and only those groups' rows are read. A key costs Chrome 6–27 µs to list, a search row read
// by key 60–130 µs (quote-search.ts weighs the two).
import { unwrap } from 'idb';
import { byTime, isGroupKey, keyId, keyOfRow, termRange } from './postings';
import type { PostingIndex } from './key-scan';
import type { GroupKey } from './schema';

/**
 * One word's keys, newest first, handed out a few at a time. A listing cannot start after a given entry of a word,
 * so each listing asks again from the word's start for twice as many as before (32 at least): what is listed in all
 * is at most about three times what is used.
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
        const want = Math.max(2 * buffer.length, at + n, 32);
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

/**
 * One word's groups, rows and keys, newest first, read along an open cursor a few at a time: a word's list cannot
 * be listed on from a given entry, and Chrome fetches a cursor's next rows in batches once it is stepped on and on,
 * so this costs about what a getAll of the same rows does, without asking for any row twice.
 */
export interface RowStream {
  next(n: number): Promise<{ raws: unknown[]; keys: GroupKey[]; end: boolean }>;
}

/** A row stream for `term`, from its newest group, or from the first one after `after`. */
export function rowStream(index: PostingIndex, term: string, after?: GroupKey): RowStream {
  return after === undefined ? listedRows(index, term) : cursorRows(index, term, after);
}

function listedRows(index: PostingIndex, term: string): RowStream {
  let buffer: unknown[] = [];
  let at = 0;
  let end = false;
  return {
    async next(n) {
      if (buffer.length - at < n && !end && n > 0) {
        const want = Math.max(at + n, 2 * buffer.length, 16);
        buffer = await index.getAll(termRange(term), want);
        if (buffer.length < want) end = true;
      }
      const taken = buffer.slice(at, at + Math.max(0, n));
      at += taken.length;
      // The store's key path is [t, url]: a row's key is read from it (a row under any other key is skipped).
      const raws: unknown[] = [];
      const keys: GroupKey[] = [];
      for (const raw of taken) {
        const k = keyOfRow(raw);
        if (isGroupKey(k)) { raws.push(raw); keys.push(k); }
      }
      return { raws, keys, end: end && at >= buffer.length };
    },
  };
}

function cursorRows(index: PostingIndex, term: string, after: GroupKey): RowStream {
  let request: IDBRequest<IDBCursorWithValue | null> | null = null;
  let end = false;
  // Still to skip to the first group after `after` (once the cursor is open).
  let skip = after !== undefined;
  return {
    next(n) {
      return new Promise((resolve, reject) => {
        const raws: unknown[] = [];
        const keys: GroupKey[] = [];
        if (end || n <= 0) { resolve({ raws, keys, end }); return; }
        const take = () => {
          const cursor = request!.result;
          if (!cursor) { end = true; resolve({ raws, keys, end }); return; }
          if (skip) {
            skip = false;
            if (byTime(cursor.primaryKey as GroupKey, after!) < 0) { cursor.continuePrimaryKey(term, after!); return; }
          }
          if (after !== undefined && isGroupKey(cursor.primaryKey) && byTime(cursor.primaryKey, after) === 0) { cursor.continue(); return; }
          if (isGroupKey(cursor.primaryKey)) { raws.push(cursor.value); keys.push(cursor.primaryKey); }
          // Left on the last row taken: the next call steps on from it.
          if (raws.length >= n) resolve({ raws, keys, end });
          else cursor.continue();
        };
        if (!request) {
          request = unwrap(index).openCursor(termRange(term));
          request.onerror = () => reject(request!.error);
          request.onsuccess = take;
        } else {
          request.onerror = () => reject(request!.error);
          request.onsuccess = take;
          request.result!.continue();
        }
      });
    },
  };
}
