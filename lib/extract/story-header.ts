// What a story's header shows around its headline, for pages whose metadata and markup do not say it: the
// publication date (the first <time datetime>, date element with an ISO date in its title, or line that is mostly a
// written date, "Sunday, Feb 1, 2015 11:57 AM UTC") and the author ("By Ann Lee", or "Written by" over the name).
// Read in the elements just after the headline, up to the story's second paragraph or a heading of furniture
// ("Related"), else just before it in the headline's own box (a dateline over it), not in the site's banner.
// Navigation, asides, figures, comments, related boxes and other stories' short <article>s are passed over; a date
// or a "By" is read with the line it sits in.
import { cleanByline } from './byline';
import { dateInLine, LATER, toIsoDate } from './dates';
import { bodyOf, classOf, clean } from './text';

/** How far from the headline the header may reach, in elements, and in other nodes. */
const AFTER = 80, BEFORE = 20, MAX_OTHER_NODES = 400;
const PASS_OVER = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'article', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'select', 'textarea', 'iframe']);
// Class words of boxes whose dates and names belong to something else: other stories, comments, the site's furniture.
const AWAY = /related|comment|sidebar|promo|teaser|recommend|newsletter|popular|trending|more-?stories/i;
/** Class words of an element that holds a date in an attribute. */
const DATE_CLASS = /date|time|publish|posted/i;
/** A heading that opens the page's furniture after a short story: what follows is other stories' dates and names. */
const FURNITURE_HEADING = /^(?:related|read (?:next|more)|more (?:stories|from|on|news)|recommended|popular|trending|latest|comments?|you may also like|see also)\b/i;
// Inline elements: a date or a "By" inside one is read with the line around it.
const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'time', 'small', 'abbr', 'font', 'u', 'mark', 'cite', 'label', 'sup', 'sub']);
/** Longest line read for a date: a dateline, not a paragraph that mentions one. */
const MAX_LINE = 160;
/** An <article> shorter than this, met after the headline, is a teaser of another story; the story's own is longer. */
const TEASER_TEXT = 500;
/** Update-time class names ("date-updated", "lastupdated"). */
const LATER_CLASS = /updated|modified|revised/i;
/** Site furniture over the headline: its date is the reader's day, not the story's. */
const BANNER = /masthead|topbar|top-bar|site-header|navbar|banner/i;
/** Two paragraphs this long are the story itself (one may be a standfirst): its header is behind. */
const BODY_PARAGRAPH = 80;
/** The words that open a byline line, and the whole of a label line over the name ("Written by"). */
const BY_START = /^\s*(?:by|written by|posted by|words by|author:?)(?:\s|$)/i;
const BY_ONLY = /^(?:by|written by|posted by|words by|author:?)$/i;
/** A byline line is short; longer text opening with "By" is a sentence ("By the end of the year …"). */
const MAX_BYLINE = 80;

/** One header item: a text node or an element; true when it gave what was sought (the walk stops). */
type Visit = (node: Node) => boolean;

/** The next node after n's subtree, in document order, not leaving `top`. */
function nextAfter(n: Node, top: Node): Node | null {
  for (let x: Node | null = n; x && x !== top; x = x.parentNode) if (x.nextSibling) return x.nextSibling;
  return null;
}

/**
 * Visits the nodes from `start` on (start's own subtree first), within `budget` elements, not leaving `top`; true when
 * a visit said so. `stopAtBody`: a second paragraph of prose ends the walk (the story's text has begun).
 */
function walkFrom(start: Node | null, top: Node, budget: number, stopAtBody: boolean, visit: Visit): boolean {
  let n = start, paragraphs = 0;
  while (n && budget > 0) {
    if (n.nodeType !== 1) {
      if (--walk.others < 0) return false;
      if (n.nodeType === 3 && visit(n)) return true;
      n = nextAfter(n, top);
      continue;
    }
    const el = n as Element;
    budget--;
    const tag = el.localName;
    if (passOver(el, tag)) { n = nextAfter(el, top); continue; }
    if (stopAtBody && tag === 'p' && (el.textContent ?? '').length >= BODY_PARAGRAPH && ++paragraphs === 2) return false;
    if ((tag === 'h2' || tag === 'h3' || tag === 'h4') && FURNITURE_HEADING.test(clean(el.textContent))) return false;
    if (visit(el)) return true;
    // A <time>'s text was read with it.
    n = (tag !== 'time' && el.firstChild) || nextAfter(el, top);
  }
  return false;
}

/** Boxes whose dates and names are not the story's: navigation, figures, comments, related stories, teasers. */
function passOver(el: Element, tag: string): boolean {
  if (PASS_OVER.has(tag)) return tag !== 'article' || (el.textContent ?? '').length < TEASER_TEXT;
  const cls = classOf(el), id = el.hasAttributes() ? el.getAttribute('id') : null;
  return (cls !== undefined && AWAY.test(cls)) || (id !== null && AWAY.test(id)) || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The text of the line a node sits in: its nearest ancestor that is not an inline element, or the outermost inline
 * one whose parent also holds blocks (a dateline <span> set beside the headline is a line of its own).
 */
function lineOf(node: Node): string {
  let el = node.parentElement;
  while (el && INLINE.has(el.localName) && el.parentElement && onlyInline(el.parentElement)) el = el.parentElement;
  if (!el) return '';
  // Several texts of one line are read with it: its text is taken once.
  if (el !== walk.line) { walk.line = el; walk.lineText = el.textContent ?? ''; }
  return walk.lineText;
}

/** The length of an element's text, read once in a walk (a page's big boxes are met again from every line in them). */
function textLength(n: Node): number {
  let len = walk.lengths.get(n);
  if (len === undefined) walk.lengths.set(n, (len = (n.textContent ?? '').length));
  return len;
}

/**
 * What one walk of a header keeps: the nodes other than elements (text, comments) it may still visit, all its walks
 * together (a hostile page may put thousands between two elements), the line last read and its text, the text
 * lengths read. Reset after every walk: the page may change before the next, and nothing of it is kept alive by us.
 */
const newWalk = () => ({ others: MAX_OTHER_NODES, line: null as Element | null, lineText: '', lengths: new Map<Node, number>() });
let walk = newWalk();

const onlyInline = (el: Element) => {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(c.localName) && c.localName !== 'br') return false;
  return true;
};

/** Walks the header: after the headline, then before it (its earlier siblings, then its box's, nearest first). */
function walkHeader(h1: Element, visit: Visit): void {
  walk = newWalk();
  try {
    walkHeaderOf(h1, visit);
  } finally {
    walk = newWalk();
  }
}

function walkHeaderOf(h1: Element, visit: Visit): void {
  const doc = h1.ownerDocument;
  const top = bodyOf(doc) ?? doc.documentElement;
  if (walkFrom(nextAfter(h1, top), top, AFTER, true, visit)) return;
  // Not past the page's main box, nor into the site's header or banner.
  let budget = BEFORE;
  for (const box of [h1, h1.parentElement]) {
    if (!box || box === top || (box !== h1 && (box.localName === 'main' || box.getAttribute('role') === 'main'))) return;
    for (let s = box.previousElementSibling; s && budget > 0; s = s.previousElementSibling) {
      budget--;
      if (s.localName === 'header' || s.getAttribute('role') === 'banner' || BANNER.test(classOf(s) ?? '')) return;
      if (walkFrom(s, s, BEFORE, false, visit)) return;
    }
  }
}

/** The date an element states in markup: a <time>'s datetime or text, a date-named element's datetime, content or title. */
function markedDate(el: Element): string | null {
  if (el.localName === 'time') {
    // An update's time ("Last updated …", "Updated <time>", itemprop="dateModified", class="updated") is not the
    // publication's.
    const text = el.textContent ?? '';
    if (LATER.test(text) || laterBefore(el, lineOf(el)) || LATER_CLASS.test(classOf(el) ?? '') || /modified/i.test(el.getAttribute('itemprop') ?? '')) return null;
    return toIsoDate(el.getAttribute('datetime')) ?? dateInLine(text);
  }
  if (!el.hasAttributes()) return null;
  const cls = classOf(el);
  if (!cls || !DATE_CLASS.test(cls) || LATER_CLASS.test(cls)) return null;
  return toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title'));
}

/** The date of a text node's line, when the line is a dateline: a date inside a sentence or after "Updated" is none. */
function textDate(t: Text): string | null {
  const own = dateInLine(t.data);
  if (!own) return null;
  const line = lineOf(t);
  // In a line this long a date is part of a sentence, whatever comes before it.
  if (line.length > 4 * MAX_LINE) return null;
  if (laterBefore(t, line)) return null;
  const whole = line.length <= MAX_LINE ? dateInLine(line) : null;
  if (whole) return whole;
  // A line of separate pieces ("text size: T T · Your Company · <span>September 20, 2011</span>", "By <a>Ann</a>
  // on December 24, 2014 at 8:17 AM"): no sentence around the date (a sentence has its lower-case words).
  const at = line.indexOf(t.data);
  if (at < 0) return null;
  const rest = line.slice(0, at) + ' ' + line.slice(at + t.data.length);
  return (rest.match(LOWER_WORD)?.length ?? 0) < 4 ? own : null;
}

/**
 * An update word just before the node's date: in its line, or closing the text set right before the line
 * ("updated <span>December 24, 2014</span>").
 */
function laterBefore(node: Node, line: string): boolean {
  const at = line.indexOf(node.textContent ?? '');
  if (at > 0 && LATER.test(line.slice(Math.max(0, at - 40), at))) return true;
  // The line's own element: the outermost one around the node that holds no more text than the line.
  let el: Node = node;
  while (el.parentNode && el.parentNode.nodeType === 1 && textLength(el.parentNode) <= line.length) el = el.parentNode;
  const prev = el.previousSibling;
  return prev !== null && LATER_END.test((prev.textContent ?? '').slice(-40));
}
/** Text that ends with an update word and its punctuation ("…, updated", "Last modified:"). */
const LATER_END = /\b(?:updated?|modified|edited|revised)(?:\s+on)?\s*[:,-]?\s*$/i;
const LOWER_WORD = /(?<![\p{L}])\p{Ll}\p{L}+/gu;

/** The publication date shown around the headline `h1`, as ISO 8601, or null. */
export function visibleDate(h1: Element | null): string | null {
  if (!h1) return null;
  let found: string | null = null;
  walkHeader(h1, (n) => (found = n.nodeType === 3 ? textDate(n as Text) : markedDate(n as Element)) !== null);
  return found;
}

/** The author named by a "By" line of the header: the line's text, or the line after a label ("Written by"). */
function byLine(t: Text): string | null {
  if (!BY_START.test(t.data)) return null;
  const line = t.parentElement;
  if (!line) return null;
  const text = clean(line.textContent);
  if (text.length > MAX_BYLINE || !BY_START.test(text)) return null;
  // A name starts with a capital (or a letter of a script without case): "By sending a pull request" is no byline.
  if (!BY_ONLY.test(text)) return /^\p{Ll}/u.test(text.replace(BY_START, '')) ? null : cleanByline(text);
  const next = line.nextElementSibling;
  const name = next ? clean(next.textContent) : '';
  return name && name.length <= MAX_BYLINE ? cleanByline(name) : null;
}

/** The author a "By Name" line around the headline `h1` names, or null. */
export function headerByline(h1: Element | null): string | null {
  if (!h1) return null;
  let found: string | null = null;
  walkHeader(h1, (n) => n.nodeType === 3 && (found = byLine(n as Text)) !== null);
  return found;
}
