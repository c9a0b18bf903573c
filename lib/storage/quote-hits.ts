// What every quote lookup shares: visits read once per lookup, rows turned into hits, the time order of results.
import type { QuoteHit, Visit } from '../model';
import { byArticle, readVisit, type SavedQuote } from './rows';
import { siteHost } from '../model/url';
import { fold } from './text';
import { isEmptyQuery, matchTerms, parseQuery, termRanges } from './term-query';
import { allRequests, type ReadTx, type StoreContext } from './tx';

export type Tx = ReadTx<['visits', 'groups', 'words']>;

/** Visits looked up once per search, however many quotes they hold. */
export function visitCache(tx: Tx, ctx: StoreContext) {
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

export const toHit = (q: SavedQuote, v: Visit): QuoteHit => ({
  id: q.id, text: q.text, speaker: q.speaker, role: q.role,
  url: q.url, title: v.title, siteName: v.siteName, published: v.published, savedAt: q.savedAt,
});

export const siteMatches = (v: Visit, site: string) => {
  const want = fold(site.trim());
  return fold(v.siteName ?? '') === want || siteHost(v.url) === want.replace(/^www\./, '');
};

/** Article URLs of a site, found through the visits' word index (site names and hosts are indexed words). */
export async function urlsOfSite(tx: Tx, site: string): Promise<Set<string>> {
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

/**
 * Newest saved first; quotes saved at the same time by article URL (the word index's order), then in their order on
 * the page.
 */
export const newestFirst = (a: { savedAt: number; url: string; index: number }, b: { savedAt: number; url: string; index: number }) =>
  b.savedAt - a.savedAt || byArticle(a, b);
