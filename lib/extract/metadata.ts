// Title, byline, date, site name and language, from JSON-LD, Open Graph, <meta> and visible markup.
import type { PageElements, PageMetadata } from './types';
import { clean, closestWhere, itemScopeOf } from './text';
import { readJsonLd, type LdArticle } from './jsonld';
import { cleanMetaByline, looksLikeHandle, visibleByline } from './byline';
import { toIsoDate } from './dates';
import { headerByline, visibleDate } from './story-header';
import { pageTitle } from './title';
import { wordRuns } from './words';

// Meta names and properties that carry the fields, Dublin Core, Open Graph, Twitter and Parse.ly spellings. A property
// attribute is a space-separated list ("dc:creator og:author"); "og:article:author" is a common spelling of article:author.
const PROPERTY = /^(?:og:)?(article|dc|dcterms?|og|twitter):(author|creator|published_time|title|site_name)$/i;
const NAME = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|title|site_name|date)\s*$/i;
const URLISH = /^https?:\/\//i;
// Other meta names that say "published" (publish-date, published_time, w-published-date, publication_date, pubdate):
// the publication's date, under a publishing system's own name.
const PUBLISHED_NAME = /(?:^|[-_.:])(?:published|publish|publication|pub)(?:[-_.:]?(?:date|time|datetime|on|at))?$/i;
/** The key metaValues keeps the first of them under (NAME never gives it). */
const ANY_PUBLISHED = 'published';
// Microdata items inside a story whose datePublished is their own, not the story's: embedded media, products and
// their reviews, readers' comments and answers.
const MICRODATA_NOT_STORY = /(?:^|[/#])(?:\w*Object|Clip|Movie|Episode|Product|Offer|Review|Rating|Comment|Answer|Question)$/;

function metaValues(metas: ArrayLike<Element>): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    const prop = m.getAttribute('property');
    let matched = false;
    if (prop) {
      for (const token of prop.trim().split(/\s+/)) {
        const p = PROPERTY.exec(token);
        if (!p) continue;
        const prefix = p[1]!.toLowerCase();
        values.set(`${prefix === 'dcterms' ? 'dcterm' : prefix}:${p[2]!.toLowerCase()}`, content);
        matched = true;
      }
    }
    if (matched) continue;
    const name = m.getAttribute('name');
    if (name && NAME.test(name)) values.set(name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content);
    // The first such meta that holds a date ("publication" may hold the publication's name).
    else if (name && PUBLISHED_NAME.test(name.trim()) && !values.has(ANY_PUBLISHED) && toIsoDate(unescapeHtml(content))) values.set(ANY_PUBLISHED, content);
  }
  return values;
}

/** The first source, in order, that gives a date readable as ISO 8601. */
function firstDate(sources: (() => string | undefined)[]): string | null {
  for (const source of sources) {
    const raw = source();
    const iso = raw ? toIsoDate(unescapeHtml(raw)) : null;
    if (iso) return iso;
  }
  return null;
}

/** The story's microdata datePublished: the first one that is not an embedded video's, a product review's or a comment's. */
function microdataPublished(doc: Document): string | undefined {
  const first = doc.querySelector('[itemprop~="datePublished"]');
  if (!first) return undefined;
  return ownDate(first) ?? Array.from(doc.querySelectorAll('[itemprop~="datePublished"]')).slice(1).map(ownDate).find(Boolean);
}

function ownDate(el: Element): string | undefined {
  const type = itemScopeOf(el)?.getAttribute('itemtype');
  if (type && type.trim().split(/\s+/).some((t) => MICRODATA_NOT_STORY.test(t))) return undefined;
  // Microdata's value: content, a <time>'s datetime, else the text; an <abbr> gives its title (the hAtom pattern:
  // <abbr itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr>).
  const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.localName === 'abbr' ? el.getAttribute('title') : null) ?? el.textContent;
  return value?.trim() && toIsoDate(unescapeHtml(value)) ? value : undefined;
}

/**
 * The first author the page's metadata gives. A user name ("jsmith42") or an organisation (the publisher named as its
 * own author) gives way to a visible byline that names someone.
 */
function byline(doc: Document, ld: LdArticle | null, v: Map<string, string>, site: string | null, h1: () => Element | null, article: () => Element | null): string | null {
  const articleAuthor = v.get('article:author');
  const publisher = fold(site);
  let weak: string | null = null;
  const sources: [string | undefined, boolean][] = [[ld?.author, Boolean(ld?.authorIsOrg)], [v.get('dc:creator'), false],
    [v.get('dcterm:creator'), false], [v.get('author'), false], [v.get('parsely-author'), false],
    [articleAuthor && !URLISH.test(articleAuthor) ? articleAuthor : undefined, false], [ld?.creator, false]];
  for (const [raw, org] of sources) {
    const name = raw ? cleanMetaByline(unescapeHtml(raw)) : null;
    if (!name) continue;
    if (!org && !looksLikeHandle(name) && (!publisher || fold(name) !== publisher)) return name;
    weak ??= name;
  }
  // Else a visible byline; last, a "By Name" line by the headline that no byline markup marks.
  const shown = visibleByline(doc, h1, article) ?? headerByline(storyHeadline(doc, h1()));
  if (weak === null) return shown;
  // The visible byline names someone else than the user name or organisation ("Town Herald Sponsored" does not).
  const w = fold(weak);
  return shown && !looksLikeHandle(shown) && !(w && fold(shown).includes(w)) ? shown : weak;
}

const fold = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Entities that metadata escaped twice uses: markup, punctuation (the marks that join a site's name to a title),
// symbols, and Latin letters with an accent (&eacute;), which are built from their names.
const ENTITIES = new Map<string, string>(Object.entries({
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', bull: '•', middot: '·', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', times: '×', shy: '',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', thorn: 'þ',
}));
const ACCENTS = new Map<string, string>(Object.entries({ grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' }));
const LEGACY_CAPS = new Set(['AMP', 'QUOT', 'LT', 'GT', 'COPY', 'REG']);
const ACCENTED = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil)$/;
const ENTITY = /&(?:([a-zA-Z]{2,8})|#[xX]([0-9a-fA-F]+)|#(\d+));/g;
/** Metadata that was escaped twice ("Ann &amp;amp; Bo", "Plate &bull; Site" in the source) reads as the page means it. */
function unescapeHtml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, name?: string, hex?: string, dec?: string) => {
    if (name) {
      // Names are case-sensitive (&Eacute; is not &eacute;), but for the few HTML also reads in capitals (&AMP;).
      const known = ENTITIES.get(name) ?? (LEGACY_CAPS.has(name) ? ENTITIES.get(name.toLowerCase()) : undefined);
      if (known !== undefined) return known;
      const a = ACCENTED.exec(name);
      return a ? (a[1]! + ACCENTS.get(a[2]!)!).normalize('NFC') : m;
    }
    const n = parseInt(hex ?? dec ?? '', hex ? 16 : 10);
    return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
  });
}

/** The content of the first <meta> with a content whose attribute `name` is `value` (in any case with `anyCase`). */
function metaContent(metas: ArrayLike<Element>, name: string, value: string, anyCase: boolean): string | null | undefined {
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const v = m.getAttribute(name);
    if (v !== null && (anyCase ? v.toLowerCase() : v) === value) return m.getAttribute('content');
  }
  return undefined;
}

function language(doc: Document, metas: ArrayLike<Element>, values: Map<string, string>): string | null {
  const raw = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang')
    || metaContent(metas, 'property', 'og:locale', false)
    || metaContent(metas, 'http-equiv', 'content-language', true)
    || values.get('dc:language') || '';
  const tag = raw.trim().split(/[-_,;\s]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

/**
 * The first element `selector` finds, looked up once, on first need: unless the detector's walk met it (`met`) and it
 * is still in the page. The analysis may run some milliseconds after the detector (while the analyser loads), and a
 * page that re-rendered meanwhile holds new elements; one the walk did not meet is looked for.
 */
function firstOnce(doc: Document, selector: string, met: Element | null | undefined): () => Element | null {
  let el: Element | null | undefined = met?.isConnected ? met : undefined;
  return () => (el === undefined ? (el = doc.querySelector(selector)) : el);
}

/** The story's headline: the first <h1>, or when that is the site's name set as a heading, the next <h1> that is not. */
function storyHeadline(doc: Document, first: Element | null): Element | null {
  if (!first || !isMasthead(first)) return first;
  const all = doc.getElementsByTagName('h1');
  for (let i = 1; i < all.length && i < 5; i++) if (!isMasthead(all[i]!)) return all[i]!;
  return null;
}

/** The page's metas that hold a value and its typed scripts (JSON-LD is typed), in document order. */
function metasAndScripts(doc: Document): { metas: Element[]; scripts: Element[] } {
  // From one query: some DOMs (linkedom) walk the whole page for every query, getElementsByTagName too, and match a
  // tag name by lower-casing every element's.
  const metas: Element[] = [], scripts: Element[] = [];
  const found = doc.querySelectorAll('[content], [type]');
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    const tag = el.localName;
    if (tag === 'meta') {
      if (el.hasAttribute('content')) metas.push(el);
    } else if (tag === 'script') scripts.push(el);
  }
  return { metas, scripts };
}

/**
 * `found`: what the detector's walk of this page listed (metas, scripts, the first <h1> and <article>), when the
 * caller kept it.
 */
export function extractMetadata(doc: Document, _url: string, found?: PageElements): PageMetadata {
  const walked = found?.complete ? found : undefined;
  const { metas, scripts } = walked ?? metasAndScripts(doc);
  // For the steps that need them: the headline, and the story's <article> for bylines.
  const firstH1 = firstOnce(doc, 'h1', walked?.h1), firstArticle = firstOnce(doc, 'article', walked?.article);
  const ld = readJsonLd(scripts);
  const v = metaValues(metas);
  let title: string | undefined;
  if (ld?.name && ld.headline && ld.name !== ld.headline) {
    const docTitle = pageTitle(doc);
    title = similar(ld.headline, docTitle) && !similar(ld.name, docTitle) ? ld.headline : ld.name;
  } else title = ld?.name ?? ld?.headline;
  // A structured-data title that shares not one word with the page's Open Graph title is some other thing's name (a
  // publishing system's placeholder, the site's own name), not this story's headline.
  const og = v.get('og:title');
  if (title && og && wordRuns(og).length && !sharesAWord(title, og)) title = undefined;
  title ??= v.get('dc:title') ?? v.get('dcterm:title') ?? v.get('og:title') ?? v.get('weibo:article:title') ?? v.get('weibo:webpage:title') ?? v.get('title') ?? v.get('twitter:title') ?? v.get('parsely-title');
  title ??= pageTitle(doc) || undefined;
  const siteName = clean(unescapeHtml(ld?.publisher ?? v.get('og:site_name') ?? '')) || null;
  if (title) title = unescapeHtml(title);
  // A "title" longer than any headline (a page's whole text in its <title>, a hostile page) is not cut at its joins:
  // each cut compares a part with the whole.
  if (title && title.length <= MAX_TITLE) title = withoutSiteName(headlineIn(title, firstH1, siteName), siteName, firstH1);
  // Publication first; a creation date (often when the record was made, not when the story went out) only after it.
  const published = firstDate([() => ld?.datePublished, () => v.get('article:published_time'), () => v.get('parsely-pub-date'),
    () => microdataPublished(doc), () => ld?.dateCreated, () => v.get('date'), () => v.get('dc:date'),
    // Then the dateline a reader sees by the headline.
    () => visibleDate(storyHeadline(doc, firstH1())) ?? undefined,
    // Last, a publishing system's own "published" meta (after the dateline: some contradict it, a republication's day).
    () => v.get(ANY_PUBLISHED)]);
  return {
    title: atMost(clean(title ?? ''), MAX_TITLE) || null,
    byline: byline(doc, ld, v, siteName, firstH1, firstArticle),
    published,
    siteName,
    lang: language(doc, metas, v),
  };
}

/** Longer than any headline (the longest of 926 corpus pages: 208 characters): cut there, at a word, with "…". */
const MAX_TITLE = 400;
const atMost = (s: string, n: number) => {
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(' ', n - 1);
  return `${s.slice(0, cut > n / 2 ? cut : n - 1)}…`;
};

/** What joins a site's name to a headline: " | Site", " - Site", "Site — ", " · Site". */
const JOINS = '|-–—·•:»';
const plain = (s: string) => s.normalize('NFKC').replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
/** A site's own name set as its first heading: named so, or in its banner or navigation. */
const MASTHEAD = /logo|brand|masthead|menu|site-?(?:name|title)/i;
const HOME_HREF = /^(?:[a-z]+:\/\/[^/]+)?(?:\.{0,2}\/)*(?:index\.html?)?$/i;

/** The first <h1> is the site's name, not a story's headline: named or placed as a masthead, or one link home. */
function isMasthead(h1: Element): boolean {
  if (MASTHEAD.test(`${h1.getAttribute('class') ?? ''} ${h1.getAttribute('id') ?? ''}`)) return true;
  // In the navigation or banner, or itself inside a link to the home page (a logo whose text is an <h1>).
  const home = (e: Element) => e.localName === 'a' && HOME_HREF.test(e.getAttribute('href') || 'x');
  if (closestWhere(h1.parentElement, (e) => e.localName === 'nav' || e.getAttribute('role') === 'banner' || home(e))) return true;
  const a = h1.getElementsByTagName('a')[0];
  return a !== undefined && HOME_HREF.test(a.getAttribute('href') ?? 'x') && plain(a.textContent ?? '') === plain(h1.textContent ?? '');
}

/**
 * The headline a reader sees, when the metadata title is that headline with the site's name joined before or after
 * it ("Event planning in 7 steps | Acme"): the first <h1>, cut out of the title, the site's name being the shorter
 * part. Otherwise the title as given.
 */
function headlineIn(title: string, firstH1: () => Element | null, siteName: string | null): string {
  if (![...JOINS].some((j) => title.includes(j))) return title;
  const h1 = firstH1();
  if (!h1) return title;
  const head = plain(h1.textContent ?? '');
  if (head.length < 10 || (siteName && plain(siteName) === head) || isMasthead(h1)) return title;
  const c = clean(title);
  for (let i = 0; i < c.length; i++) {
    if (!JOINS.includes(c[i]!)) continue;
    const left = c.slice(0, i).trim(), right = c.slice(i + 1).trim();
    if (!left || !right) continue;
    if (right.length < left.length && plain(left) === head) return left;
    if (left.length < right.length && plain(right) === head) return right;
  }
  return title;
}

/**
 * The title without the site's name joined after or before it ("Best cloud stocks of 2025 | The Motley Fool", the site
 * being "The Motley Fool", or a longer name that starts with it), when the headline is not on the page to cut it at.
 */
function withoutSiteName(title: string, siteName: string | null, firstH1: () => Element | null): string {
  const site = siteName ? plain(siteName) : '';
  if (site.length < 2 || ![...JOINS].some((j) => title.includes(j))) return title;
  const c = clean(title);
  // A part is the site's name, or the first words (two or more) of a longer one ("The Nutrition Source - Harvard …").
  const isSite = (part: string) => { const p = plain(part); return p.length >= 2 && (p === site || (p.includes(' ') && site.startsWith(`${p} `))); };
  const keep = (part: string) => part.length >= 10 && part.includes(' ');
  // A join is a mark set apart by spaces ("Title | Site", "Title - Site"), not a hyphen inside a word ("AP-NORC poll"),
  // and not a colon: "Book title: its subtitle" is one title, whatever the site is called.
  const join = (i: number) => {
    const ch = c[i]!;
    if (ch === ':' || !JOINS.includes(ch)) return false;
    const spaced = (x: string | undefined) => x === undefined || x === ' ';
    return ch === '-' ? spaced(c[i - 1]) && spaced(c[i + 1]) : spaced(c[i - 1]) || spaced(c[i + 1]);
  };
  let cut: string | null = null;
  for (let i = c.length - 1; i > 0 && cut === null; i--) {
    if (!join(i)) continue;
    const left = c.slice(0, i).trim(), right = c.slice(i + 1).trim();
    if (isSite(right) && keep(left)) cut = left;
  }
  for (let i = 0; i < c.length - 1 && cut === null; i++) {
    if (!join(i)) continue;
    const left = c.slice(0, i).trim(), right = c.slice(i + 1).trim();
    if (isSite(left) && keep(right)) cut = right;
  }
  // The page's headline reads the whole title: nothing to cut.
  if (cut === null) return title;
  const h1 = firstH1();
  return h1 && plain(h1.textContent ?? '') === plain(c) ? title : cut;
}

const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Whether a and b have a word in common (a JSON-LD title that shares none with og:title names something else). */
function sharesAWord(a: string, b: string): boolean {
  const x = unescapeHtml(a).toLowerCase(), y = unescapeHtml(b).toLowerCase();
  const A = new Set(wordRuns(x));
  // A run of a script written without spaces (Chinese, Japanese) is a whole phrase: one inside the other's text counts.
  const phrase = (w: string, other: string) => w.length >= 2 && UNSPACED.test(w) && other.includes(w);
  return wordRuns(y).some((w) => A.has(w) || phrase(w, x)) || [...A].some((w) => phrase(w, y));
}

/** Readability's test: most of b's words are in a. */
function similar(a: string, b: string): boolean {
  const A = new Set(wordRuns(a.toLowerCase()));
  const B = wordRuns(b.toLowerCase());
  if (!A.size || !B.length) return false;
  const uniq = B.filter((t) => !A.has(t));
  const dist = uniq.join(' ').length / B.join(' ').length;
  return 1 - dist > 0.75;
}
