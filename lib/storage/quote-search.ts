// Quote search by words (any order, the last one a prefix while it is typed, speaker and role words too), with
// optional speaker, site and date filters, over the time-ordered word index (postings.ts). The index lists groups
// (an article's quotes saved together), so every condition is checked on the quotes of the groups' search rows read
// (their words and speakers, without the texts); rows are read newest first and only until the page is full, and
// only the page's quotes are read from their groups. Keys hold the time, so lists of keys are merged and intersected
// in time order without reading a row. Words common together are found by walking one word's list a batch of rows
// at a time; other searches of several words intersect the words' lists by keys a window at a time (key-join.ts) and
// read only the groups holding them all. A word being typed alone is read through its groups' keys when they are few,
// else through the newest keys of each word it starts (key-scan.ts). In the background, once a search has loaded
// them, the search rows held in memory answer instead (search-memory.ts), except for a date filter.
import type { QuoteHit } from '../model';
import { articleTime, readGroupHead, readGroupQuote, readSearchRow } from './rows';
import { speakerKey } from './text';
import { isEmptyQuery, parseQuery } from './term-query';
import { byTime, groupKey, isGroupKey, keyId, keyOfRow, prefixRange, termRange } from './postings';
import { newestOfPrefix, reachesBack, wordsOf } from './key-scan';
import { keyList, rowStream, windowEdge, type KeyList } from './key-join';
import { newestFirst, toHit, urlsOfSite, visitCache } from './quote-hits';
import { allRequests, read, type StoreContext } from './tx';
import type { GroupKey } from './schema';
import type { Hits } from './quotes';

export interface SearchOptions {
  query: string;
  speaker?: string;
  /** Site name or host name ("BBC News", "bbc.co.uk"), compared folded. */
  site?: string;
  /** Epoch ms bounds, inclusive, on the article's date (published, else when saved). */
  from?: number;
  to?: number;
  offset: number;
  limit: number;
}

/** Keys listed per word at most: a word in fewer groups is listed whole by keys; a commoner one is checked on rows. */
const KEYS_CAP = 300;
/** Candidate groups read whole (so the count is exact) when there are no more than this. */
const READ_WHOLE = 40;
/** Words a typed start may cover to be read word by word; a broader start is left to the timeline. */
const MAX_WORDS = 48;
/**
 * Groups a walk begun to try whether its matches are dense may read before the page is full: it goes on while the
 * matches so far project the page within this many, else the search lists keys instead. The timeline, for a word
 * being typed, may go further than a word's list: the start's other ways (listing its words) cost more than keys of
 * a few words. A search row read in a batch costs about what listing three keys does.
 */
const TRY_TIMELINE = 600;
const TRY_WORD = 160;
/** A typed start this short is in too many groups to list by keys: it is checked on rows. */
const SHORT_START = 2;
/**
 * A list letting through this share of the driver's groups hardly narrows them: its word is checked on the rows
 * instead (walking the driver's rows costs less than fetching half of them one by one).
 */
const KEEP_SHARE = 0.5;
/**
 * Groups a word being typed with other words may be in for their search rows to be read at once (each costs about
 * what listing three keys does; listing a start's keys costs as much again).
 */
const START_CAP = 300;
/** Words a start being typed may begin for their lists to be read with the other words' (more: checked on rows). */
const START_WORDS = 8;
/** Candidate groups read one by one at the end of a list rather than listing other words' keys further. */
const ROWS_BY_ID = 64;
/**
 * What reading a group's search row by its key costs Chrome, in index keys listed (a key is an entry). Measured in
 * Chromium 156 at 10,000 articles: a key listed 6–10 µs (Chrome checks each index entry against its row), a search
 * row read by key 60–130 µs, 20–30 µs when listed by getAll; a whole group (its quotes' texts too) 60–150 µs.
 */
const ROW_COST = 15;
/** What reading a group's search row along a word's list costs, in keys listed (rows listed by getAll, some twice). */
const WALK_ROW_COST = 3;
/** Groups in the first batch of a walk: a common word fills a page of 20 from it. Later ones grow as needed. */
const FIRST_BATCH = 16;
const MAX_BATCH = 400;
/** Groups read at most for one search: bounds a keystroke whose words are common but never together. */
const WALK_CAP = 6_000;
/** Keys listed per word in the first window of a search of several words, and at most in a later one. */
const JOIN_BATCH = 200;
const MAX_JOIN_BATCH = 2_000;
/** Keys listed at most for one search of several words. */
const JOIN_CAP = 40_000;

/** A walk along one word's groups (or all of them), newest first; `step` reads one batch and says whether the walk is over. */
interface Walk {
  step(): Promise<boolean>;
  /** Matches found so far. */
  found(): number;
  /** Groups read so far. */
  walked(): number;
  /** The page; `exact` when the list was read to its end, so the count is not extrapolated. */
  result(): Promise<WalkResult>;
}

interface WalkResult extends Hits {
  exact: boolean;
  /** Every match found, in order. */
  rows: Match[];
}

/** A quote that matched, as its group's search row names it: the texts are read only for the page shown. */
interface Match {
  url: string;
  savedAt: number;
  /** Its place among its group's quotes (their order on the page). */
  index: number;
}

/** How many groups the quotes come from. */
const groupsIn = (rows: readonly Match[]) => new Set(rows.map((r) => keyId(groupKey(r.url, r.savedAt)))).size;

export async function searchQuotes(ctx: StoreContext, opts: SearchOptions): Promise<Hits> {
  const q = parseQuery(opts.query);
  const wantSpeaker = opts.speaker !== undefined ? speakerKey(opts.speaker) : null;
  const site = opts.site?.trim() ? opts.site : null;
  const dated = opts.from !== undefined || opts.to !== undefined;
  // Counted before the read transaction: awaiting another transaction inside it would let it close.
  const everything = isEmptyQuery(q) && wantSpeaker === null && site === null && !dated ? await ctx.quoteCount() : null;
  const need = opts.offset + opts.limit;

  return read(ctx, ['visits', 'groups', 'words'], async (tx) => {
    const groups = tx.objectStore('groups');
    const words = tx.objectStore('words');
    const index = words.index('by-term');
    const visitOf = visitCache(tx, ctx);
    const siteUrls = site !== null ? await urlsOfSite(tx, site) : null;
    const inSite = (url: string) => !siteUrls || siteUrls.has(url);

    /** The matching quotes of raw search rows, in order; the article date is checked only when asked for. */
    const matchesOf = async (raws: readonly unknown[]): Promise<Match[]> => {
      const rows: Match[] = [];
      for (const raw of raws) {
        if (raw === undefined) continue;
        const r = readSearchRow(raw, ctx.report);
        if (!r) continue;
        const at = termPositions(r.terms, q.exact, q.prefix);
        if (!at || !inSite(r.url)) continue;
        for (let i = 0; i < r.w.length; i++) {
          const words = r.w[i];
          if (typeof words !== 'string' || !at.exact.every((c) => words.includes(c))) continue;
          if (at.starts.size > 0 && ![...words].some((c) => at.starts.has(c.charCodeAt(0)))) continue;
          if (wantSpeaker !== null && r.who[i] !== wantSpeaker) continue;
          rows.push({ url: r.url, savedAt: -r.t, index: i });
        }
      }
      if (!dated) return rows;
      const visits = await Promise.all(rows.map((r) => visitOf(r.url)));
      return rows.filter((r, i) => {
        const v = visits[i];
        if (!v) return false;
        const t = articleTime(v.published, r.savedAt);
        return !((opts.from !== undefined && t < opts.from) || (opts.to !== undefined && t > opts.to));
      });
    };
    /** The hits of matches: their groups read (each once) for the quotes' texts, their articles for the rest. */
    const hitsOf = async (found: readonly Match[]): Promise<QuoteHit[]> => {
      const heads = new Map<string, Promise<ReturnType<typeof readGroupHead>>>();
      const headOf = (m: Match) => {
        const key = groupKey(m.url, m.savedAt);
        let h = heads.get(keyId(key));
        if (!h) {
          h = groups.get(key).then((raw) => (raw === undefined ? null : readGroupHead(raw, ctx.report)));
          heads.set(keyId(key), h);
        }
        return h;
      };
      const [gs, visits] = await Promise.all([Promise.all(found.map(headOf)), Promise.all(found.map((m) => visitOf(m.url)))]);
      return found.flatMap((m, i) => {
        const head = gs[i];
        const row = head ? readGroupQuote(head, head.quotes[m.index], ctx.report) : null;
        return row && visits[i] ? [toHit(row, visits[i])] : [];
      });
    };
    const page = (found: Match[]) => hitsOf(found.slice(opts.offset, need));
    /** Every match among rows read at once, sorted: the count is exact. */
    const sortedWhole = async (raws: unknown[]): Promise<Hits> => {
      const found = (await matchesOf(raws)).sort(newestFirst);
      return { hits: await page(found), total: found.length };
    };

    // Held in memory (the background's search rows, search-memory.ts): every group scanned, the count exact. The
    // articles' dates are not held: a date filter goes through the index.
    const memory = ctx.searchMemory;
    if (memory && !dated) {
      // One request first: once this transaction has started, every write created before it has committed and been
      // applied to the memory, so the matches and the groups read for the page agree.
      await groups.count(IDBKeyRange.only([0, '']));
      const held = memory.search({ exact: q.exact, prefix: q.prefix, speaker: wantSpeaker, inSite, need });
      if (held) return { hits: await page(held.matches), total: held.total };
      void memory.warm();
    }

    if (wantSpeaker !== null) {
      // One person's groups are few enough to read at once and sort.
      return sortedWhole(await allRequests((await groups.index('by-speaker').getAllKeys(wantSpeaker)).map((k) => words.get(k))));
    }

    /**
     * The time (as -savedAt) of a word's oldest group, or of the oldest group (null); asked once per search. A word
     * with a group in the oldest twentieth of the history is taken to reach back to its start (a count extrapolated
     * over its list is then off by a twentieth at most), which one seek tells, instead of stepping its list backwards.
     */
    const oldestTimes = new Map<string | null, Promise<number | null>>();
    const edgeOf = (dir: 'next' | 'prev') => words.openKeyCursor(null, dir).then((c) => (c && isGroupKey(c.primaryKey) ? c.primaryKey[0] : null));
    const oldestOf = (term: string | null): Promise<number | null> => {
      let p = oldestTimes.get(term);
      if (!p) {
        p = term === null ? edgeOf('prev') : (async () => {
          const [end, start] = await Promise.all([oldestOf(null), edgeOf('next')]);
          if (end !== null && start !== null && await reachesBack(index, term, end - (end - start) / 20)) return end;
          const c = await index.openKeyCursor(termRange(term), 'prev');
          return c && isGroupKey(c.primaryKey) ? c.primaryKey[0] : null;
        })();
        oldestTimes.set(term, p);
      }
      return p;
    };
    /**
     * The page from candidate groups in time order: their rows are read a batch at a time until the page is full
     * (all of them when they are few, so the count is exact); a count not read to the end is scaled up by the
     * share of candidates read.
     */
    const fromKeys = async (keys: readonly GroupKey[]): Promise<Hits & { first: number | null; reached: number | null }> => {
      const found: Match[] = [];
      let at = 0;
      let batch = keys.length <= READ_WHOLE ? keys.length : Math.max(FIRST_BATCH, need);
      while (at < keys.length && (found.length < need || keys.length <= READ_WHOLE)) {
        const slice = keys.slice(at, at + batch);
        at += slice.length;
        found.push(...await matchesOf(await allRequests(slice.map((k) => words.get(k)))));
        batch = Math.min(batch * 2, MAX_BATCH);
      }
      const hits = await page(found);
      const first = keys.length > 0 ? keys[0]![0] : null;
      const reached = at > 0 ? keys[at - 1]![0] : null;
      if (at >= keys.length) return { hits, total: found.length, first, reached };
      return { hits, total: Math.max(found.length, Math.round((found.length * keys.length) / at)), first, reached };
    };

    /**
     * Walks one word's groups (null: every group) newest first, checking every condition on the quotes, until the
     * page is full, a batch of search rows at a time: every group's along the store, a word's along its list.
     */
    const walk = (term: string | null): Walk => {
      const stream = term === null ? null : rowStream(index, term);
      const found: Match[] = [];
      let after: GroupKey | null = null;
      let first: number | null = null;
      let batch = FIRST_BATCH;
      let walked = 0;
      let reached: number | null = null;
      let exhausted = false;
      let over = false;
      return {
        found: () => found.length,
        walked: () => walked,
        async step() {
          if (over) return true;
          let raws: unknown[];
          if (stream) {
            const got = await stream.next(batch);
            if (got.end) exhausted = true;
            raws = got.raws;
            const keys = got.keys;
            if (keys.length > 0) { first ??= keys[0]![0]; reached = keys[keys.length - 1]![0]; }
          } else {
            raws = await words.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), batch);
            if (raws.length < batch) exhausted = true;
            if (raws.length > 0) {
              after = keyOfRow(raws[raws.length - 1]);
              const t0 = keyOfRow(raws[0])[0];
              if (typeof t0 === 'number') first ??= t0;
              if (typeof after[0] === 'number') reached = after[0];
            }
          }
          walked += raws.length;
          found.push(...await matchesOf(raws));
          over = exhausted || found.length >= need || walked >= WALK_CAP;
          // Doubling, but no further than the matches so far say the page needs (with a margin).
          const needed = found.length > 0 ? Math.ceil(((need - found.length) * walked * 1.25) / found.length) + 2 : Infinity;
          batch = Math.min(batch * 2, MAX_BATCH, Math.max(needed, FIRST_BATCH / 2));
          return over;
        },
        async result() {
          const hits = await page(found);
          if (exhausted) return { hits, total: found.length, exact: true, rows: found };
          if (everything !== null) return { hits, total: everything, exact: true, rows: found };
          // Not read to the end: extrapolate the matches over the list's whole time span (its oldest entry is one step).
          return { hits, total: extrapolate(found.length, first, reached, await oldestOf(term)), exact: false, rows: found };
        },
      };
    };
    const walkAll = async (w: Walk): Promise<WalkResult> => {
      while (!(await w.step()));
      return w.result();
    };
    /**
     * Steps a walk while its matches so far project a full page within `budget` groups; resolves to whether it is
     * over (its page full or its list read to the end).
     */
    const tryWalk = async (w: Walk, budget: number): Promise<boolean> => {
      for (;;) {
        if (await w.step()) return true;
        const f = w.found();
        if (f === 0 || w.walked() + ((need - f) * w.walked()) / f > budget) return false;
      }
    };
    /** Group keys listed word by word, once each, newest first, in the site asked for. */
    const ordered = (listed: readonly unknown[]): GroupKey[] => uniqueByTime(listed, (k) => inSite(k[1]));
    const plain = (h: Hits) => ({ hits: h.hits, total: h.total });
    /**
     * The count of a one-word query (a complete word or a typed start, no filter) whose walk filled its page first:
     * every group its range lists holds a match, so a range of few groups is read whole and counted exactly, and a
     * longer one listed by keys is counted as its groups times the matches per group seen so far.
     */
    const countOne = async (found: WalkResult, range: IDBKeyRange): Promise<Hits> => {
      // A count extrapolated this high is of a word too common to list by keys: it stands.
      if (found.exact || dated || siteUrls || found.total > 4 * KEYS_CAP) return plain(found);
      const listed = await index.getAllKeys(range, KEYS_CAP + 1);
      if (listed.length > KEYS_CAP) return plain(found);
      const keys = ordered(listed);
      if (keys.length <= READ_WHOLE) return plain(await fromKeys(keys));
      const perGroup = found.rows.length / Math.max(1, groupsIn(found.rows));
      return { hits: found.hits, total: Math.max(found.rows.length, Math.round(keys.length * perGroup)) };
    };

    if (isEmptyQuery(q)) return plain(await walkAll(walk(null)));

    const typed = q.prefix;
    if (q.exact.length === 0 && typed !== null) return typedOnly(typed);

    // One word's newest rows first: when their matches project a full page within a few batches, the words are common
    // together and walking that word's list fills the page without listing any keys.
    const first = walk(q.exact[0]!);
    if (await tryWalk(first, TRY_WORD)) {
      const found = await first.result();
      return q.exact.length === 1 && typed === null ? countOne(found, termRange(q.exact[0]!)) : plain(found);
    }
    return joined(q.exact, typed);

    /**
     * Several words (or words and a word being typed) not common together. A word being typed in few groups: their
     * search rows are read at once. Otherwise the lists are read by keys, newest first, a window at a time (a word
     * being typed, by the lists of the words it starts when they are few). The groups in every list down to where
     * all the lists have been read are the candidates, whose rows are read in time order until the page is full. A
     * list holding most of the candidates anyway stops being read (its word is checked on the rows), as is a commoner
     * word being typed; the shortest word's list is walked when that costs less than listing the others' keys; the
     * candidates left in a list read to its end are read without waiting for the others when that costs less than
     * listing their keys as far back.
     */
    async function joined(exact: readonly string[], prefix: string | null): Promise<Hits> {
      const typing = prefix !== null && prefix.length > SHORT_START;
      // A word being typed in few groups: their search rows, read at once, are checked for every word (a few hundred
      // rows listed cost less than most words' lists of keys), and the count is exact.
      const listed = typing ? await index.getAllKeys(prefixRange(prefix), START_CAP + 1) : null;
      if (listed && listed.length <= START_CAP) return sortedWhole(uniqueRows(await index.getAll(prefixRange(prefix!))));
      // The words a start begins are looked for (a cursor step each) only when its groups are too many to list.
      const startWords = typing ? await wordsOf(index, prefix, START_WORDS) : null;
      if (startWords?.length === 0) return { hits: [], total: 0 };
      // One word, and a start checked on the rows: the word's list is walked.
      if (exact.length === 1 && startWords === null) return plain(await walkAll(first));
      // The first keys of every word's list, and of the words a start begins.
      let sources: Source[] = exact.map((w) => wordSource(w, keyList(index, w)));
      const reads = await Promise.all(sources.map((s) => s.lists[0]!.extend(JOIN_BATCH)));
      const found: Match[] = [];
      let read = reads.reduce((a, b) => a + b, 0);
      let batch = JOIN_BATCH;
      let before: GroupKey | null = null;
      let reached: GroupKey | null = null;
      let newest: GroupKey | null = null;
      let exhausted = false;
      let sampled = false;
      // Driver groups offered to the other lists so far, and how many they let through.
      let offered = 0;
      let passed = 0;
      const extend = () => Promise.all(sources.flatMap((s) => s.lists).filter((l) => !l.done)
        .map(async (l) => { read += await l.extend(batch); }));
      const after = (k: GroupKey) => before === null || byTime(k, before) > 0;
      // A word's walk; the first word's has read its first batch already.
      const walkOf = (word: string) => (word === exact[0] ? first : walk(word));
      // A word being typed in many groups but starting few words: those words' lists are read like the others; else
      // it is checked on the rows.
      if (startWords) {
        const starts = startsSource(startWords.map((w) => keyList(index, w.word)));
        await Promise.all(starts.lists.map(async (l) => { read += await l.extend(batch); }));
        sources.push(starts);
      }
      for (;;) {
        let edge = windowEdge(sources.flatMap((s) => s.lists));
        const inWindow = (k: GroupKey) => after(k) && (edge === null || byTime(k, edge) <= 0);
        // The source with fewest groups in the window drives; the others are checked by id.
        const windows = sources.map((s) => s.keys(inWindow));
        let d = windows.reduce((best, w, i) => (w.length < windows[best]!.length ? i : best), 0);
        if (!sampled && windows[d]!.length >= 16) {
          sampled = true;
          // A source holding most of the driver's groups hardly narrows them: its word is checked on the rows.
          const driverKeys = windows[d]!;
          const driver = sources[d]!;
          sources = sources.filter((s) => s === driver || driverKeys.filter((k) => s.has(k)).length < KEEP_SHARE * driverKeys.length);
          d = sources.indexOf(driver);
          edge = windowEdge(sources.flatMap((s) => s.lists));
        }
        const driver = sources[d]!;
        // One word's list left to narrow nothing: its rows are read along it, a batch at a time.
        if (sources.length === 1 && driver.word !== null) {
          return plain(await walkAll(walkOf(driver.word)));
        }
        if (before === null) {
          // After the first window, each list's length is estimated from how densely it came. When reading the
          // shortest word's search rows costs less than listing the others' keys, that word's list is walked.
          const end = await oldestOf(null);
          const lengthOf = (src: Source) => src.lists.reduce((n, l) => n + l.keys.length, 0)
            + (end === null ? 0 : keysLeft(src.lists, [end, '\uffff']));
          const lengths = sources.map(lengthOf);
          let w = -1;
          sources.forEach((src, i) => { if (src.word !== null && (w < 0 || lengths[i]! < lengths[w]!)) w = i; });
          const others = lengths.reduce((n, len, i) => (i === w ? n : n + len), 0);
          if (w >= 0 && lengths[w]! * WALK_ROW_COST < others) return plain(await walkAll(walkOf(sources[w]!.word!)));
        }
        // The driver read to its end: when reading its groups left costs less than listing the other words' keys as
        // far back (estimated from how densely each list has come so far) and reading the share of them that the
        // lists have let through so far, they are read now, the other words checked on the rows.
        const rest = driver.done ? driver.keys(after) : null;
        // The share of the driver's groups the other lists let through, from the windows so far and this one.
        const inThis = rest !== null && offered === 0 ? driver.keys(inWindow) : [];
        const passing = inThis.filter((k) => sources.every((s) => s === driver || s.has(k))).length;
        const kept = offered + inThis.length > 0 ? (passed + passing) / (offered + inThis.length) : 0;
        const tail = rest !== null && (rest.length <= ROWS_BY_ID || rest.length * (1 - kept) * ROW_COST
          <= sources.reduce((sum, s) => (s === driver ? sum : sum + keysLeft(s.lists, rest[rest.length - 1]!)), 0));
        if (tail && before === null && driver.word !== null) {
          // Nothing read yet: the driver's list is walked instead.
          return plain(await walkAll(walkOf(driver.word)));
        }
        if (tail && driver.word !== null) {
          // The rest of the driver's list, read along a cursor from where the windows stopped.
          const rows = rowStream(index, driver.word, before!);
          for (let n = FIRST_BATCH; found.length < need; n = Math.min(n * 2, MAX_BATCH)) {
            const got = await rows.next(n);
            if (got.keys.length > 0) { newest ??= got.keys[0]!; reached = got.keys[got.keys.length - 1]!; }
            found.push(...await matchesOf(got.raws.filter((_, i) => inSite(got.keys[i]![1]))));
            if (got.end) { exhausted = true; break; }
          }
          break;
        }
        if (tail) edge = null;
        const keys = tail ? rest : driver.keys(inWindow);
        const candidates = keys.filter((k) => inSite(k[1]) && (tail || sources.every((s) => s === driver || s.has(k))));
        offered += keys.length;
        passed += candidates.length;
        for (let at = 0; at < candidates.length && found.length < need;) {
          // As many as the matches so far say the page needs (twice as many as read when none yet), read at once.
          const more = found.length > 0 ? Math.ceil(((need - found.length) * at * 1.25) / found.length) + 2 : Math.max(at, need);
          const slice = candidates.slice(at, at + Math.max(FIRST_BATCH, more));
          at += slice.length;
          newest ??= slice[0]!;
          reached = slice[slice.length - 1]!;
          found.push(...await matchesOf(await allRequests(slice.map((k) => words.get(k)))));
        }
        if (found.length >= need) break;
        if (keys.length > 0) reached = keys[keys.length - 1]!;
        if (edge === null) { exhausted = true; break; }
        if (read >= JOIN_CAP) break;
        before = edge;
        // Doubling, or at once as far as the matches so far say the page needs (four times as far when none yet):
        // every listing starts again from the list's start.
        const listed = sources.reduce((n, s) => Math.max(n, ...s.lists.map((l) => l.keys.length)), 0);
        const needed = found.length > 0 ? (listed * need * 1.25) / found.length : 4 * listed;
        batch = Math.min(Math.max(batch * 2, needed - listed), MAX_JOIN_BATCH);
        await extend();
      }
      const hits = await page(found);
      if (exhausted) return { hits, total: found.length };
      const end = await oldestOf(exact[0]!);
      return { hits, total: extrapolate(found.length, newest ? newest[0] : null, reached ? reached[0] : null, end) };
    }

    /**
     * Only a word being typed. A first batch of the timeline answers a start that matches densely; otherwise the
     * groups it is in are listed by keys when they are few, else its words' newest groups are found word by word,
     * unless it starts too many words (then the timeline is walked on).
     */
    async function typedOnly(prefix: string): Promise<Hits> {
      const timeline = walk(null);
      if (!dated && !siteUrls) {
        // A few matches among the newest quotes already: they are dense enough to walk on (a few batches at most).
        if (await tryWalk(timeline, TRY_TIMELINE)) return countOne(await timeline.result(), prefixRange(prefix));
      }
      const listed = await index.getAllKeys(prefixRange(prefix), KEYS_CAP + 1);
      if (listed.length <= KEYS_CAP) return plain(await fromKeys(ordered(listed)));
      // Filters are known only from the rows and their articles: a long list is walked on the timeline.
      if (dated || siteUrls) return plain(await walkAll(timeline));
      const newest = await newestOfPrefix(index, prefix, need, MAX_WORDS);
      if (!newest) return plain(await walkAll(timeline));
      // Every one of those groups holds a match: the page is among them.
      const found = await fromKeys(newest.keys);
      if (newest.whole || found.hits.length < opts.limit) return plain(found);
      return { hits: found.hits, total: extrapolate(found.total, found.first, found.reached, await oldestOf(null)) };
    }
  });
}

/**
 * The positions in a search row's `terms` of each word a search asks for (as the characters a quote's `w` holds
 * them by), and of the words a typed start begins: a quote matches when its `w` holds every one of the first and
 * one of the second.
 */
function termPositions(terms: readonly unknown[], exact: readonly string[], prefix: string | null): { exact: string[]; starts: Set<number> } | null {
  const at = exact.map((w) => terms.indexOf(w));
  if (at.includes(-1)) return null;
  const starts = new Set<number>();
  if (prefix !== null) {
    terms.forEach((t, i) => { if (typeof t === 'string' && t.startsWith(prefix)) starts.add(i); });
    if (starts.size === 0) return null;
  }
  return { exact: at.map((i) => String.fromCharCode(i)), starts };
}

/** One condition of a search of several words, as group keys: a word's list, or the groups of a word being typed. */
interface Source {
  /** The word whose list this is (null for the words a start begins). */
  word: string | null;
  lists: KeyList[];
  /** Read to the end. */
  readonly done: boolean;
  /** Its groups read so far that pass `keep`, newest first, once each. */
  keys(keep: (k: GroupKey) => boolean): GroupKey[];
  has(k: GroupKey): boolean;
}

const wordSource = (word: string, list: KeyList): Source => ({
  word,
  lists: [list],
  get done() { return list.done; },
  keys: (keep) => list.keys.filter(keep),
  has: (k) => list.ids.has(keyId(k)),
});

/** The groups of the words a start begins, each word's list read like a word's. */
const startsSource = (lists: KeyList[]): Source => ({
  word: null,
  lists,
  get done() { return lists.every((l) => l.done); },
  keys: (keep) => uniqueByTime(lists.flatMap((l) => l.keys), keep),
  has: (k) => lists.some((l) => l.ids.has(keyId(k))),
});

/** The items naming each group once, in their order (a group is listed under every word of it that was listed). */
function onceEach<T>(items: readonly T[], keyOf: (item: T) => GroupKey): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = keyId(keyOf(item));
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Raw rows listed word by word, once each. */
const uniqueRows = (raws: readonly unknown[]) => onceEach(raws, keyOfRow);

/** The group keys among `listed` that pass `keep`, once each, newest first. */
const uniqueByTime = (listed: readonly unknown[], keep: (k: GroupKey) => boolean): GroupKey[] =>
  onceEach(listed.filter((k): k is GroupKey => isGroupKey(k) && keep(k)), (k) => k).sort(byTime);

/** About how many keys the lists not read to their end still hold down to `to`, at the density read so far. */
function keysLeft(lists: readonly KeyList[], to: GroupKey): number {
  let n = 0;
  for (const l of lists) {
    const edge = l.edge();
    if (l.done || edge === null || byTime(edge, to) >= 0) continue;
    // Keys hold -savedAt: a later key is a larger number.
    const span = edge[0] - l.keys[0]![0];
    n += span > 0 ? (l.keys.length * (to[0] - edge[0])) / span : l.keys.length;
  }
  return n;
}

/**
 * The matches of a list not read to its end, extrapolated over its whole time span: `found` matches from its newest
 * entry (`first`, as -savedAt) back to `reached`; `end` is its oldest entry.
 */
function extrapolate(found: number, first: number | null, reached: number | null, end: number | null): number {
  if (end === null || first === null || reached === null || reached <= first) return found;
  return Math.max(found, Math.round(found * ((end - first) / (reached - first))));
}
