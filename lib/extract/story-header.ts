// What a story's header shows around its headline, for pages whose metadata and markup do not say it: the
// publication date (the first <time datetime>, date element with an ISO date in its title, or line that is mostly a
// written date, "Sunday, Feb 1, 2015 11:57 AM UTC") and the author ("By Ann Lee", or "Written by" over the name).
// Read in the elements just after the headline, up to the story's second paragraph, else just before it in the
// headline's own box (a dateline over it). Navigation, asides, figures, comments and other stories' <article>s are
// passed over.
import { cleanByline } from './byline';
import { dateInLine, LATER, toIsoDate } from './dates';
import { classOf, clean } from './text';

/** How far from the headline the header may reach, in elements. */
const AFTER = 80, BEFORE = 20;
const PASS_OVER = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'article', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'select', 'textarea', 'iframe']);
// Class words of boxes whose dates and names belong to something else: other stories, comments, the site's furniture.
const AWAY = /related|comment|sidebar|promo|teaser|recommend|newsletter|popular|trending|more-?stories/i;
/** Class words of an element that holds a date in an attribute. */
const DATE_CLASS = /date|time|publish|posted/i;
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
      if (n.nodeType === 3 && visit(n)) return true;
      n = nextAfter(n, top);
      continue;
    }
    const el = n as Element;
    budget--;
    const tag = el.localName;
    const cls = classOf(el);
    if (PASS_OVER.has(tag) || (cls && AWAY.test(cls)) || el.getAttribute('aria-hidden') === 'true') { n = nextAfter(el, top); continue; }
    if (stopAtBody && tag === 'p' && (el.textContent ?? '').length >= BODY_PARAGRAPH && ++paragraphs === 2) return false;
    if (visit(el)) return true;
    // A <time>'s text was read with it.
    n = (tag !== 'time' && el.firstChild) || nextAfter(el, top);
  }
  return false;
}

/** Walks the header: after the headline, then before it (its earlier siblings, then its box's, nearest first). */
function walkHeader(h1: Element, visit: Visit): void {
  const doc = h1.ownerDocument;
  const top = doc.body ?? doc.documentElement;
  if (walkFrom(nextAfter(h1, top), top, AFTER, true, visit)) return;
  let budget = BEFORE;
  for (const box of [h1, h1.parentElement]) {
    if (!box || box === top) return;
    for (let s = box.previousElementSibling; s && budget > 0; s = s.previousElementSibling) {
      budget--;
      if (walkFrom(s, s, BEFORE, false, visit)) return;
    }
  }
}

/** The date an element states in markup: a <time>'s datetime or text, a date-named element's datetime, content or title. */
function markedDate(el: Element): string | null {
  if (el.localName === 'time') {
    // An update's time ("Last updated …", itemprop="dateModified") is not the publication's.
    const text = el.textContent ?? '';
    if (LATER.test(text) || /modified/i.test(el.getAttribute('itemprop') ?? '')) return null;
    return toIsoDate(el.getAttribute('datetime')) ?? dateInLine(text);
  }
  if (!el.hasAttributes()) return null;
  const cls = classOf(el);
  if (!cls || !DATE_CLASS.test(cls) || LATER.test(cls)) return null;
  return toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title'));
}

/** The publication date shown around the headline `h1`, as ISO 8601, or null. */
export function visibleDate(h1: Element | null): string | null {
  if (!h1) return null;
  let found: string | null = null;
  walkHeader(h1, (n) => (found = n.nodeType === 3 ? dateInLine((n as Text).data) : markedDate(n as Element)) !== null);
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
