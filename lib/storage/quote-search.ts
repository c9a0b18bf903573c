// Quote search by words (any order, the last one a prefix while it is typed, speaker and role words too), with
// optional speaker, site and date filters, over the time-ordered word index (postings.ts). Chrome reads an index key
// several times faster than a row, so where a word's list is short enough it is listed whole by keys and intersected
// by id, and only the rows of the page are read. A word being typed is read word by word, each word's newest quotes
// only (key-scan.ts). When the words are common, one list is walked newest first a batch of rows at a time and the
// rest is checked on the rows: they match densely and the page fills early.
import type { QuoteHit, QuoteRow } from '../model';
import { articleTime, readQuote, urlOfQuoteId } from './rows';
import { speakerKey } from './text';
import { isEmptyQuery, parseQuery } from './term-query';
import { TIMELINE, listRange, prefixRange, type Posting } from './postings';
import { byTime, newestOfPrefix, type Entry } from './key-scan';
import { newestFirst, toHit, urlsOfSite, visitCache } from './quote-hits';
import { allRequests, read, type StoreContext } from './tx';
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

/** Keys listed per word at most: a word in fewer quotes is listed whole by keys; a commoner one is checked on rows. */
const KEYS_CAP = 300;
/** Words a typed start may cover to be read word by word; a broader start is left to the timeline. */
const MAX_WORDS = 48;
/** Matches in the timeline's first batch that make a typed word dense enough to find by walking the timeline. */
const DENSE = 5;
/** A typed start this short is in too many quotes to list by keys: it is checked on rows. */
const SHORT_START = 2;
/** Candidates whose rows are read one by one; more are read as their word's list, a batch at a time. */
const ROWS_BY_ID = 64;
/** Rows in the first batch of a walk (at least): a common word fills a page of 20 from it. Later ones grow as needed. */
const FIRST_BATCH = 64;
const MAX_BATCH = 2_000;
/** Rows read at most for one search: bounds a keystroke whose words are common but never together. */
const WALK_CAP = 60_000;

interface Rowish { id?: unknown; url?: unknown; savedAt?: unknown; terms?: unknown; speakerKey?: unknown }

/** The article URL of a quote id (`${url}#${index}`). */

/** A walk along one posting list's rows, newest first; `step` reads one batch and says whether the walk is over. */
interface Walk {
  step(): Promise<boolean>;
  /** Matches found so far. */
  found(): number;
  /** The page; `exact` when the list was read to its end, so the count is not extrapolated. */
  result(): Promise<Hits & { exact: boolean }>;
}

export async function searchQuotes(ctx: StoreContext, opts: SearchOptions): Promise<Hits> {
  const q = parseQuery(opts.query);
  const wantSpeaker = opts.speaker !== undefined ? speakerKey(opts.speaker) : null;
  const site = opts.site?.trim() ? opts.site : null;
  const dated = opts.from !== undefined || opts.to !== undefined;
  // Counted before the read transaction: awaiting another transaction inside it would let it close.
  const everything = isEmptyQuery(q) && wantSpeaker === null && site === null && !dated ? await ctx.quoteCount() : null;
  const need = opts.offset + opts.limit;

  return read(ctx, ['visits', 'quotes'], async (tx) => {
    const quotes = tx.objectStore('quotes');
    const visitOf = visitCache(tx, ctx);
    const siteUrls = site !== null ? await urlsOfSite(tx, site) : null;
    const inSite = (id: string) => !siteUrls || siteUrls.has(urlOfQuoteId(id));

    // Words, speaker and site are checked on the raw row before it is parsed: most rows read are dropped here.
    const cheap = (raw: unknown): boolean => {
      const r = raw as Rowish | null;
      if (!r || !Array.isArray(r.terms)) return false;
      const terms = r.terms as unknown[];
      for (const w of q.exact) if (!terms.includes(w)) return false;
      const p = q.prefix;
      if (p !== null && !terms.some((t) => typeof t === 'string' && t.startsWith(p))) return false;
      if (wantSpeaker !== null && r.speakerKey !== wantSpeaker) return false;
      return !siteUrls || (typeof r.url === 'string' && siteUrls.has(r.url));
    };
    /** Parsed rows of `raws` that match, in order; the article date is checked only when a filter asks for it. */
    const verify = async (raws: unknown[]): Promise<QuoteRow[]> => {
      const rows = raws.filter(cheap).map((raw) => readQuote(raw, ctx.report)).filter((r): r is QuoteRow => r !== null);
      if (!dated) return rows;
      const visits = await Promise.all(rows.map((r) => visitOf(r.url)));
      return rows.filter((r, i) => {
        const v = visits[i];
        if (!v) return false;
        const t = articleTime(v.published, r.savedAt);
        return !((opts.from !== undefined && t < opts.from) || (opts.to !== undefined && t > opts.to));
      });
    };
    const hitsOf = async (rows: QuoteRow[]): Promise<QuoteHit[]> => {
      const visits = await Promise.all(rows.map((r) => visitOf(r.url)));
      return rows.flatMap((r, i) => (visits[i] ? [toHit(r, visits[i])] : []));
    };
    const page = (found: QuoteRow[]) => hitsOf(found.slice(opts.offset, need));
    const rowsOf = (ids: readonly string[]) => allRequests(ids.map((id) => quotes.get(id)));
    /** Every match among rows read at once, sorted: the count is exact. */
    const sortedWhole = async (raws: unknown[]): Promise<Hits> => {
      const seen = new Set<string>();
      // A quote holding two words with one start is listed under both.
      const unique = raws.filter((raw) => {
        const id = (raw as Rowish | null)?.id;
        if (typeof id !== 'string' || seen.has(id)) return false;
        seen.add(id);
        return true;
      });
      const found = (await verify(unique)).sort(newestFirst);
      return { hits: await page(found), total: found.length };
    };

    if (wantSpeaker !== null) {
      // One person's quotes are few enough to read at once and sort.
      return sortedWhole(await quotes.index('by-speaker').getAll(wantSpeaker));
    }

    const index = quotes.index('by-posting');
    const oldestOf = (term: string) => index.openKeyCursor(listRange(term), 'prev').then((c) => (c ? (c.key as Posting)[1] : null));

    /**
     * The page from candidates in time order. `unchecked`: some condition (a common word, the date) is known only on
     * the row, so rows are read a batch at a time until the page is full; otherwise every candidate matches and only
     * the page's rows are read.
     */
    const fromOrdered = async (ids: readonly string[], unchecked: boolean): Promise<Hits & { first: number | null }> => {
      const found: QuoteRow[] = [];
      let at = 0;
      let dropped = 0;
      let batch = unchecked ? Math.max(FIRST_BATCH, 2 * need) : need;
      while (at < ids.length && found.length < need) {
        const slice = ids.slice(at, at + batch);
        at += slice.length;
        const rows = await verify(await rowsOf(slice));
        dropped += slice.length - rows.length;
        found.push(...rows);
        batch = Math.min(batch * 2, MAX_BATCH);
      }
      const hits = await page(found);
      const first = found.length > 0 ? -found[0]!.savedAt : null;
      if (at >= ids.length) return { hits, total: found.length, first };
      // Without row conditions a candidate is dropped only when its row is unreadable.
      if (!unchecked) return { hits, total: ids.length - dropped, first };
      return { hits, total: Math.max(found.length, Math.round((found.length * ids.length) / at)), first };
    };

    /** Walks one posting list's rows newest first, checking every condition on the rows, until the page is full. */
    const walk = (term: string): Walk => {
      const oldest = oldestOf(term);
      oldest.catch(() => {});
      const found: QuoteRow[] = [];
      // Where the next batch starts: entries at time `from` with ids up to `seenId` were read already (a getAll range
      // cannot start after a primary key, and quotes saved at the same instant share a key).
      let from = -Infinity;
      let seenId: string | null = null;
      let first: number | null = null;
      let batch = Math.max(FIRST_BATCH, 2 * need);
      let walked = 0;
      let reached: number | null = null;
      let exhausted = false;
      let over = false;
      return {
        found: () => found.length,
        async step() {
          if (over) return true;
          const raws = await index.getAll(listRange(term, from), batch);
          const fresh: unknown[] = [];
          let last: { neg: number; id: string } | null = null;
          for (const raw of raws) {
            const r = raw as Rowish | null;
            if (!r || typeof r.savedAt !== 'number' || typeof r.id !== 'string') continue;
            const neg = -r.savedAt;
            if (neg === from && seenId !== null && r.id <= seenId) continue;
            first ??= neg;
            last = { neg, id: r.id };
            fresh.push(raw);
          }
          walked += fresh.length;
          if (last) reached = last.neg;
          found.push(...await verify(fresh));
          if (raws.length < batch) exhausted = true;
          over = exhausted || found.length >= need || walked >= WALK_CAP;
          if (last) {
            from = last.neg; seenId = last.id;
            // Doubling, but no further than the matches so far say the page needs (with a margin).
            const needed = found.length > 0 ? Math.ceil(((need - found.length) * walked * 1.25) / found.length) + 16 : Infinity;
            batch = Math.min(batch * 2, MAX_BATCH, Math.max(needed, FIRST_BATCH / 2));
          } else {
            // Everything read shares one time with what was read before (an import can give thousands of quotes one
            // time): a range cannot start inside those, so read a longer run from the same start to get past them.
            batch *= 2;
          }
          return over;
        },
        async result() {
          const hits = await page(found);
          if (exhausted) return { hits, total: found.length, exact: true };
          if (everything !== null) return { hits, total: everything, exact: true };
          // Not read to the end: extrapolate the matches over the list's whole time span (its oldest entry is one step).
          return { hits, total: extrapolate(found.length, first, reached, await oldest), exact: false };
        },
      };
    };
    const walkAll = async (w: Walk): Promise<Hits & { exact: boolean }> => {
      while (!(await w.step()));
      return w.result();
    };
    const walkAllHits = async (w: Walk): Promise<Hits> => {
      const { hits, total } = await walkAll(w);
      return { hits, total };
    };

    if (isEmptyQuery(q)) return walkAllHits(walk(TIMELINE));

    const typed = q.prefix;
    if (q.exact.length === 0 && typed !== null) return typedOnly(typed);

    // One word's newest rows first: when they already hold a few matches, the words are common together and walking
    // that word's list fills the page in a few batches, without listing any keys.
    const first = walk(q.exact[0]!);
    if ((await first.step()) || first.found() >= DENSE) return walkAllHits(first);
    const [lists, typedList] = await Promise.all([
      allRequests(q.exact.map((w) => index.getAllKeys(listRange(w), KEYS_CAP + 1))),
      typed !== null && typed.length > SHORT_START ? index.getAllKeys(prefixRange(typed), KEYS_CAP + 1) : null,
    ]);
    const typedWhole = typedList !== null && typedList.length <= KEYS_CAP ? new Set(typedList) : null;
    const whole = q.exact.map((w, i) => ({ word: w, ids: lists[i]! })).filter((l) => l.ids.length <= KEYS_CAP)
      .sort((a, b) => a.ids.length - b.ids.length);
    if (whole.length > 0) {
      // The rarest word's list is in time order: keep the quotes every other listed word holds too.
      const base = whole[0]!;
      const others = [...whole.slice(1).map((l) => new Set(l.ids)), ...(typedWhole ? [typedWhole] : [])];
      const ids = base.ids.filter((id) => inSite(id) && others.every((s) => s.has(id)));
      const unchecked = whole.length < lists.length || (typed !== null && !typedWhole) || dated;
      // Most of the word's quotes are left to check on their rows: read them as its list, a batch at a time.
      if (unchecked && ids.length > ROWS_BY_ID && 2 * ids.length > base.ids.length) {
        return walkAllHits(base.word === q.exact[0] ? first : walk(base.word));
      }
      return fromOrdered(ids, unchecked);
    }

    // Every word is common. Each list's first entries are its newest: how far back the last one listed reaches.
    const edges = await rowsOf(lists.map((l) => l[l.length - 1]!));
    const edge = (i: number): Entry => {
      const t = (edges[i] as Rowish | undefined)?.savedAt;
      return { neg: typeof t === 'number' ? -t : -Infinity, id: lists[i]![lists[i]!.length - 1]! };
    };
    const order = lists.map((_, i) => i).sort((a, b) => byTime(edge(a), edge(b)));
    if (typedWhole) {
      // The word being typed is rare. The list reaching least far back lies wholly where every other list is known by
      // its keys: its quotes holding every word are the newest matches, in order.
      const base = order[0]!;
      const others = order.slice(1).map((i) => new Set(lists[i]));
      const ids = lists[base]!.filter((id) => inSite(id) && typedWhole.has(id) && others.every((s) => s.has(id)));
      if (ids.length >= need) {
        const found = await fromOrdered(ids, dated);
        // More may be older than that list's edge: the count is extrapolated over time, up to the typed word's.
        const total = Math.min(typedWhole.size, extrapolate(found.total, found.first, edge(base).neg, await oldestOf(TIMELINE)));
        return { hits: found.hits, total: Math.max(total, found.total) };
      }
      // Few of them there: the typed word's quotes, read whole and checked.
      return sortedWhole(await index.getAll(prefixRange(typed!)));
    }
    // Walk the list that reaches furthest back in its first entries (the sparsest one), checking the rest on rows.
    const sparsest = order[order.length - 1]!;
    return walkAllHits(sparsest === 0 ? first : walk(q.exact[sparsest]!));

    /**
     * Only a word being typed. A first batch of the timeline answers a start that matches densely; otherwise its
     * words' newest quotes are read word by word, unless it starts too many words (then the timeline is walked on).
     * The count is exact when the start's list is short enough to list by keys.
     */
    async function typedOnly(prefix: string): Promise<Hits> {
      if (dated || siteUrls) {
        // Filters are known only from the rows and their articles: a short list is read whole, a long one walked.
        const listed = await index.getAllKeys(prefixRange(prefix), KEYS_CAP + 1);
        if (listed.length <= KEYS_CAP) return sortedWhole(await index.getAll(prefixRange(prefix)));
        return walkAllHits(walk(TIMELINE));
      }
      const timeline = walk(TIMELINE);
      // A few matches among the newest quotes already: they are dense enough to walk on (a few batches at most).
      const dense = (await timeline.step()) || timeline.found() >= DENSE;
      const newest = dense ? null : await newestOfPrefix(index, prefix, need, MAX_WORDS);
      let found: Hits & { exact: boolean };
      if (newest) {
        const entries = newest.entries;
        const rows = await verify(entries.slice(opts.offset).map((e) => e.raw));
        // Rows that fail their schema are skipped (and reported), not counted.
        const unreadable = Math.max(0, entries.length - opts.offset) - rows.length;
        found = {
          hits: await hitsOf(rows),
          total: newest.whole ? entries.length - unreadable
            : extrapolate(entries.length, entries[0]!.neg, entries[entries.length - 1]!.neg, await oldestOf(TIMELINE)) - unreadable,
          exact: newest.whole,
        };
      } else {
        found = await walkAll(timeline);
      }
      // Not every quote was seen: a start of few enough quotes is counted exactly by its keys; a common one's
      // extrapolated count stands.
      if (found.exact || found.total > 4 * KEYS_CAP) return { hits: found.hits, total: found.total };
      const listed = await index.getAllKeys(prefixRange(prefix), KEYS_CAP + 1);
      const counted = new Set(listed).size;
      return { hits: found.hits, total: listed.length > KEYS_CAP ? Math.max(found.total, counted) : counted };
    }
  });
}

/**
 * The matches of a list not read to its end, extrapolated over its whole time span: `found` matches from its newest
 * entry (`first`, as -savedAt) back to `reached`; `end` is its oldest entry.
 */
function extrapolate(found: number, first: number | null, reached: number | null, end: number | null): number {
  if (end === null || first === null || reached === null || reached <= first) return found;
  return Math.max(found, Math.round(found * ((end - first) / (reached - first))));
}
