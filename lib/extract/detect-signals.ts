// Cheap page signals for the article detector: ONE bounded walk over the nodes (no selector queries), reading the
// text of at most MAX_P paragraphs. Huge pages stop after MAX_NODES: by then the story's paragraphs, or the cards of
// a listing, have shown themselves.

import { isLetters2 } from './words';

export interface PageSignals {
  /** JSON-LD @type values found on the page. */
  ldTypes: string[];
  ogType: string;
  byline: boolean;
  /** A publication date in meta tags, JSON-LD or microdata. */
  dated: boolean;
  /** Text blocks (paragraphs, or text set in a <div> with <br>) of at least LONG characters under the best parent. */
  cluster: number;
  /** Characters of text blocks under that best parent, and of link text inside them. */
  clusterChars: number;
  clusterLinkChars: number;
  /** Characters of all text blocks of at least 40 characters on the page. */
  blockChars: number;
  articles: number;
  h1: number;
  /** Words of the first <h1>: story headlines are sentences, product and section names are short. */
  h1Words: number;
  /** Path of the canonical/og:url: segments and the words of its last segment (-1: no URL given). */
  pathDepth: number;
  slugWords: number;
  dateInPath: boolean;
  pre: number;
  code: number;
  price: boolean;
  /** Elements whose class names a price or a cart: a shop. */
  shop: number;
  times: number;
  links: number;
  /** Links inside paragraphs (prose links), inside navigation/header/footer/aside (furniture). */
  proseLinks: number;
  navLinks: number;
  /** Headings that are links, or inside one: teaser cards of a listing. */
  linkedHeads: number;
  subheads: number;
  inputs: number;
  listItems: number;
  /** Elements whose class names an author or user: one on a story, one per post on a forum. */
  authors: number;
  tables: number;
  /** rel=next / pagination: a listing goes on over pages. */
  paging: boolean;
  /** The walk stopped at MAX_NODES. */
  truncated: boolean;
}

const LONG = 120;
const MIN_BLOCK = 40;
const MAX_P = 80;
const MAX_NODES = 2_500;
// Attribute reads are the walk's main cost in some DOMs (linkedom); class and microdata are read on this many.
const MAX_ATTR_READS = 800;
const LD_TYPE = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const LD_DATE = /"datePublished"\s*:/;
const DATE_META_NAMES = new Set(['article:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'datepublished']);
const LD_TYPE_VALUE = /"([^"]+)"/g;
const DATE_IN_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|\/(19|20)\d\d(0[1-9]|1[0-2])[0-3]\d\b|[-_/](19|20)\d\d-\d\d-\d\d/;
// Class words, common to publishers and shop systems in general, of a byline, a price/cart and a post's author.
const BYLINE_CLASS = /byline/i;
const SHOP_CLASS = /price|add-to-cart|addtocart|add_to_cart|checkout|basket/i;
const AUTHOR_CLASS = /(^|[\s_-])(author|username|user-name|avatar|poster)([\s_-]|$)/i;
const PAGING_CLASS = /(^|[\s_-])(pagination|pager)([\s_-]|$)/i;

// Context bits inherited down the walk.
const IN_NAV = 1, IN_HEAD = 2, IN_LINK = 4;
const NAV_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const HEAD_TAGS = new Set(['H1', 'H2', 'H3', 'H4']);
// Containers whose own loose text (old pages: text with <br>, no <p>) counts as a text block.
const LOOSE_TEXT = new Set(['DIV', 'TD', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'FONT', 'CENTER', 'MAIN', 'SPAN']);
const SKIP = new Set(['STYLE', 'SVG', 'svg', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'IFRAME']);

export function pageSignals(doc: Document): PageSignals {
  const ldTypes: string[] = [];
  let ogType = '', byline = false, dated = false, price = false, paging = false, url = '';
  let articles = 0, h1 = 0, h1Words = 0, pre = 0, code = 0, times = 0, links = 0, proseLinks = 0, navLinks = 0, linkedHeads = 0;
  let subheads = 0, inputs = 0, listItems = 0, authors = 0, tables = 0, shop = 0, pCount = 0, blockChars = 0, nodes = 0, reads = 0;
  // Per parent: [long blocks, block characters, link characters inside the blocks].
  const perParent = new Map<Element, [number, number, number]>();
  const paras: [Element, number][] = [];
  const els: Element[] = [doc.documentElement];
  const ctx: number[] = [0];
  const addBlock = (parent: Element | null, len: number, linkChars: number) => {
    if (!parent || len < MIN_BLOCK) return;
    blockChars += len;
    let c = perParent.get(parent);
    if (!c) perParent.set(parent, (c = [0, 0, 0]));
    c[1] += len;
    c[2] += linkChars;
    if (len >= LONG) c[0]++;
  };
  while (els.length) {
    const el = els.pop()!;
    let flags = ctx.pop()!;
    if (++nodes > MAX_NODES) break;
    const tag = el.tagName;
    if (SKIP.has(tag)) continue;
    switch (tag) {
      case 'A':
        links++;
        if (flags & IN_NAV) navLinks++;
        if (flags & IN_HEAD) linkedHeads++;
        flags |= IN_LINK;
        break;
      case 'P': {
        if (pCount++ >= MAX_P) break;
        const len = (el.textContent ?? '').length;
        if (len >= MIN_BLOCK) paras.push([el, len]);
        break;
      }
      case 'LI': listItems++; break;
      case 'TIME': times++; break;
      case 'H2': case 'H3': subheads++; if (flags & IN_LINK) linkedHeads++; break;
      case 'INPUT': case 'TEXTAREA': inputs++; continue;
      case 'PRE': pre++; break;
      case 'CODE': code++; continue;
      case 'TABLE': tables++; break;
      case 'ARTICLE': articles++; break;
      case 'H1': if (h1++ === 0) h1Words = (el.textContent ?? '').split(/\s+/).filter(Boolean).length; break;
      case 'META': {
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
        if (key === 'og:type') ogType = (el.getAttribute('content') ?? '').toLowerCase().trim();
        else if (key === 'og:url' && !url) url = el.getAttribute('content') ?? '';
        else if (DATE_META_NAMES.has(key)) dated = true;
        else if (key === 'author' || key === 'article:author') byline = true;
        else if (key === 'product:price:amount' || key === 'og:price:amount' || key === 'price') price = true;
        continue;
      }
      case 'LINK': {
        const rel = el.getAttribute('rel');
        if (rel === 'canonical') url = el.getAttribute('href') ?? url;
        else if (rel === 'next') paging = true;
        continue;
      }
      case 'SCRIPT': {
        if (el.getAttribute('type') !== 'application/ld+json') continue;
        const t = el.textContent ?? '';
        if (!dated && LD_DATE.test(t)) dated = true;
        for (const m of t.matchAll(LD_TYPE)) for (const v of m[1]!.matchAll(LD_TYPE_VALUE)) if (ldTypes.length < 40) ldTypes.push(v[1]!);
        continue;
      }
    }
    if (NAV_TAGS.has(tag)) flags |= IN_NAV;
    if (HEAD_TAGS.has(tag)) flags |= IN_HEAD;
    const cls = reads++ < MAX_ATTR_READS ? el.getAttribute('class') : null;
    if (cls) {
      const ip = el.getAttribute('itemprop');
      if (ip) {
        if (ip === 'price') price = true;
        else if (ip === 'datePublished') dated = true;
        else if (ip.includes('author')) { byline = true; authors++; }
      }
      if (!byline && BYLINE_CLASS.test(cls)) byline = true;
      if (SHOP_CLASS.test(cls)) shop++;
      if (AUTHOR_CLASS.test(cls)) authors++;
      if (!paging && PAGING_CLASS.test(cls)) paging = true;
    }
    // Children in document order; loose text of old-style containers is measured on the way.
    // Element links only: in a browser every node handed to script costs a wrapper and a bindings call, and text
    // nodes are half the nodes of a page; only old-style containers have their text nodes read.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) { els.push(c); ctx.push(flags); }
    if (LOOSE_TEXT.has(tag)) {
      let loose = 0;
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) loose += (c as Text).data.trim().length;
      if (loose >= MIN_BLOCK) addBlock(el.parentElement, loose, 0);
    }
  }
  // Link text inside the counted paragraphs (prose links): bounded by MAX_P paragraphs.
  for (const [p, len] of paras) {
    let lc = 0;
    const as = p.getElementsByTagName('a');
    for (let i = 0; i < as.length; i++) lc += (as[i]!.textContent ?? '').length;
    proseLinks += as.length;
    addBlock(p.parentElement, len, lc);
  }
  let best: [number, number, number] = [0, 0, 0], cluster = 0;
  for (const c of perParent.values()) {
    if (c[1] > best[1]) best = c;
    if (c[0] > cluster) cluster = c[0];
  }
  let path = '';
  try { path = url ? new URL(url, 'http://x.invalid/').pathname : ''; } catch { path = ''; }
  const segs = path.split('/').filter(Boolean);
  const last = (segs[segs.length - 1] ?? '').replace(/\.\w+$/, '');
  const slugWords = last.split(/[-_]+/).filter(isLetters2).length;
  return {
    ldTypes, ogType, byline, dated, cluster, clusterChars: best[1], clusterLinkChars: best[2], blockChars, articles, h1, h1Words,
    pathDepth: url ? segs.length : -1, slugWords, dateInPath: DATE_IN_PATH.test(path), pre, code, price, shop, times, links,
    proseLinks, navLinks, linkedHeads, subheads, inputs, listItems, authors, tables, paging, truncated: nodes > MAX_NODES,
  };
}
