// Quote search from memory. The background is the history's only writer, so it can hold every group's search row
// (its words, each quote's word positions and speaker: schema.ts StoredWords) in memory and keep it true by applying
// each committed write (journal.ts). A search then goes through the groups in time order until its page is full and
// enough are counted (the rest of the count extrapolated, like the index's), instead of listing index keys: Chrome
// charges 6–27 µs a key, so a search of two common words cost tens of milliseconds; here 10,000 groups take one to
// three. Only the quotes of the page shown are then read from IndexedDB. The rows are loaded by the first search
// after the background starts, a batch per read transaction so writes go on meanwhile (writes committed during the
// load are applied again after it: each change sets its rows outright, so replaying one already read changes
// nothing). Until then, for searches filtered by date (known only from the articles) and for a history too large to
// hold, search goes through the word index (quote-search.ts). Words and speakers are interned: a group keeps them as
// numbers (about 1.2 kB a group of ten quotes).
import type { GroupKey } from './schema';
import type { WordsChange } from './journal';
import { byTime } from './postings';
import { readSearchRow, type BadRowReporter } from './rows';

/** Groups held at most (about 1.2 kB each): a larger history is searched through the index alone. */
export const MAX_GROUPS = 30_000;
/**
 * Groups whose matches are counted at least: past them, once the page is full and enough matches were counted, the
 * count is extrapolated over the groups left at the rate seen since the first match (a rate over a few hundred
 * matches is good to a few percent).
 */
export const COUNT_SPAN = 2_000;
/** Matches counted at least before extrapolating: fewer would make a rate too rough (a few in hundreds). */
const COUNT_MATCHES = 300;
/** Search rows read per read transaction while loading. */
const LOAD_BATCH = 250;

/** A group's search row as held: its words as numbers (-1: not a word), each quote's words, speakers as numbers. */
interface Entry {
  t: number;
  url: string;
  terms: Int32Array;
  /** Per quote: positions in `terms`, one character each (null: unreadable, never matches). */
  w: Array<string | null>;
  who: Int32Array;
}

/** A quote that matched: its group and its place among the group's quotes. */
export interface MemoryMatch {
  url: string;
  savedAt: number;
  index: number;
}

export interface MemoryQuery {
  exact: readonly string[];
  prefix: string | null;
  /** A speaker key, or null for any speaker. */
  speaker: string | null;
  inSite: (url: string) => boolean;
  /** Matches wanted in order (offset + limit); all are counted. */
  need: number;
}

export interface MemoryLoader {
  /** Up to `n` raw search rows after `after` (null: from the first), in key order. */
  rows(after: GroupKey | null, n: number): Promise<unknown[]>;
}

export interface SearchMemory {
  /** Starts loading the rows if they are not held or being loaded; resolves when they are held (or cannot be). */
  warm(): Promise<void>;
  /** Applies a committed write's changes. */
  apply(changes: readonly WordsChange[]): void;
  /**
   * Runs a search that does not use the memory (it is loading): the load waits between its batches until no such
   * search is running, so the searches a reader makes meanwhile are not queued behind it.
   */
  aside<T>(search: () => Promise<T>): Promise<T>;
  /** The first `need` matches and how many there are; null when the rows are not held yet. */
  search(q: MemoryQuery): { matches: MemoryMatch[]; total: number } | null;
  /** Whether the rows are held, and how many groups. */
  stats(): { state: string; groups: number };
  /** Forgets everything (the connection is closing). */
  drop(): void;
}

const keyOf = (e: { t: number; url: string }): GroupKey => [e.t, e.url];

export function createSearchMemory(loader: MemoryLoader, report: BadRowReporter = () => {}, maxGroups = MAX_GROUPS): SearchMemory {
  let state: 'cold' | 'loading' | 'ready' | 'too-large' = 'cold';
  let loading: Promise<void> | null = null;
  /** Changes committed while loading, applied again once loaded. */
  let queued: WordsChange[] = [];
  /** Bumped by drop(): a load begun before it is abandoned. */
  let generation = 0;
  /** Searches running beside the load, and the loads waiting for them to end (one, unless drop() left an old one). */
  let beside = 0;
  const waiting = new Set<() => void>();
  const wake = () => {
    for (const w of waiting) w();
    waiting.clear();
  };
  let termIds = new Map<string, number>();
  let termList: string[] = [];
  let speakerIds = new Map<string, number>();
  /** Every entry in key order (newest first); null when it must be sorted again. */
  let order: Entry[] | null = [];
  let byKey = new Map<string, Entry>();
  /** The term ids a start begins, for the last start asked (a start is asked again at every keystroke). */
  let startCache: { prefix: string; words: number; ids: Uint8Array; any: boolean } | null = null;

  const reset = () => {
    termIds = new Map();
    termList = [];
    speakerIds = new Map();
    order = [];
    byKey = new Map();
    startCache = null;
  };
  const idOf = (ids: Map<string, number>, s: string, list?: string[]) => {
    let id = ids.get(s);
    if (id === undefined) {
      id = ids.size;
      ids.set(s, id);
      list?.push(s);
    }
    return id;
  };
  const keyText = (t: number, url: string) => `${t}\u0000${url}`;

  /** A raw search row as held, or null (reported) when it is not one. */
  const toEntry = (raw: unknown): Entry | null => {
    const r = readSearchRow(raw, report);
    if (!r) return null;
    const who = r.who;
    return {
      t: r.t,
      url: r.url,
      terms: Int32Array.from(r.terms, (t) => (typeof t === 'string' ? idOf(termIds, t, termList) : -1)),
      w: r.w.map((x) => (typeof x === 'string' ? x : null)),
      who: Int32Array.from(r.w, (_, i) => (typeof who[i] === 'string' ? idOf(speakerIds, who[i] as string) : -1)),
    };
  };

  /** Where `key` is or would go in the sorted entries. */
  const place = (list: Entry[], key: GroupKey) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byTime(keyOf(list[mid]!), key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const remove = (t: number, url: string) => {
    const id = keyText(t, url);
    const old = byKey.get(id);
    if (!old) return;
    byKey.delete(id);
    if (order) order.splice(place(order, [t, url]), 1);
  };
  /** `sorted`: keep the order up to date (a few changes), else it is sorted again when next searched. */
  const applyOne = (c: WordsChange, sorted: boolean) => {
    if ('clear' in c) { reset(); return; }
    if ('del' in c) { remove(c.del[0], c.del[1]); return; }
    const r = c.put as { t?: unknown; url?: unknown } | null;
    if (r && typeof r.t === 'number' && typeof r.url === 'string') remove(r.t, r.url);
    const e = toEntry(c.put);
    if (!e) return;
    byKey.set(keyText(e.t, e.url), e);
    if (!sorted) order = null;
    else if (order) order.splice(place(order, keyOf(e)), 0, e);
  };
  const applyAll = (changes: readonly WordsChange[]) => {
    // An import's batch puts hundreds of rows: sorting once afterwards costs less than placing each.
    const sorted = changes.length <= 64;
    for (const c of changes) applyOne(c, sorted);
  };
  const sortedEntries = (): Entry[] => {
    if (!order) order = [...byKey.values()].sort((a, b) => byTime(keyOf(a), keyOf(b)));
    return order;
  };

  /** Which term ids start with `prefix` (a flag per id), and whether any does. */
  const startsOf = (prefix: string) => {
    if (startCache && startCache.prefix === prefix && startCache.words === termList.length) return startCache;
    const ids = new Uint8Array(termList.length);
    let any = false;
    // A longer start than the last one asked only narrows it.
    const from = startCache && prefix.startsWith(startCache.prefix) ? startCache : null;
    for (let i = 0; i < termList.length; i++) {
      if (from && i < from.ids.length && !from.ids[i]) continue;
      if (termList[i]!.startsWith(prefix)) { ids[i] = 1; any = true; }
    }
    startCache = { prefix, words: termList.length, ids, any };
    return startCache;
  };

  async function load(gen: number): Promise<void> {
    let after: GroupKey | null = null;
    let count = 0;
    for (;;) {
      while (beside > 0) {
        await new Promise<void>((r) => { waiting.add(r); });
        if (gen !== generation) return;
      }
      if (gen !== generation) return;
      const raws = await loader.rows(after, LOAD_BATCH);
      if (gen !== generation) return;
      count += raws.length;
      if (count > maxGroups) {
        reset();
        state = 'too-large';
        queued = [];
        return;
      }
      for (const raw of raws) applyOne({ put: raw }, false);
      if (raws.length < LOAD_BATCH) break;
      const last = raws[raws.length - 1] as { t: number; url: string };
      after = [last.t, last.url];
    }
    applyAll(queued);
    queued = [];
    state = 'ready';
  }

  return {
    warm() {
      if (state === 'ready' || state === 'too-large') return Promise.resolve();
      if (!loading) {
        state = 'loading';
        const gen = generation;
        loading = load(gen).catch(() => {
          // Unreadable now (a closed database, a failed read): searched through the index, tried again next time.
          if (gen !== generation) return;
          reset();
          queued = [];
          state = 'cold';
        }).finally(() => { if (gen === generation) loading = null; });
      }
      return loading;
    },
    async aside(search) {
      beside++;
      try {
        return await search();
      } finally {
        if (--beside === 0) wake();
      }
    },
    apply(changes) {
      if (changes.length === 0) return;
      if (state === 'ready') applyAll(changes);
      else if (state === 'loading') queued.push(...changes);
      // A clear empties even a history too large to hold: it may be held again.
      else if (state === 'too-large' && changes.some((c) => 'clear' in c)) state = 'cold';
    },
    search(q) {
      if (state !== 'ready') return null;
      const none = { matches: [], total: 0 };
      const exact: number[] = [];
      for (const w of q.exact) {
        const id = termIds.get(w);
        if (id === undefined) return none;
        exact.push(id);
      }
      const starts = q.prefix !== null ? startsOf(q.prefix) : null;
      if (starts && !starts.any) return none;
      // A quote without a speaker has '' for one, which no speaker filter asks for.
      const speaker = q.speaker === null ? -1 : q.speaker === '' ? undefined : speakerIds.get(q.speaker);
      if (speaker === undefined) return none;
      // Every group in time order. (Word lists would spare reading the groups without a rare word, about a
      // millisecond at 10,000 groups, but would more than double the memory held.)
      const groups = sortedEntries();
      const matches: MemoryMatch[] = [];
      let total = 0;
      const want = new Array<string>(exact.length);
      // Positions (within a group's words) of the words the start begins, flagged; cleared after each group.
      let startAt = new Uint8Array(64);
      const startPositions: number[] = [];
      let seen = 0;
      /** The place of the first group with a match: the rate is taken from there. */
      let firstAt = 0;
      // Every quote (a site filter at most): counted exactly, it costs little.
      const everything = exact.length === 0 && !starts && speaker < 0;
      for (const e of groups) {
        // The page is full and enough groups were counted: the rest are counted at the rate seen so far.
        if (matches.length >= q.need && seen >= COUNT_SPAN && total >= COUNT_MATCHES && !everything) break;
        seen++;
        const terms = e.terms;
        let skip = false;
        for (let j = 0; j < exact.length; j++) {
          const at = terms.indexOf(exact[j]!);
          if (at < 0) { skip = true; break; }
          want[j] = String.fromCharCode(at);
        }
        if (skip || !q.inSite(e.url)) continue;
        if (starts) {
          if (startAt.length < terms.length) startAt = new Uint8Array(terms.length * 2);
          for (let i = 0; i < terms.length; i++) {
            const id = terms[i]!;
            if (id >= 0 && starts.ids[id]) { startAt[i] = 1; startPositions.push(i); }
          }
          if (startPositions.length === 0) continue;
        }
        for (let i = 0; i < e.w.length; i++) {
          const w = e.w[i];
          if (w == null || (speaker >= 0 && e.who[i] !== speaker)) continue;
          let ok = true;
          for (let j = 0; j < want.length; j++) if (!w.includes(want[j]!)) { ok = false; break; }
          if (ok && starts) {
            ok = false;
            for (let c = 0; c < w.length; c++) if (startAt[w.charCodeAt(c)]) { ok = true; break; }
          }
          if (!ok) continue;
          if (total++ === 0) firstAt = seen - 1;
          if (matches.length < q.need) matches.push({ url: e.url, savedAt: -e.t, index: i });
        }
        for (const p of startPositions) startAt[p] = 0;
        startPositions.length = 0;
      }
      return { matches, total: seen < groups.length ? Math.round((total * (groups.length - firstAt)) / (seen - firstAt)) : total };
    },
    stats() {
      return { state, groups: byKey.size };
    },
    drop() {
      generation++;
      wake();
      loading = null;
      queued = [];
      reset();
      state = 'cold';
    },
  };
}
