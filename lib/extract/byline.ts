// The author's name as the page shows it: the first byline element that sits in the story (not in navigation, a
// sidebar, related stories, comments or the site footer), narrowed to the name inside it (microdata or hCard name,
// author link, nested author element) and cleaned of the "By" word, dates, times and job titles around the name.
import { classOf, clean, closestWhere, isHidden, itemScopeOf } from './text';

// Elements named for the byline or marked as the author, those the selector [rel~="author"], a[href*="/author/"],
// a[href*="/authors/"], [itemprop~="author"], [class*="byline"], [class*="Byline"], [id*="byline"], [class*="author"],
// [class*="Author"], [id*="author"] matches. ("dateline" is left out: it holds a place or a date.) isBylineElement reads
// it from one element's attributes (some DOMs, linkedom, compile a selector on every call to matches()). The page's
// list is one selector query, a browser answers it natively (a walk in script would build a wrapper for every element
// it passes); linkedom matches every clause against every element (a tag name is lower-cased for each), so the query
// asks for a superset in fewer clauses and without a tag name, narrowed by isBylineElement.
const BYLINE_WIDE = '[rel~="author"], [href*="/author"], [itemprop~="author"], [class*="yline"], [class*="uthor"], [id*="byline"], [id*="author"]';
const BYLINE_CLASS = /[bB]yline|[aA]uthor/;
const BYLINE_ID = /byline|author/;
// A whole token of a space-separated list; rel is matched without regard to case, as HTML matches it in selectors.
const AUTHOR_TOKEN = /(?:^|\s)author(?:$|\s)/;
const AUTHOR_REL = /(?:^|\s)author(?:$|\s)/i;
const NAME_TOKEN = /(?:^|\s)name(?:$|\s)/;
const FN_TOKEN = /(?:^|\s)fn(?:$|\s)/;

/** Whether the byline selector matches the element. */
function isBylineElement(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const cls = classOf(el);
  if (cls && BYLINE_CLASS.test(cls)) return true;
  const id = el.getAttribute('id');
  if (id && BYLINE_ID.test(id)) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && AUTHOR_TOKEN.test(itemprop)) return true;
  if (isAuthorRel(el)) return true;
  if (el.localName !== 'a') return false;
  const href = el.getAttribute('href');
  return href !== null && (href.includes('/author/') || href.includes('/authors/'));
}

function isAuthorRel(el: Element): boolean {
  const rel = el.getAttribute('rel');
  return rel !== null && AUTHOR_REL.test(rel);
}

/** Each element under `root` (not root itself) in document order, as a selector query lists them (not a <template>'s contents). */
function eachUnder(root: Element, visit: (el: Element) => void): void {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    visit(el);
    if (el.firstElementChild !== null && el.localName !== 'template') eachUnder(el, visit);
  }
}

// Class words of the parts of a byline that are not the name: a job title, a bio, a picture, a date, follow links. The
// word is a whole part of a class token ("author-title", "c-byline__time", "authorBio"), not the start of another word
// ("jobfair"). A class that also says "name" ("author__name") is the name.
const NOT_NAME_PART = classWordTest(['title', 'role', 'job', 'position', 'bio', 'biography', 'desc', 'description', 'about',
  'avatar', 'image', 'img', 'photo', 'pic', 'picture', 'thumb', 'thumbnail', 'follow', 'social', 'twitter', 'e-?mail',
  'count', 'date', 'dateline', 'time', 'timestamp', 'more', 'label', 'prefix'], true);
const NAME_PART = /name|(?:^|\s)fn(?:\s|$)/i;
// "author"-like names that mean something else: "authorization", "authorised".
const AUTHORIZE = /authori[sz]/i;
// Containers whose bylines belong to other stories or to readers: navigation, menus, sidebars, related stories,
// comments. The word starts a class token or a camel-case part ("main-menu", "commentlist", "c-related-content").
const AWAY = classWordTest(['comment', 'disqus', 'repl(?:y|ies)', 'respond', 'related', 'recommend', 'sidebar', 'widget',
  'recirc', 'more-(?:by|from|stories|news)', 'popular', 'trending', 'promo', 'newsletter', 'flyout', 'dropdown', 'menu',
  'nav(?:$|[\\s_-]|bar|igation)', 'breadcrumb'], false);

/** A test for words at the start of a class token or of a camel-case part of one, and with `whole` at its end too. */
function classWordTest(words: string[], whole: boolean): (classes: string) => boolean {
  const end = whole ? '(?:s|es)?(?=$|[\\s_-])' : '';
  const camelEnd = whole ? '(?:s|es)?(?=$|[\\s_A-Z-])' : '';
  const atToken = new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})${end}`, 'i');
  const camel = new RegExp(`[a-z](?:${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})${camelEnd}`);
  return (classes) => atToken.test(classes) || camel.test(classes);
}
const AWAY_TAGS = new Set(['nav', 'menu', 'dialog', 'script', 'style', 'noscript', 'template', 'button', 'select', 'textarea', 'option']);
const AWAY_ROLES = new Set(['navigation', 'menu', 'menubar', 'dialog', 'alertdialog', 'search', 'complementary', 'contentinfo']);
// CMS class words that name the story's tags or section ("tag-comments", "category-related"), not the element's role.
const TAXONOMY = /^(?:tag|category|categories|topic|section)-/;
// Inside a byline: left out of the name, and read as a break between the name and what follows it.
const BREAK_TAGS = new Set(['script', 'style', 'noscript', 'template', 'button', 'select', 'textarea', 'svg', 'time', 'img']);
const LINE_TAGS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'header', 'footer', 'table', 'tr']);

// "By", "Written by", "Post by", "Author:" before the name; "By" also glued to a capitalised name ("ByJane Doe").
const PREFIX = /^(?:(?:(?:written|posted|post|reported|words|story|text|photos?)\s+)?by\b\s*:?|(?:authors?|autor(?:in)?|auteur|autore)\s*:)\s*/i;
const GLUED_BY = /^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ost)\s+)?[Bb]y(?=\p{Lu}\p{Ll})/u;
// "Von", "Par", "Di"... are also the first word of surnames ("Von Miller", "Di Caprio"): a prefix only before a
// capitalised name of two words or more, or before one word all in one case ("von dpa", "Par AFP").
const FOREIGN_PREFIX = new RegExp(`^(?:${['von', 'par', 'por', 'di', 'door', 'av', 'af', 'przez'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')})\\s+(?=\\p{Lu}\\S*\\s+\\S|[\\p{Ll}\\d]+$|[\\p{Lu}\\d]+$)`, 'u');
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
// Where a date, a time or another credit starts after the name: "May 20, 2019", "16 November 2017", "1:39 PM",
// "2019-05-20", "20.05.2019", "Sunday", "Sun Dec 17", "Updated", "8h ago", "Edited by".
const TAIL_START = new RegExp(
  `(?:^|\\s)(?:${MONTH}\\s+\\d{1,2}(?![\\d:])|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH}(?:\\s|,|$)|\\d{1,2}:\\d\\d|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}` +
    `|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+(?:${MONTH}|\\d)` +
    '|(?:updated|published|posted|last updated)\\b|\\d+\\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)(?:\\s+ago)?$' +
    '|(?:edited|reviewed|fact[- ]checked|photos?|photographs|illustrations?|additional reporting|with reporting) by\\b)',
  'i',
);
// Separators between the name and what follows or precedes it ("Ann Lee • 8h", "May 1, 2019 | Ann Lee").
const SEPARATOR = /\s*[•·|»]\s*/;
// Trailing separators and the dangling words "on", "at", "am", "um" left by a cut date, stripped one at a time by
// stripTrailing: a single pattern nesting these repetitions backtracks exponentially on a long run of separators.
const TRAILING_MARKS = /[\s,;:/–—-]+$/;
const TRAILING_WORD = /\s+(?:on|at|am|um)$/i;
/** Longest metadata author text read: a name is far shorter, and hostile pages do not get to feed regexes pages. */
const MAX_META_BYLINE = 500;
// Site furniture that can share an "author"-like name: account links, menus.
const NAV_WORDS = /\b(?:sign (?:in|up|out)|log ?(?:in|out)|subscribe|register|my account|menu)\b/i;
const NOT_A_NAME = /\bauthors?\b|\bbyline\b|\bcomments?\b|\bfollow\b|\b(?:more|all|other) (?:stories|posts|articles)\b|\barchive\b|©|\bcopyright\b|https?:|www\./i;
// Lower-case words a name may hold: particles and "and" between authors.
const PARTICLES = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'of', 'the', 'von', 'van', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu']);
const LEADING = /^[\s,;:|/–—-]+/;
// What a template prints when the author field is empty.
const PLACEHOLDER = /^(?:undefined|null|none|unknown|n\/a|admin|administrator)$/i;
const LINKED = /\s*[(<[]?\s*(?:https?:\/\/|mailto:|www\.)[^\s)>\]]*\s*[)>\]]?/gi;

function stripTrailing(s: string): string {
  for (;;) {
    const t = s.replace(TRAILING_MARKS, '').replace(TRAILING_WORD, '');
    if (t === s) return s;
    s = t;
  }
}

const stripPrefix = (s: string) => s.replace(PREFIX, '').replace(GLUED_BY, '').replace(FOREIGN_PREFIX, '');

/** An author name the page's metadata gives, without the "By" word and a web or mail address after it. */
export function cleanMetaByline(raw: string): string | null {
  const s = stripTrailing(stripPrefix(clean(raw.slice(0, MAX_META_BYLINE).replace(LINKED, ' ')).replace(LEADING, '')));
  return s.length >= 2 && /\p{L}/u.test(s) && !PLACEHOLDER.test(s) ? s : null;
}

/** The author's name from a byline text the page shows, or null when nothing name-like is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  const s = clean(raw);
  if (!s || NAV_WORDS.test(s)) return null;
  for (const part of s.split(SEPARATOR)) {
    const name = cleanPart(part);
    if (name) return name;
  }
  return null;
}

function cleanPart(part: string): string | null {
  let s = stripPrefix(part.replace(LEADING, ''));
  const date = TAIL_START.exec(s);
  if (date) s = s.slice(0, date.index);
  s = stripPrefix(stripTrailing(s)).trim();
  if (s.length < 2 || s.length >= 100 || !/\p{L}/u.test(s) || s.startsWith('@') || NOT_A_NAME.test(s) || PLACEHOLDER.test(s)) return null;
  // A phrase rather than a name: most words in lower case ("This review is", "posted in news").
  const words = s.split(' ');
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w)).length;
  if (words.length > 1 && lower > 1 && lower * 2 > words.length) return null;
  return s;
}

/** A user name or id rather than a person's name: "@ann", "ab1234", "jsmith". */
export function looksLikeHandle(s: string): boolean {
  return /^@?[\w.-]+$/u.test(s) && (/[\d@_.]/.test(s) || s === s.toLowerCase());
}

/** The element's class and id, without taxonomy classes; a test that does not match the raw text is not rerun. */
function classTest(el: Element, test: (classes: string) => boolean): boolean {
  const cls = classOf(el) ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!test(`${cls} ${id}`)) return false;
  return !cls.includes('-') || test(`${cls.split(/\s+/).filter((w) => !TAXONOMY.test(w)).join(' ')} ${id}`);
}

function notNamePart(el: Element): boolean {
  const words = `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
  return AUTHORIZE.test(words) || (classTest(el, NOT_NAME_PART) && !NAME_PART.test(words));
}

/**
 * True when the element sits where bylines belong to something other than the story: navigation, a sidebar, a
 * page footer, comments, or an <article> other than the story's own (a teaser of another story).
 */
function awayFromStory(el: Element, story: Element[]): boolean {
  let outside: string | null = null; // an aside or footer not yet known to be the story's own
  for (let e: Element | null = el; e && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement) {
    const tag = e.localName;
    if (AWAY_TAGS.has(tag) || isHidden(e)) return true;
    if (tag === 'article' && story.length && !story.some((a) => a === e || a.contains(e) || e.contains(a))) return true;
    if (tag === 'article' || (tag === 'main' && outside === 'footer')) outside = null;
    else if (tag === 'aside' || tag === 'footer') outside = tag;
    const role = e.getAttribute('role');
    if (role && AWAY_ROLES.has(role)) return true;
    // A wrapper that holds the headline is the page or the story, whatever its name says ("has-sidebar").
    if (classTest(e, AWAY) && (e === el || !e.querySelector('h1'))) return true;
  }
  return outside !== null;
}

/** The first name-like line of an element's text; dates, job titles and other non-name parts break the line. */
function readName(el: Element): string | null {
  const lines: string[] = [''];
  const walk = (node: Element) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) lines[lines.length - 1] += (c as Text).data;
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (BREAK_TAGS.has(e.localName) || isHidden(e) || (e.hasAttribute('class') && !e.hasAttribute('itemprop') && notNamePart(e))) {
          lines[lines.length - 1] += ' • ';
          continue;
        }
        const line = LINE_TAGS.has(e.localName);
        if (line) lines.push('');
        walk(e);
        if (line) lines.push('');
      }
    }
  };
  walk(el);
  for (const l of lines) {
    const name = cleanByline(l);
    if (name) return name;
  }
  return null;
}

/** The names inside a byline element: microdata or hCard names, else author links, else nested author elements. */
function namesIn(el: Element): string[] {
  const pick = (els: Element[]) => {
    const names: string[] = [];
    for (const e of els) {
      const n = e.localName === 'meta' ? cleanByline(e.getAttribute('content')) : isHidden(e) ? null : readName(e);
      if (n && !names.includes(n)) names.push(n);
    }
    return names;
  };
  // Microdata or hCard names ([itemprop~="name"], .fn), author links (a[rel~="author"]) and nested byline elements,
  // in one walk of the byline (a small element: its text is at most 300 characters).
  const marked: Element[] = [], links: Element[] = [], bylines: Element[] = [];
  eachUnder(el, (n) => {
    if (!n.hasAttributes()) return;
    const itemprop = n.getAttribute('itemprop');
    const cls = classOf(n);
    if ((itemprop && NAME_TOKEN.test(itemprop)) || (cls && FN_TOKEN.test(cls))) marked.push(n);
    if (n.localName === 'a' && isAuthorRel(n)) links.push(n);
    if (isBylineElement(n)) bylines.push(n);
  });
  // A name that belongs to a nested item other than a person (the publisher, an organisation) is not the author.
  const own = marked.filter((n) => {
    const scope = itemScopeOf(n);
    const inItem = !scope || scope === el || !el.contains(scope) || /author|creator|contributor/.test(scope.getAttribute('itemprop') ?? '')
      || /Person/.test(scope.getAttribute('itemtype') ?? '');
    return inItem && (n.hasAttribute('itemprop') || !partOfRole(n, el));
  });
  let names = pick(own);
  if (!names.length) names = pick(links);
  if (!names.length) {
    // The innermost nested author elements that read as a name.
    const nested = bylines.filter((n) => n.localName !== 'time' && !partOfRole(n, el) && readName(n));
    names = pick(nested.filter((n) => !nested.some((m) => m !== n && n.contains(m))));
  }
  return names;
}

/** True when e, or a wrapper of it inside the byline, is named as a job title, bio, date... rather than the name. */
function partOfRole(e: Element, byline: Element): boolean {
  for (let x: Element | null = e; x && x !== byline; x = x.parentElement) if (notNamePart(x)) return true;
  return false;
}

/** The story's own <article>s: the first one, and the one that holds the headline (when the first is a teaser above it). */
function storyArticles(h1: () => Element | null, article: () => Element | null): Element[] {
  const first = article();
  if (!first) return [];
  const headed = closestWhere(h1(), (e) => e.localName === 'article');
  return headed && headed !== first ? [first, headed] : [first];
}

/**
 * The first byline in the page that names someone, or null. `h1`, `article`: the page's first <h1> and first
 * <article> (the caller may know them).
 */
export function visibleByline(doc: Document, h1: () => Element | null = () => doc.querySelector('h1'),
  article: () => Element | null = () => doc.querySelector('article')): string | null {
  let story: Element[] | undefined;
  const away = (el: Element) => awayFromStory(el, (story ??= storyArticles(h1, article)));
  for (const el of Array.from(doc.querySelectorAll(BYLINE_WIDE))) {
    if (!isBylineElement(el)) continue;
    const tag = el.localName;
    if (tag === 'meta' || tag === 'link') {
      const content = el.getAttribute('content');
      const name = content && el.getAttribute('itemprop')?.includes('author') && !/^https?:/.test(content) ? cleanByline(content) : null;
      if (name && !away(el)) return name;
      continue;
    }
    if (tag === 'time' || tag === 'img' || tag === 'input') continue;
    if (notNamePart(el) && el.getAttribute('rel') !== 'author' && !el.hasAttribute('itemprop')) continue;
    if ((el.textContent ?? '').length > 300 || away(el)) continue;
    const names = namesIn(el);
    if (names.length) return names.join(', ');
    const name = readName(el);
    if (name) return [name, ...coAuthors(el, name)].join(', ');
  }
  return null;
}

/** The other authors beside a byline element of the same kind: "By <a rel=author>A</a> and <a rel=author>B</a>". */
function coAuthors(el: Element, first: string): string[] {
  const parent = el.parentElement;
  if (!parent || (parent.textContent ?? '').length > 300 || isBylineElement(parent)) return [];
  const names: string[] = [];
  for (const sib of Array.from(parent.children)) {
    if (sib === el || sib.localName !== el.localName || !isBylineElement(sib)) continue;
    const n = readName(sib);
    if (n && n !== first && !names.includes(n)) names.push(n);
  }
  return names;
}
