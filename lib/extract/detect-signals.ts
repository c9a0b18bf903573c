// Cheap page signals for the article detector: ONE bounded walk over the nodes (no selector queries), reading the
// text of at most MAX_P paragraphs. Huge pages stop after MAX_NODES: by then the story's paragraphs, or the cards of
// a listing, have shown themselves.

import { MONTH } from './dates';
import { classOf } from './text';
import type { PageElements } from './types';
import { asciiLetter, isLetters2 } from './words';

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
  /** rel=next: a listing goes on over pages. */
  paging: boolean;
  /** The walk stopped at MAX_NODES. */
  truncated: boolean;
  /** Folder names of the URL path (not its last segment) and the labels of its host name, lower-cased. */
  folders: string[];
  hostLabels: string[];
  /** Superscripts: the citation marks of an encyclopedia or a paper. */
  sups: number;
  /** Elements whose class names a post or reply (one per message on a forum), a vote, a card or tile of a listing. */
  postMarks: number;
  voteMarks: number;
  cardMarks: number;
  /** A written date, or "By Name", in the short texts just before and after the first <h1>: a story's dateline. */
  headerDate: boolean;
  headerBy: boolean;
  /** Links that dial a phone number or write an e-mail: a business's contact page. */
  contactLinks: number;
  /** Lists inside list items: the navigation tree of documentation. */
  nestedLists: number;
  buttons: number;
  /** Elements whose class names a share bar, a comment. */
  shareMarks: number;
  commentMarks: number;
  /** Σ sqrt(length − 140) over paragraphs of at least 140 characters: "enough prose to read", as reader modes judge it. */
  prose: number;
  /** Characters of text blocks under the best grandparent: a story whose paragraphs sit in several boxes. */
  clusterChars2: number;
  /**
   * Characters of text blocks in the best box, a block's box being its parent or, where a publishing system wraps every
   * paragraph in boxes of its own (<div class="text"><p>…</p></div>, one per paragraph), the first box up that holds
   * more than the one. At least clusterChars.
   */
  boxChars: number;
}

const LONG = 120;
const MIN_BLOCK = 40;
const MAX_P = 80;
/** Boxes of one paragraph each looked through, at most, to the box that holds the story's paragraphs. */
const WRAPPERS = 3;
const MAX_NODES = 1_800;
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
const SHARE_CLASS = /share|social/i;
const COMMENT_CLASS = /comment/i;
const POST_CLASS = /(^|[\s_-])(post|message|reply|answer)s?([\s_-]|$)/i;
const VOTE_CLASS = /vote|upvote|score|rating/i;
// A date as pages write it: "March 3, 2024", "3 March 2024", "2024-03-03", "03/03/2024".
const WRITTEN_DATE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+(19|20)\\d\\d\\b|\\b\\d{1,2}(st|nd|rd|th)?\\.?\\s+${MONTH},?\\s+(19|20)\\d\\d\\b|\\b(19|20)\\d\\d[-/.]\\d\\d?[-/.]\\d\\d?\\b|\\b\\d\\d?[/.]\\d\\d?[/.](19|20)\\d\\d\\b`,
  'i',
);
// Every written date above has a year. Compiling WRITTEN_DATE costs about as much as walking a hundred elements, so
// texts without one never run it (a cold content script compiles each regex on its first use).
const YEAR = /(19|20)\d\d/;
// "By Name": a byline's words, then two letters. As fitted: case-insensitive, so the letters are any two that have a
// case (`/\p{Lu}\p{Ll}/iu` after the words). That regex takes a millisecond to compile, more than all the detector's
// others together: ASCII letters are told by their code, and it runs only on the rest.
const BY_WORDS = /(^|\s)(by|written by|posted by|author:?)\s+/gi;
const NAME_START = /^\p{Lu}\p{Ll}/iu;
export function byName(t: string): boolean {
  BY_WORDS.lastIndex = 0;
  for (let m; (m = BY_WORDS.exec(t)); ) {
    const i = BY_WORDS.lastIndex, a = t.charCodeAt(i), b = t.charCodeAt(i + 1);
    // (charCodeAt past the end is NaN: no letter, and no reason to compile NAME_START.)
    if (!(a >= 128) && !(b >= 128)) { if (asciiLetter(a) && asciiLetter(b)) return true; }
    else if (NAME_START.test(t.slice(i, i + 4))) return true;
  }
  return false;
}
/** Short texts read around the first <h1>: before it, and after it. */
const HEAD_BEFORE = 30, HEAD_AFTER = 60, HEAD_TEXT = 200;
/** A headline further down the page than this many elements comes after the page's furniture: no look back. */
const HEAD_NODES = 1_000;
const CARD_CLASS = /card|tile|teaser|grid-item|product-item/i;
/** Any of the class words above: most class names have none, and one test rules them out. */
const CLASS_WORDS = /byline|price|cart|checkout|basket|author|user|avatar|poster|share|social|comment|post|message|repl|answer|vote|score|rating|card|tile|teaser|grid-item|product-item/i;
const M_BYLINE = 1, M_SHOP = 2, M_AUTHOR = 4, M_SHARE = 8, M_COMMENT = 16, M_POST = 32, M_VOTE = 64, M_CARD = 128;
/** Which of the class words above a class attribute holds, as bits. */
function marksOf(cls: string): number {
  if (!CLASS_WORDS.test(cls)) return 0;
  return (BYLINE_CLASS.test(cls) ? M_BYLINE : 0) | (SHOP_CLASS.test(cls) ? M_SHOP : 0) | (AUTHOR_CLASS.test(cls) ? M_AUTHOR : 0) |
    (SHARE_CLASS.test(cls) ? M_SHARE : 0) | (COMMENT_CLASS.test(cls) ? M_COMMENT : 0) | (POST_CLASS.test(cls) ? M_POST : 0) |
    (VOTE_CLASS.test(cls) ? M_VOTE : 0) | (CARD_CLASS.test(cls) ? M_CARD : 0);
}

// Context bits inherited down the walk.
const IN_NAV = 1, IN_HEAD = 2, IN_LINK = 4;
// What the walk does with a tag, from one lookup (most elements are a <div> or a <span>: one hash probe each): the
// low bits a code the walk switches on (a jump table, not a string compared case by case), the high bits flags.
const K_A = 1, K_LIST = 2, K_BUTTON = 3, K_SUP = 4, K_P = 5, K_LI = 6, K_TIME = 7, K_SUBHEAD = 8, K_FIELD = 9, K_PRE = 10;
const K_CODE = 11, K_TABLE = 12, K_ARTICLE = 13, K_H1 = 14, K_META = 15, K_LINK = 16, K_SCRIPT = 17, K_MASK = 31;
const T_SKIP = 32, T_NAV = 64, T_HEAD = 128, T_LOOSE = 256;
const TAGS = new Map<string, number>();
const tagBits = (bits: number, tags: string) => {
  for (const t of tags.split(' ')) {
    const had = TAGS.get(t) ?? 0;
    // Two codes OR-ed together would be a third: a tag has one code, any number of flags.
    if (had & K_MASK && bits & K_MASK) throw new Error(`detect-signals: two codes for <${t}>`);
    TAGS.set(t, had | bits);
  }
};
tagBits(K_A, 'a'); tagBits(K_LIST, 'ul ol'); tagBits(K_BUTTON, 'button'); tagBits(K_SUP, 'sup'); tagBits(K_P, 'p');
tagBits(K_LI, 'li'); tagBits(K_TIME, 'time'); tagBits(K_SUBHEAD, 'h2 h3'); tagBits(K_FIELD, 'input textarea');
tagBits(K_PRE, 'pre'); tagBits(K_CODE, 'code'); tagBits(K_TABLE, 'table'); tagBits(K_ARTICLE, 'article'); tagBits(K_H1, 'h1');
tagBits(K_META, 'meta'); tagBits(K_LINK, 'link'); tagBits(K_SCRIPT, 'script');
tagBits(T_SKIP, 'style svg noscript template select iframe');
tagBits(T_NAV, 'nav header footer aside');
tagBits(T_HEAD, 'h1 h2 h3 h4');
// Containers whose own loose text (old pages: text with <br>, no <p>) counts as a text block.
tagBits(T_LOOSE, 'div td section article blockquote font center main span');

/** `found`, when given, receives the metas, scripts, first <h1> and first <article> the walk meets (see PageElements). */
export function pageSignals(doc: Document, found?: PageElements): PageSignals {
  const ldTypes: string[] = [];
  let ogType = '', byline = false, dated = false, price = false, paging = false, url = '';
  let articles = 0, h1 = 0, h1Words = 0, pre = 0, code = 0, times = 0, links = 0, proseLinks = 0, navLinks = 0, linkedHeads = 0;
  let subheads = 0, inputs = 0, listItems = 0, authors = 0, tables = 0, shop = 0, pCount = 0, blockChars = 0, nodes = 0, reads = 0;
  let sups = 0, postMarks = 0, voteMarks = 0, cardMarks = 0, headerDate = false, headerBy = false;
  // Leaf texts before the first <h1> (a ring), and a countdown of leaves still to read after it.
  const before: string[] = [];
  let after = -1;
  const headerText = (t: string) => {
    if (!headerDate && YEAR.test(t) && WRITTEN_DATE.test(t)) headerDate = true;
    if (!headerBy && byName(t)) headerBy = true;
  };
  let contactLinks = 0, nestedLists = 0, buttons = 0, shareMarks = 0, commentMarks = 0;
  // Per parent: [long blocks, block characters, link characters inside the blocks].
  const perParent = new Map<Element, [number, number, number]>();
  const perBox = new Map<Element, number>();
  const classMarks = new Map<string, number>();
  const paras: [Element, number][] = [];
  // A page's script may have taken its whole document away (some do, when their ad scripts fail to load): no root.
  const els: Element[] = doc.documentElement ? [doc.documentElement] : [];
  const ctx: number[] = [0];
  const addBlock = (parent: Element | null, len: number, linkChars: number) => {
    if (!parent || len < MIN_BLOCK) return;
    blockChars += len;
    let c = perParent.get(parent);
    if (!c) perParent.set(parent, (c = [0, 0, 0]));
    c[1] += len;
    c[2] += linkChars;
    if (len >= LONG) c[0]++;
    // A box of this one block: the blocks' box is further up (counted apart; added to that box's own blocks at the end).
    // First and last element child, not childElementCount: linkedom counts the children on every read.
    if (parent.firstElementChild !== parent.lastElementChild || !parent.parentElement) return;
    let box = parent.parentElement;
    for (let k = 1; k < WRAPPERS && box.firstElementChild === box.lastElementChild && box.parentElement; k++) box = box.parentElement;
    perBox.set(box, (perBox.get(box) ?? 0) + len);
  };
  while (els.length) {
    const el = els.pop()!;
    let flags = ctx.pop()!;
    if (++nodes > MAX_NODES) break;
    const tag = el.localName;
    const bits = TAGS.get(tag) ?? 0;
    if (bits & T_SKIP) continue;
    switch (bits & K_MASK) {
      case K_A: {
        links++;
        const href = el.getAttribute('href');
        if (href && (href.startsWith('tel:') || href.startsWith('mailto:'))) contactLinks++;
        if (flags & IN_NAV) navLinks++;
        if (flags & IN_HEAD) linkedHeads++;
        flags |= IN_LINK;
        break;
      }
      case K_LIST: if (el.parentElement?.localName === 'li') nestedLists++; break;
      case K_BUTTON: buttons++; break;
      case K_SUP: sups++; break;
      case K_P: {
        if (pCount++ >= MAX_P) break;
        const len = (el.textContent ?? '').length;
        if (len >= MIN_BLOCK) paras.push([el, len]);
        break;
      }
      case K_LI: listItems++; break;
      case K_TIME: times++; break;
      case K_SUBHEAD: subheads++; if (flags & IN_LINK) linkedHeads++; break;
      case K_FIELD: inputs++; continue;
      case K_PRE: pre++; break;
      case K_CODE: code++; continue;
      case K_TABLE: tables++; break;
      case K_ARTICLE: if (articles++ === 0 && found) found.article = el; break;
      case K_H1:
        if (h1++ === 0) {
          if (found) found.h1 = el;
          h1Words = headlineWords(el.textContent ?? '');
          for (const t of before) headerText(t);
          after = HEAD_AFTER;
        }
        break;
      case K_META: {
        if (found && el.hasAttribute('content')) found.metas.push(el);
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
        if (key === 'og:type') ogType = (el.getAttribute('content') ?? '').toLowerCase().trim();
        else if (key === 'og:url' && !url) url = el.getAttribute('content') ?? '';
        else if (DATE_META_NAMES.has(key)) dated = true;
        else if (key === 'author' || key === 'article:author') byline = true;
        else if (key === 'product:price:amount' || key === 'og:price:amount' || key === 'price') price = true;
        continue;
      }
      case K_LINK: {
        const rel = el.getAttribute('rel');
        if (rel === 'canonical') url = el.getAttribute('href') ?? url;
        else if (rel === 'next') paging = true;
        continue;
      }
      case K_SCRIPT: {
        const type = el.getAttribute('type');
        if (found && type !== null) found.scripts.push(el);
        if (type !== 'application/ld+json') continue;
        const t = el.textContent ?? '';
        if (!dated && LD_DATE.test(t)) dated = true;
        for (const m of t.matchAll(LD_TYPE)) for (const v of m[1]!.matchAll(LD_TYPE_VALUE)) if (ldTypes.length < 40) ldTypes.push(v[1]!);
        continue;
      }
    }
    if (bits & T_NAV) flags |= IN_NAV;
    if (bits & T_HEAD) flags |= IN_HEAD;
    const cls = reads++ < MAX_ATTR_READS ? classOf(el) : undefined;
    if (cls) {
      const ip = el.getAttribute('itemprop');
      if (ip) {
        if (ip === 'price') price = true;
        else if (ip === 'datePublished') dated = true;
        else if (ip.includes('author')) { byline = true; authors++; }
      }
    }
    if (cls) {
      // A page repeats its class names (every card, every list item): each distinct one is tested once.
      let marks = classMarks.get(cls);
      if (marks === undefined) classMarks.set(cls, (marks = marksOf(cls)));
      if (marks) {
        if (marks & M_BYLINE) byline = true;
        if (marks & M_SHOP) shop++;
        if (marks & M_AUTHOR) authors++;
        if (marks & M_SHARE) shareMarks++;
        if (marks & M_COMMENT) commentMarks++;
        if (marks & M_POST) postMarks++;
        if (marks & M_VOTE) voteMarks++;
        if (marks & M_CARD) cardMarks++;
      }
    }
    // Children in document order. Element links only: in a browser every node handed to script costs a wrapper and
    // a bindings call, and text nodes are half the nodes of a page. Boxes that may hold loose prose (old pages: text
    // with <br>, no <p>) are read node by node once, children and text together; loose prose is never inside
    // navigation or a link.
    // The stack's height before this element's children: none pushed means a leaf (the leaf test below).
    const depth = els.length;
    if (bits & T_LOOSE && !(flags & (IN_NAV | IN_LINK))) {
      // Untrimmed lengths first: mostly the whitespace between tags, too short to trim at all.
      let loose = 0;
      for (let c = el.lastChild; c; c = c.previousSibling) {
        if (c.nodeType === 1) { els.push(c as Element); ctx.push(flags); }
        else if (c.nodeType === 3) loose += (c as Text).data.length;
      }
      if (loose >= MIN_BLOCK) {
        loose = 0;
        for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) loose += (c as Text).data.trim().length;
        addBlock(el.parentElement, loose, 0);
      }
    } else {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) { els.push(c); ctx.push(flags); }
    }
    // Short leaf texts around the first <h1>, for its dateline and byline: a leaf pushed no children above.
    if ((after > 0 || (h1 === 0 && nodes < HEAD_NODES)) && !(flags & IN_LINK) && els.length === depth) {
      // Mostly one text node, or none: read it without building a string.
      const f = el.firstChild;
      const t = !f ? '' : f.nodeType === 3 && !f.nextSibling ? (f as Text).data : el.textContent ?? '';
      if (t.length > 5 && t.length < HEAD_TEXT) {
        if (after > 0) { after--; headerText(t); }
        else { before.push(t); if (before.length > HEAD_BEFORE) before.shift(); }
      }
    }
  }
  if (found) found.complete = nodes <= MAX_NODES;
  // Link text inside the counted paragraphs (prose links): bounded by MAX_P paragraphs.
  let prose = 0;
  for (const [p, len] of paras) {
    let lc = 0;
    const as = p.getElementsByTagName('a');
    for (let i = 0; i < as.length; i++) lc += (as[i]!.textContent ?? '').length;
    proseLinks += as.length;
    addBlock(p.parentElement, len, lc);
    if (len >= 140) prose += Math.sqrt(len - 140);
  }
  let best: [number, number, number] = [0, 0, 0], cluster = 0, clusterChars2 = 0;
  const perGrand = new Map<Element, number>();
  for (const [parent, c] of perParent) {
    if (c[1] > best[1]) best = c;
    if (c[0] > cluster) cluster = c[0];
    const g = parent.parentElement;
    if (g) {
      const n = (perGrand.get(g) ?? 0) + c[1];
      perGrand.set(g, n);
      if (n > clusterChars2) clusterChars2 = n;
    }
  }
  clusterChars2 = Math.max(clusterChars2, best[1]);
  let boxChars = best[1];
  for (const [box, n] of perBox) boxChars = Math.max(boxChars, n + (perParent.get(box)?.[1] ?? 0));
  let path = '', host = '';
  try {
    const u = new URL(url, 'http://x.invalid/');
    path = url ? u.pathname : '';
    host = url && u.hostname !== 'x.invalid' ? u.hostname : '';
  } catch { path = ''; }
  const segs = path.split('/').filter(Boolean);
  const last = (segs[segs.length - 1] ?? '').replace(/\.\w+$/, '');
  const slugWords = last.split(/[-_]+/).filter(isLetters2).length;
  return {
    ldTypes, ogType, byline, dated, cluster, clusterChars: best[1], clusterLinkChars: best[2], blockChars, articles, h1, h1Words,
    pathDepth: url ? segs.length : -1, slugWords, dateInPath: DATE_IN_PATH.test(path), pre, code, price, shop, times, links,
    proseLinks, navLinks, linkedHeads, subheads, inputs, listItems, authors, tables, paging, truncated: nodes > MAX_NODES,
    folders: segs.slice(0, -1).map((x) => x.toLowerCase()), hostLabels: host.toLowerCase().split('.').slice(0, -2), sups, postMarks, voteMarks, cardMarks, headerDate, headerBy, contactLinks, nestedLists, buttons, shareMarks, commentMarks,
    prose, clusterChars2, boxChars,
  };
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/** Words of a headline; in scripts written without spaces, about two characters make a word. */
function headlineWords(text: string): number {
  const spaced = text.split(/\s+/).filter(Boolean).length;
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk ? Math.max(spaced, Math.round(cjk / 2)) : spaced;
}
