// Cheap page signals for the article detector: a few querySelector calls and bounded counting, no full-text walk.

export interface PageSignals {
  /** JSON-LD @type values found on the page. */
  ldTypes: string[];
  ldDate: boolean;
  ogType: string;
  metaDate: boolean;
  byline: boolean;
  /** Paragraphs of at least LONG characters, and the most of them under one parent. */
  longP: number;
  cluster: number;
  /** Characters of paragraph text under that best parent. */
  clusterChars: number;
  articles: number;
  h1: number;
  /** Path of the canonical/og:url: segments and the words of its last segment. */
  pathDepth: number;
  slugWords: number;
  dateInPath: boolean;
  pre: number;
  price: boolean;
  times: number;
  links: number;
  subheads: number;
  inputs: number;
  listItems: number;
  /** Words of the first <h1>: story headlines are sentences, product and section names are short. */
  h1Words: number;
}

const LONG = 120;
const MAX_P = 400;
const LD_TYPE = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const LD_DATE = /"datePublished"\s*:/;
const DATE_IN_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|\/(19|20)\d\d(0[1-9]|1[0-2])[0-3]\d\b|[-_/](19|20)\d\d-\d\d-\d\d/;
const DATE_META = 'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], [itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"], meta[property="og:article:published_time"], meta[name="sailthru.date"], meta[name="parsely-pub-date"]';
const BYLINE = 'meta[name="author"], meta[property="article:author"], [rel="author"], [itemprop="author"], [class*="byline"], [class*="Byline"]';

export function pageSignals(doc: Document): PageSignals {
  const ldTypes: string[] = [];
  let ldDate = false;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const t = s.textContent ?? '';
    if (!ldDate && LD_DATE.test(t)) ldDate = true;
    for (const m of t.matchAll(LD_TYPE)) {
      for (const v of m[1]!.matchAll(/"([^"]+)"/g)) if (ldTypes.length < 40) ldTypes.push(v[1]!);
    }
  }
  const ogType = (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '').toLowerCase().trim();
  const metaDate = Boolean(doc.querySelector(DATE_META));
  const byline = Boolean(doc.querySelector(BYLINE));

  let longP = 0;
  const perParent = new Map<Element, [number, number]>();
  const ps = doc.querySelectorAll('p');
  const n = Math.min(ps.length, MAX_P);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const len = (p.textContent ?? '').length;
    if (len < 40) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    const c = perParent.get(parent) ?? [0, 0];
    c[1] += len;
    if (len >= LONG) { longP++; c[0]++; }
    perParent.set(parent, c);
  }
  let cluster = 0, clusterChars = 0;
  for (const [k, c] of perParent.values()) {
    if (c > clusterChars) clusterChars = c;
    if (k > cluster) cluster = k;
  }

  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '';
  let path = '';
  try { path = url ? new URL(url, 'http://x.invalid/').pathname : ''; } catch { path = ''; }
  const segs = path.split('/').filter(Boolean);
  const last = (segs[segs.length - 1] ?? '').replace(/\.\w+$/, '');
  const slugWords = last.split(/[-_]+/).filter((w) => /^[\p{L}]{2,}$/u.test(w)).length;

  return {
    ldTypes, ldDate, ogType, metaDate, byline, longP, cluster, clusterChars,
    articles: doc.querySelectorAll('article').length,
    h1: doc.querySelectorAll('h1').length,
    pathDepth: url ? segs.length : -1,
    slugWords,
    dateInPath: DATE_IN_PATH.test(path),
    pre: doc.querySelectorAll('pre').length,
    times: doc.querySelectorAll('time').length,
    links: doc.querySelectorAll('a').length,
    subheads: doc.querySelectorAll('h2, h3').length,
    inputs: doc.querySelectorAll('input, textarea, select').length,
    listItems: doc.querySelectorAll('li').length,
    h1Words: (doc.querySelector('h1')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
    price: Boolean(doc.querySelector('[itemprop="price"], meta[property="product:price:amount"], meta[property="og:price:amount"]')),
  };
}
