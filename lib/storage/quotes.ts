// Quote lookups: by words (any order, prefix while typing, speaker and role words too), by speaker, and "where was
// this first said". Candidates always come from an index; rows are loaded only for the few that can be shown.
import type { QuoteHit, QuoteRow, Visit } from '../model';
import { articleTime, readQuote, readVisit, urlOfQuoteId } from './rows';
import { hostOf, fold, speakerKey, termsOf, overlap } from './text';
import { KEYS_PER_TERM, isEmptyQuery, matchTerms, parseQuery, termRanges, termsMatch } from './term-query';
import { allRequests, read, type ReadTx, type StoreContext } from './tx';

/**
 * Up to this many candidates are loaded and sorted exactly; beyond, the newest-first index is walked instead. Listed
 * keys never exceed KEYS_PER_TERM, so only word-less searches and searches of common words only are walked; those
 * match densely and fill a page after a short walk.
 */
const SORT_CAP = KEYS_PER_TERM;
/** Index entries walked at most when a search is too broad to sort: bounds the cost of one keystroke. */
const WALK_CAP = 50_000;
/** Quotes compared word by word at most when looking for earlier occurrences. */
const SIMILAR_CAP = 400;
/** Words commoner than this are not used to find earlier occurrences: they would pull in everything. */
const SIMILAR_TERM_CAP = 2_000;
/** Same words: Jaccard of the word sets, or the shorter quote nearly all inside the longer one. */
export const SAME_WORDS = { jaccard: 0.5, containment: 0.8 } as const;

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

export interface Hits {
  hits: QuoteHit[];
  /** Exact when the search words are listed in the index; for searches of very common words only, extrapolated. */
  total: number;
}

type Tx = ReadTx<['visits', 'quotes']>;

/** Visits looked up once per search, however many quotes they hold. */
function visitCache(tx: Tx, ctx: StoreContext) {
  const cache = new Map<string, Promise<Visit | null>>();
  return (url: string) => {
    let v = cache.get(url);
    if (!v) {
      v = tx.objectStore('visits').get(url).then((raw) => (raw ? readVisit(raw, ctx.report) : null));
      cache.set(url, v);
    }
    return v;
  };
}

const toHit = (q: QuoteRow, v: Visit): QuoteHit => ({
  id: q.id, text: q.text, speaker: q.speaker, role: q.role,
  url: q.url, title: v.title, siteName: v.siteName, published: v.published, savedAt: q.savedAt,
});

const siteMatches = (v: Visit, site: string) => {
  const want = fold(site.trim());
  return fold(v.siteName ?? '') === want || hostOf(v.url) === want.replace(/^www\./, '');
};

/** Article URLs of a site, found through the visits' word index (site names and hosts are indexed words). */
async function urlsOfSite(tx: Tx, site: string): Promise<Set<string>> {
  const q = parseQuery(`${site} `);
  const urls = new Set<string>();
  if (isEmptyQuery(q)) return urls;
  const store = tx.objectStore('visits');
  const match = await matchTerms(store.index('by-term'), termRanges(q));
  const rows = match.keys ? await allRequests([...match.keys].map((url) => store.get(url))) : await store.getAll();
  for (const raw of rows) {
    const v = raw ? readVisit(raw, () => {}) : null;
    if (v && siteMatches(v, site)) urls.add(v.url);
  }
  return urls;
}

export async function searchQuotes(ctx: StoreContext, opts: SearchOptions): Promise<Hits> {
  return read(ctx, ['visits', 'quotes'], async (tx) => {
    const quotes = tx.objectStore('quotes');
    const visitOf = visitCache(tx, ctx);
    const q = parseQuery(opts.query);

    // Candidate keys: the intersection of whatever the indexes can answer; null means "every quote".
    let keys: Set<string> | null = null;
    let unchecked: IDBKeyRange[] = [];
    if (!isEmptyQuery(q)) {
      const m = await matchTerms(quotes.index('by-term'), termRanges(q));
      keys = m.keys;
      unchecked = m.unchecked;
    }
    const wantSpeaker = opts.speaker !== undefined ? speakerKey(opts.speaker) : null;
    if (wantSpeaker !== null) {
      const bySpeaker = new Set(await quotes.index('by-speaker').getAllKeys(wantSpeaker));
      keys = keys ? new Set([...keys].filter((k) => bySpeaker.has(k))) : bySpeaker;
    }
    const siteUrls = opts.site?.trim() ? await urlsOfSite(tx, opts.site) : null;
    if (siteUrls) {
      if (keys) {
        for (const k of keys) if (!siteUrls.has(urlOfQuoteId(k))) keys.delete(k);
      } else {
        keys = new Set();
        for (const url of siteUrls) for (const k of await quotes.index('by-url').getAllKeys(url)) keys.add(k);
      }
    }

    const accept = async (raw: unknown): Promise<QuoteHit | null> => {
      const row = readQuote(raw, ctx.report);
      if (!row || !unchecked.every((r) => termsMatch(row.terms, r))) return null;
      const v = await visitOf(row.url);
      if (!v) return null;
      const t = articleTime(v.published, row.savedAt);
      if ((opts.from !== undefined && t < opts.from) || (opts.to !== undefined && t > opts.to)) return null;
      return toHit(row, v);
    };
    // The order the time index walks backwards in (ties by descending key), so both paths below agree.
    const newestFirst = (a: QuoteHit, b: QuoteHit) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

    if (keys && keys.size <= SORT_CAP) {
      const rows = await allRequests([...keys].map((k) => quotes.get(k)));
      const hits = (await allRequests(rows.map((r) => (r ? accept(r) : null)))).filter((h): h is QuoteHit => h !== null);
      hits.sort(newestFirst);
      return { hits: hits.slice(opts.offset, opts.offset + opts.limit), total: hits.length };
    }

    // Broad search: walk the time index newest first, loading only rows that are candidates, until the page is full.
    const filtered = unchecked.length > 0 || opts.from !== undefined || opts.to !== undefined;
    const hits: QuoteHit[] = [];
    let matched = 0;
    let walked = 0;
    let exhausted = false;
    // With listed keys, step over keys only; without, every row must be read to be checked, so read as we go.
    const index = quotes.index('by-savedAt');
    const walk = keys ? await index.openKeyCursor(null, 'prev') : await index.openCursor(null, 'prev');
    for (let c = walk; ; c = await c.continue()) {
      if (!c) { exhausted = true; break; }
      if (++walked > WALK_CAP || hits.length >= opts.limit) break;
      if (keys && !keys.has(c.primaryKey)) continue;
      if (!filtered && matched < opts.offset) { matched++; continue; }
      const hit = await accept('value' in c ? c.value : await quotes.get(c.primaryKey));
      if (!hit) continue;
      if (matched >= opts.offset) hits.push(hit);
      matched++;
    }
    let total: number;
    if (exhausted) total = matched;
    else if (!filtered) total = keys ? keys.size : await ctx.quoteCount();
    // Not counted to the end: extrapolate from the share of the walked quotes that matched.
    else total = Math.max(matched, Math.round((matched / Math.max(walked, 1)) * (await ctx.quoteCount())));
    return { hits, total };
  });
}

/** Every saved quote of one speaker, oldest first by the article's date. */
export async function speakerQuotes(ctx: StoreContext, speaker: string): Promise<Hits> {
  const key = speakerKey(speaker);
  if (key === '') return { hits: [], total: 0 };
  return read(ctx, ['visits', 'quotes'], async (tx) => {
    const visitOf = visitCache(tx, ctx);
    const dated: Array<{ hit: QuoteHit; t: number }> = [];
    for (const raw of await tx.objectStore('quotes').index('by-speaker').getAll(key)) {
      const row = readQuote(raw, ctx.report);
      const v = row ? await visitOf(row.url) : null;
      if (row && v) dated.push({ hit: toHit(row, v), t: articleTime(v.published, row.savedAt) });
    }
    dated.sort((a, b) => a.t - b.t || a.hit.savedAt - b.hit.savedAt || (a.hit.id < b.hit.id ? -1 : 1));
    return { hits: dated.map((d) => d.hit), total: dated.length };
  });
}

export interface FirstSeen {
  /** The earliest saved article with the same words (possibly the quote's own article). */
  first: QuoteHit | null;
  /** Every article repeating it, oldest first, one quote per article, `first` included. */
  occurrences: QuoteHit[];
}

/** Where a quote (given by saved id or by its text) was first seen in the history, and who else repeated it. */
export async function firstSeen(ctx: StoreContext, by: { id?: string; text?: string }): Promise<FirstSeen> {
  return read(ctx, ['visits', 'quotes'], async (tx) => {
    const quotes = tx.objectStore('quotes');
    let text = by.text ?? null;
    if (by.id !== undefined) {
      const row = readQuote(await quotes.get(by.id), ctx.report);
      text = row?.text ?? text;
    }
    const mine = new Set(termsOf(text));
    if (mine.size === 0) return { first: null, occurrences: [] };

    // Votes per quote from the rarer words: a quote with the same words shares many of them.
    const index = quotes.index('by-term');
    const votes = new Map<string, number>();
    const lists = await allRequests([...mine].map((w) => index.getAllKeys(w, SIMILAR_TERM_CAP + 1)));
    for (const keys of lists) {
      if (keys.length > SIMILAR_TERM_CAP) continue;
      for (const k of keys) votes.set(k, (votes.get(k) ?? 0) + 1);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]).slice(0, SIMILAR_CAP);

    const visitOf = visitCache(tx, ctx);
    const best = new Map<string, { hit: QuoteHit; t: number; score: number }>();
    const rows = await allRequests(ranked.map(([k]) => quotes.get(k)));
    for (const raw of rows) {
      const row = readQuote(raw, ctx.report);
      if (!row) continue;
      const sim = overlap(mine, new Set(termsOf(row.text)));
      if (sim.jaccard < SAME_WORDS.jaccard && sim.containment < SAME_WORDS.containment) continue;
      const v = await visitOf(row.url);
      if (!v) continue;
      const t = articleTime(v.published, row.savedAt);
      const prev = best.get(row.url);
      if (!prev || sim.jaccard > prev.score) best.set(row.url, { hit: toHit(row, v), t, score: sim.jaccard });
    }
    const occurrences = [...best.values()].sort((a, b) => a.t - b.t || a.hit.savedAt - b.hit.savedAt).map((o) => o.hit);
    return { first: occurrences[0] ?? null, occurrences };
  });
}
