// Quote search by words (any order, the last one a prefix while it is typed, speaker and role words too), with
// optional speaker, site and date filters. One posting list of the time-ordered word index (postings.ts) is read
// newest first, a batch of rows per request; the other words are checked on the rows in memory, and the walk stops
// as soon as the page is full. The list read is the sparsest one, so the walk is short when the words are rare, and
// when they are common the rows match densely and the page fills early.
import type { QuoteHit, QuoteRow } from '../model';
import { articleTime, readQuote } from './rows';
import { speakerKey } from './text';
import { isEmptyQuery, parseQuery, type TermQuery } from './term-query';
import { START_LENGTH, TIMELINE, listRange, startKey, type Posting } from './postings';
import { newestFirst, toHit, urlsOfSite, visitCache } from './quote-hits';
import { read, type StoreContext } from './tx';
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

/** Entries skipped to see how far back a list reaches: one cursor step, however many entries it jumps. */
const PROBE = 200;
/**
 * A word being typed that has grown past its indexed start ("sulcesc" beyond "sul"), or is shorter than one, is looked
 * up by its own words too: when they hold fewer entries than this, their rows are read at once and sorted, instead of
 * walking the start's list (or the timeline), which may be long while the word is rare.
 */
const SMALL_RANGE = 500;
/** Rows in the first batch (at least): a common word fills a page of 20 from it. Later batches double. */
const FIRST_BATCH = 64;
const MAX_BATCH = 2_000;
/** Rows read at most for one search: bounds a keystroke whose words are common but never together. */
const WALK_CAP = 60_000;

interface KeyCursor { key: unknown; advance(count: number): Promise<KeyCursor | null> }
interface Index { openKeyCursor(range: IDBKeyRange): Promise<KeyCursor | null> }

/** The posting lists a query can walk: each exact word, and the start of the word being typed. */
function listsOf(q: TermQuery): string[] {
  const lists = [...q.exact];
  if (q.prefix !== null && q.prefix.length >= START_LENGTH) lists.push(startKey(q.prefix));
  return lists.length > 0 ? lists : [TIMELINE];
}

/** The list whose first PROBE entries reach furthest back in time, i.e. the one with the fewest entries per day. */
async function sparsest(index: Index, lists: string[]): Promise<string> {
  if (lists.length === 1) return lists[0]!;
  const reach = await Promise.all(lists.map(async (term) => {
    const c = await index.openKeyCursor(listRange(term));
    if (!c) return Infinity;
    const far = await c.advance(PROBE);
    return far ? (far.key as Posting)[1] : Infinity;
  }));
  let best = 0;
  for (let i = 1; i < lists.length; i++) if (reach[i]! > reach[best]!) best = i;
  return lists[best]!;
}

/** Whether a key range of the index holds fewer than `n` entries (two requests, whatever its size). */
async function fewerThan(index: Index, range: IDBKeyRange, n: number): Promise<boolean> {
  const c = await index.openKeyCursor(range);
  return !c || (await c.advance(n)) === null;
}

interface Rowish { id?: unknown; url?: unknown; savedAt?: unknown; terms?: unknown; speakerKey?: unknown }

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
    const page = async (found: QuoteRow[]): Promise<QuoteHit[]> => {
      const rows = found.slice(opts.offset, need);
      const visits = await Promise.all(rows.map((r) => visitOf(r.url)));
      return rows.flatMap((r, i) => (visits[i] ? [toHit(r, visits[i])] : []));
    };

    if (wantSpeaker !== null) {
      // One person's quotes are few enough to read at once and sort.
      const found = await verify(await quotes.index('by-speaker').getAll(wantSpeaker));
      found.sort(newestFirst);
      return { hits: await page(found), total: found.length };
    }

    const index = quotes.index('by-posting');
    // Not for a typed word of exactly the indexed length: its start list is its whole range, in time order already.
    const typed = q.prefix !== null && q.prefix.length !== START_LENGTH
      ? IDBKeyRange.bound([q.prefix, -Infinity], [`${q.prefix}\uffff`, Infinity])
      : null;
    // Both probes at once: a rare typed word answers alone, else the sparsest list is walked.
    const [small, term] = await Promise.all([typed ? fewerThan(index, typed, SMALL_RANGE) : false, sparsest(index, listsOf(q))]);
    if (typed && small) {
      // A quote holding two words with this start is listed twice.
      const seen = new Set<string>();
      const unique = (await index.getAll(typed)).filter((raw) => {
        const id = (raw as Rowish | null)?.id;
        if (typeof id !== 'string' || seen.has(id)) return false;
        seen.add(id);
        return true;
      });
      const found = (await verify(unique)).sort(newestFirst);
      return { hits: await page(found), total: found.length };
    }
    const oldest = index.openKeyCursor(listRange(term), 'prev').then((c) => (c ? (c.key as Posting)[1] : null));
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
    for (;;) {
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
      if (raws.length < batch) { exhausted = true; break; }
      if (found.length >= need || walked >= WALK_CAP) break;
      if (last) {
        from = last.neg; seenId = last.id;
        batch = Math.min(batch * 2, MAX_BATCH);
      } else {
        // Everything read shares one time with what was read before (an import can give thousands of quotes one
        // time): a range cannot start inside those, so read a longer run from the same start to get past them.
        batch *= 2;
      }
    }
    const hits = await page(found);
    if (exhausted) return { hits, total: found.length };
    if (everything !== null) return { hits, total: everything };
    // Not read to the end: extrapolate the matches over the list's whole time span (its oldest entry is one step).
    const end = await oldest;
    let total = found.length;
    if (end !== null && first !== null && reached !== null && reached > first) {
      total = Math.max(found.length, Math.round(found.length * ((end - first) / (reached - first))));
    }
    return { hits, total };
  });
}
