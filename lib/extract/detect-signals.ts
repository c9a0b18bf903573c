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

const DATE_META_NAMES = new Set(['article:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'datepublished']);

/** One walk over the elements (no text walk): counts, meta tags and the first paragraphs' lengths. */
export function pageSignals(doc: Document): PageSignals {
  const ldTypes: string[] = [];
  let ldDate = false, ogType = '', metaDate = false, byline = false, price = false, url = '';
  let articles = 0, h1 = 0, h1Words = 0, pre = 0, times = 0, links = 0, subheads = 0, inputs = 0, listItems = 0, pCount = 0;
  let longP = 0;
  const perParent = new Map<Element, [number, number]>();
  const stack: Element[] = [doc.documentElement];
  while (stack.length) {
    const el = stack.pop()!;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    switch (el.tagName) {
      case 'A': links++; if (!byline && el.getAttribute('rel') === 'author') byline = true; continue;
      case 'LI': listItems++; break;
      case 'TIME': times++; break;
      case 'H2': case 'H3': subheads++; break;
      case 'INPUT': case 'TEXTAREA': case 'SELECT': inputs++; continue;
      case 'PRE': pre++; break;
      case 'ARTICLE': articles++; break;
      case 'H1': if (h1++ === 0) h1Words = (el.textContent ?? '').split(/\s+/).filter(Boolean).length; break;
      case 'META': {
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
        if (key === 'og:type') ogType = (el.getAttribute('content') ?? '').toLowerCase().trim();
        else if (key === 'og:url' && !url) url = el.getAttribute('content') ?? '';
        else if (DATE_META_NAMES.has(key)) metaDate = true;
        else if (key === 'author' || key === 'article:author') byline = true;
        else if (key === 'product:price:amount' || key === 'og:price:amount' || key === 'price') price = true;
        continue;
      }
      case 'LINK': if (el.getAttribute('rel') === 'canonical') url = el.getAttribute('href') ?? url; continue;
      case 'SCRIPT': {
        if (el.getAttribute('type') !== 'application/ld+json') continue;
        const t = el.textContent ?? '';
        if (!ldDate && LD_DATE.test(t)) ldDate = true;
        for (const m of t.matchAll(LD_TYPE)) for (const v of m[1]!.matchAll(/"([^"]+)"/g)) if (ldTypes.length < 40) ldTypes.push(v[1]!);
        continue;
      }
      case 'STYLE': case 'SVG': case 'svg': continue;
      case 'P': {
        if (pCount++ >= MAX_P) break;
        const len = (el.textContent ?? '').length;
        const parent = el.parentElement;
        if (len < 40 || !parent) break;
        const c = perParent.get(parent) ?? [0, 0];
        c[1] += len;
        if (len >= LONG) { longP++; c[0]++; }
        perParent.set(parent, c);
        break;
      }
    }
    const ip = el.getAttribute('itemprop');
    if (ip) {
      if (ip === 'price') price = true;
      else if (ip === 'datePublished') metaDate = true;
      else if (ip.includes('author')) byline = true;
    }
    if (!byline) { const cls = el.getAttribute('class'); if (cls && /byline/i.test(cls)) byline = true; }
  }
  let cluster = 0, clusterChars = 0;
  for (const [k, c] of perParent.values()) {
    if (c > clusterChars) clusterChars = c;
    if (k > cluster) cluster = k;
  }
  let path = '';
  try { path = url ? new URL(url, 'http://x.invalid/').pathname : ''; } catch { path = ''; }
  const segs = path.split('/').filter(Boolean);
  const last = (segs[segs.length - 1] ?? '').replace(/\.\w+$/, '');
  const slugWords = last.split(/[-_]+/).filter((w) => /^[\p{L}]{2,}$/u.test(w)).length;
  return {
    ldTypes, ldDate, ogType, metaDate, byline, longP, cluster, clusterChars, articles, h1, pathDepth: url ? segs.length : -1,
    slugWords, dateInPath: DATE_IN_PATH.test(path), pre, price, times, links, subheads, inputs, listItems, h1Words,
  };
}
