// The publication date a story's header shows, for pages whose metadata gives none: the first <time datetime>, date
// element with an ISO date in its title, or line that is mostly a written date ("Sunday, Feb 1, 2015 11:57 AM UTC"),
// in the elements just after the headline, else just before it in the headline's own box (a dateline over it).
// Navigation, asides, figures, comments and other stories' <article>s are passed over.
import { dateInLine, LATER, toIsoDate } from './dates';
import { classOf } from './text';

/** How far from the headline a dateline may sit, in elements. */
const AFTER = 80, BEFORE = 20;
const PASS_OVER = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'article', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'select', 'textarea', 'iframe']);
// Class words of boxes whose dates belong to something else: other stories, comments, the site's furniture.
const AWAY = /related|comment|sidebar|promo|teaser|recommend|newsletter|popular|trending|more-?stories/i;
/** Class words of an element that holds a date in an attribute. */
const DATE_CLASS = /date|time|publish|posted/i;
/** Two paragraphs this long are the story itself (one may be a standfirst): its header is behind. */
const BODY_PARAGRAPH = 80;

/** The next node after n's subtree, in document order, not leaving `top`. */
function nextAfter(n: Node, top: Node): Node | null {
  for (let x: Node | null = n; x && x !== top; x = x.parentNode) if (x.nextSibling) return x.nextSibling;
  return null;
}

/** The date an element states in markup: a <time>'s datetime, a date-named element's datetime, content or title. */
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

/**
 * The first date in the nodes from `start` on (start's own subtree first), within `budget` elements, not leaving
 * `top`; null when none. `stopAtBody`: a second paragraph of prose ends the search (the story's text has begun).
 */
function firstDateFrom(start: Node | null, top: Node, budget: number, stopAtBody: boolean): string | null {
  let n = start, paragraphs = 0;
  while (n && budget > 0) {
    if (n.nodeType === 3) {
      const iso = dateInLine((n as Text).data);
      if (iso) return iso;
      n = nextAfter(n, top);
      continue;
    }
    if (n.nodeType !== 1) { n = nextAfter(n, top); continue; }
    const el = n as Element;
    budget--;
    const tag = el.localName;
    const cls = classOf(el);
    if (PASS_OVER.has(tag) || (cls && AWAY.test(cls)) || el.getAttribute('aria-hidden') === 'true') { n = nextAfter(el, top); continue; }
    if (stopAtBody && tag === 'p' && (el.textContent ?? '').length >= BODY_PARAGRAPH && ++paragraphs === 2) return null;
    const iso = markedDate(el);
    if (iso) return iso;
    if (tag === 'time') { n = nextAfter(el, top); continue; }
    n = el.firstChild ?? nextAfter(el, top);
  }
  return null;
}

/** The publication date shown around the headline `h1`, as ISO 8601, or null. */
export function visibleDate(h1: Element | null): string | null {
  if (!h1) return null;
  const doc = h1.ownerDocument;
  const top = doc.body ?? doc.documentElement;
  const after = firstDateFrom(nextAfter(h1, top), top, AFTER, true);
  if (after) return after;
  // Before it: the headline's earlier siblings, then its box's, nearest first (a kicker and dateline over the headline).
  let budget = BEFORE;
  for (const box of [h1, h1.parentElement]) {
    if (!box || box === top) break;
    for (let s = box.previousElementSibling; s && budget > 0; s = s.previousElementSibling) {
      budget--;
      const iso = firstDateFrom(s, s, BEFORE, false);
      if (iso) return iso;
    }
  }
  return null;
}
