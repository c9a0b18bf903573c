// Where the publisher's summary list sits. Three signs, strongest first: a visible label ("Key points", "Quick
// Looks", "Das Wichtigste in Kürze"…) right before a list (or over one heading per point); a container named for a
// summary near the top of the story; an unlabeled short list of sentences between the headline and the first
// paragraph, or one set in bold before the third. A list of timestamps is the dateline, never a summary.
import { blockText, bodyOf, classOf, clean, closestWhere } from './text';
import type { PageOrder, Stats } from './body-score';

export interface KeyPointsList {
  container: Element;
  items: string[];
  how: string;
  /** The visible label over the list, when there is one. */
  label?: Element;
}

// Labels publishers put over a story summary, in the languages of the corpus and their neighbours.
const LABEL_WORDS = [
  'key points', 'key takeaways?', 'takeaways', 'quick looks?', 'what to know', 'what you need to know', 'highlights',
  'story highlights', 'key highlights', 'in brief', 'at a glance', 'the big picture', 'in short', 'summary', 'tl;?dr',
  'the gist', 'why it matters', 'das wichtigste in kürze', 'das wichtigste', 'auf einen blick', 'in kürze', 'darum geht.?s',
  'kurz zusammengefasst', 'zusammenfassung', 'der artikel für sie zusammengefasst', 'kort fortalt', 'en bref', "l'essentiel",
  'à retenir', 'en resumen', 'claves', 'lo esencial', 'in sintesi', 'in het kort', 'w skrócie', 'kortfattat', 'kort sagt',
];
const LABEL = new RegExp(`^(?:[^:]{0,80}[:\\-–—|]\\s*)?(?:${LABEL_WORDS.join('|')})\\s*[:.]?$`, 'i');
/**
 * The longest piece of each label word between its spaces ("takeaways?" of "key takeaways?", "tl;?dr"), leaving out
 * pieces with a '.' (it may stand for white space): a text without any of them cannot be a label, and most texts at
 * the top of a page have none, so they are ruled out before they are cleaned. Cleaning only changes white space, so a
 * piece is found in the raw text exactly when it is in the cleaned one.
 */
const LABEL_HINT = new RegExp(
  [...new Set(LABEL_WORDS.map((w) => w.split(' ').filter((p) => !p.includes('.')).reduce((a, b) => (b.length >= a.length ? b : a), '')))].join('|'),
  'i',
);
const LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'p', 'span', 'div', 'dt', 'header', 'summary', 'figcaption', 'em', 'button', 'label']);
const SKIP_SUBTREE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'select']);
/** Past the story's first paragraphs a label would not head the story's summary: the walk stops this many elements later. */
const AFTER_BODY = 300;
// Class names that, across publishers, mark a summary box.
const SUMMARY_CLASS = /highlight|key-?point|takeaway|summary|abstract|bullets|tldr/i;
const MAX_ITEMS = 8;

/**
 * The list's items; an item that is nothing but a link ("Visit our homepage for more stories.") points elsewhere.
 * Reading stops past `max` items: every caller rejects a longer list.
 */
function itemsOf(list: Element, max: number = MAX_ITEMS): string[] {
  const out: string[] = [];
  for (let li = list.firstElementChild; li && out.length <= max; li = li.nextElementSibling) {
    if (li.localName !== 'li' || (li.getElementsByTagName('a').length > 0 && linkShare(li) >= 0.9)) continue;
    const t = clean(blockText(li));
    if (t) out.push(t);
  }
  return out;
}

/** Every item holds a <time>: the story's dateline ("Updated: …", "Published: …") set as a list, not a summary. */
function isDateline(list: Element): boolean {
  const items = Array.from(list.children).filter((li) => li.localName === 'li');
  return items.length > 0 && items.every((li) => li.getElementsByTagName('time').length > 0);
}

/** All of the item's text is set in bold: the way publishers set summary bullets above a story. */
function allBold(li: Element): boolean {
  const all = clean(li.textContent);
  if (!all) return false;
  let bold = '';
  const walk = (e: Element) => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName === 'strong' || c.localName === 'b') bold += ` ${c.textContent ?? ''}`;
      else walk(c);
    }
  };
  walk(li);
  return clean(bold).length >= all.length;
}

function linkShare(el: Element): number {
  const total = clean(el.textContent).length;
  if (!total) return 1;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += clean(a.textContent).length;
  return links / total;
}

/** A list reads as a summary: a few items of sentence-like text, not links, no nested lists. */
function plausible(items: string[], list: Element, minLen: number): boolean {
  if (items.length < 1 || items.length > MAX_ITEMS) return false;
  if (list.querySelector('ul ul, ol ol, ul ol, ol ul') || isDateline(list)) return false;
  const avg = items.reduce((a, b) => a + b.length, 0) / items.length;
  if (avg < minLen || avg > 400) return false;
  return linkShare(list) < 0.3;
}

function paragraphItems(box: Element): string[] {
  return Array.from(box.children).filter((c) => c.localName === 'p').map((p) => clean(blockText(p))).filter(Boolean);
}

/** The list that follows a label: its next siblings, or the next siblings of its near ancestors. */
function listAfter(label: Element): Element | null {
  let e: Element | null = label;
  for (let depth = 0; e && depth < 4; depth++, e = e.parentElement) {
    let s = e.nextElementSibling;
    for (let i = 0; s && i < 3; i++, s = s.nextElementSibling) {
      if (s.localName === 'ul' || s.localName === 'ol') return s;
      const inner = s.querySelector('ul, ol');
      if (inner) return inner;
      if (paragraphItems(s).length >= 2 && s.children.length <= MAX_ITEMS) return s;
    }
  }
  return null;
}

const RUN_HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Short headings, two or more, right after the label and alone with it in their box: older pages set each point of
 * "Story Highlights" as a heading of its own. The box is the list's container.
 */
function headingsAfter(label: Element): { box: Element; items: string[] } | null {
  const box = label.parentElement;
  if (!box) return null;
  const items: string[] = [];
  let tag = '';
  for (let s = label.nextElementSibling; s; s = s.nextElementSibling) {
    if (!RUN_HEADINGS.has(s.localName) || (tag && s.localName !== tag)) return null;
    tag = s.localName;
    const t = clean(blockText(s));
    if (t.length < 12 || t.length > 300) return null;
    items.push(t);
  }
  if (items.length < 2 || items.length > MAX_ITEMS || box.firstElementChild !== label) return null;
  return linkShare(box) < 0.3 ? { box, items } : null;
}

const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'figure']);

/**
 * Whether the element is in, or is, nav, header, footer, aside, [role="navigation"] or figure. A <header> that holds
 * the headline is the story's own (headline, standfirst, summary), not the site's.
 */
const inFurniture = (el: Element, h1: Element | null): boolean =>
  closestWhere(el, (e) => (FURNITURE_TAGS.has(e.localName) && !(h1 && e.localName === 'header' && e.contains(h1))) || e.getAttribute('role') === 'navigation') !== null;

/** a comes before b in document order (compareDocumentPosition is not reliable in every DOM we run on). */
function before(a: Element, b: Element | undefined): boolean {
  if (!b) return true;
  if (a === b) return false;
  const chain = (e: Element) => { const c: Element[] = []; for (let x: Element | null = e; x; x = x.parentElement) c.unshift(x); return c; };
  const A = chain(a), B = chain(b);
  let i = 0;
  while (i < A.length && i < B.length && A[i] === B[i]) i++;
  if (i === A.length) return true; // b is inside a
  if (i === B.length) return false; // a is inside b
  for (let s = A[i]!.nextElementSibling; s; s = s.nextElementSibling) if (s === B[i]) return true;
  return false;
}

/** Longest label text, white space collapsed and trimmed; and longest raw text read for one. */
const LABEL_MAX = 100;
const LABEL_RAW_MAX = 300;

/**
 * The element's text as written, when it is short enough to be a label (at most LABEL_RAW_MAX characters); null
 * otherwise. Reading stops once the raw text is too long: big blocks are not read.
 * Text is measured with native string operations only: on a fresh page a loop per character runs interpreted.
 * `st`: the body walk's counts for the element; when the walk kept all of it, its text is the few nodes the walk
 * counted and textContent reads them at once.
 */
function labelRaw(el: Element, st: Stats | undefined): string | null {
  if (st && !st.p) {
    const raw = el.textContent ?? '';
    return raw.length > LABEL_RAW_MAX ? null : raw;
  }
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      out += (n as Text).data;
      if (out.length > LABEL_RAW_MAX) return null;
      continue;
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** The list's <li> children (an item of itemsOf is one of them); with `only`, 0 when it has children of other kinds. */
function liCount(list: Element, only = false): number {
  let n = 0;
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'li') n++;
    else if (only) return 0;
  }
  return n;
}

interface Top {
  labels: Element[];
  boxes: Element[];
  /** Lists after the first <h1> and before the story's first paragraph; and those after it, before its third. */
  lists: Element[];
  laterLists: Element[];
  h1: Element | null;
}

/** At most `max` element children (counted without building the children list). */
function fewChildren(el: Element, max: number): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > max) return false;
  return true;
}

/** What a scan does after meeting an element: go on into it, leave its subtree out, or stop altogether. */
type Step = 'go' | 'skip' | 'done';

/**
 * A scan of the page's top, fed its elements in document order, up to shortly after the story's third paragraph (its
 * first when it has fewer): possible labels (small elements), containers named for a summary, and the lists between
 * the headline and the first paragraph. `kids` is the element's number of element children, or -1 when not counted.
 */
function topScan(firstBody: Element | undefined, thirdBody: Element | undefined) {
  const top: Top = { labels: [], boxes: [], lists: [], laterLists: [], h1: null };
  const stop = thirdBody ?? firstBody;
  let after = -1, passedFirst = !firstBody;
  const meet = (el: Element, tag: string, kids: number): Step => {
    if (el === firstBody) passedFirst = true;
    if (el === stop) after = 0;
    if (after >= 0 && after++ > AFTER_BODY) return 'done';
    if (SKIP_SUBTREE.has(tag)) return 'skip';
    if (tag === 'h1' && !top.h1) top.h1 = el;
    if (LABEL_TAGS.has(tag) && (kids >= 0 ? kids <= 3 : fewChildren(el, 3))) top.labels.push(el);
    if ((tag === 'ul' || tag === 'ol') && top.h1 && after < 0) (passedFirst ? top.laterLists : top.lists).push(el);
    // A summary box must hold a list before the third paragraph: one met after it (inside or past that paragraph)
    // never qualifies, so its class is not read.
    if (after < 0 || !thirdBody) {
      const cls = classOf(el);
      if (cls && SUMMARY_CLASS.test(cls)) top.boxes.push(el);
    }
    return 'go';
  };
  return { top, meet };
}

/** Feeds the subtree under `root` to a scan in document order; false once the scan is done. */
function walkInto(root: Element, meet: (el: Element, tag: string, kids: number) => Step): boolean {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const step = meet(el, el.localName, -1);
    if (step === 'done') return false;
    if (step === 'skip') continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return true;
}

/** The page's top: from the body walk's order when there is one (only left-out subtrees are walked), else walked. */
function scanTop(doc: Document, firstBody: Element | undefined, thirdBody: Element | undefined, order?: PageOrder): Top {
  const { top, meet } = topScan(firstBody, thirdBody);
  if (!order) {
    const root = bodyOf(doc) ?? doc.documentElement;
    if (root) walkInto(root, meet);
    return top;
  }
  for (let i = 0; i < order.els.length; i++) {
    const kids = order.kids[i]!;
    if (kids < 0 ? !walkInto(order.els[i]!, meet) : meet(order.els[i]!, order.tags[i]!, kids) === 'done') break;
  }
  return top;
}

/**
 * Whether the body walk's counts prove the element's text too long for a label. Its kept text alone, cleaned, is at
 * least t minus one per join of its text nodes minus two for the trim; left-out text only adds to it.
 */
function tooLongForLabel(st: Stats | undefined): boolean {
  return st !== undefined && st.t - (st.n - 1) - 2 > LABEL_MAX;
}

/**
 * `firstBody`: the element of the story's first paragraph, so a summary list must come before (or near) it.
 * `walk`: the body walk's text counts and page order, when the caller has them, so the page's top is not walked again
 * and paragraphs are not read again as label candidates; the body's own walk must have started at `doc.body`.
 */
export function locateKeyPoints(
  doc: Document,
  firstBody: Element | undefined,
  thirdBody: Element | undefined,
  walk?: { stats: Map<Element, Stats>; order: PageOrder },
): KeyPointsList | null {
  const top = scanTop(doc, firstBody, thirdBody, walk?.order);
  const stats = walk?.stats;
  // The last candidate whose whole text was read and holds no label word: the text of an element inside it is a part of
  // that text, so it holds none either. Candidates come in document order, so those inside it come right after it.
  let bare: Element | null = null;
  for (const el of top.labels) {
    if (bare?.contains(el)) continue;
    const st = stats?.get(el);
    // The walk's count bounds the cleaned text's length when it kept all of it.
    if (tooLongForLabel(st) || (st && !st.p && st.t < 4)) continue;
    const raw = labelRaw(el, st);
    const hinted = raw !== null && LABEL_HINT.test(raw);
    bare = raw !== null && !hinted ? el : null;
    if (!hinted) continue;
    const text = clean(raw);
    if (text.length > LABEL_MAX || text.length < 4 || !LABEL.test(text)) continue;
    const list = listAfter(el);
    const run = list === null ? headingsAfter(el) : null;
    if (run) return { container: run.box, items: run.items, how: `label "${text}" over headings`, label: el };
    if (!list) continue;
    const items = list.localName === 'ul' || list.localName === 'ol' ? itemsOf(list) : paragraphItems(list);
    if (plausible(items, list, 12)) return { container: list, items, how: `label "${text}"`, label: el };
  }
  const h1 = top.h1 ?? doc.querySelector('h1');
  // An <h1> below the story's first paragraph is not its headline (a share box's, a footer's): no reason to look after it.
  const headline = h1 && before(h1, firstBody) ? h1 : null;
  for (const box of top.boxes) {
    const list = box.localName === 'ul' || box.localName === 'ol' ? box : box.querySelector('ul, ol');
    if (!list || !before(list, thirdBody) || (headline && !before(headline, list))) continue;
    const items = itemsOf(list);
    if (plausible(items, list, 20)) return { container: list, items, how: 'summary container' };
  }
  if (h1 && firstBody) {
    for (const list of top.lists) {
      if (liCount(list) < 2 || inFurniture(list, h1)) continue;
      const items = itemsOf(list, 5);
      if (items.length >= 2 && items.length <= 5 && items.every((t) => t.length >= 25 && t.length <= 300) && plausible(items, list, 30)) {
        return { container: list, items, how: 'list under the headline' };
      }
    }
    // Past the first paragraph a list is the story's own, unless it is set as summary bullets are: every item in bold.
    for (const list of top.laterLists) {
      // The tests are all required; the cheap ones go first.
      if (liCount(list, true) < 2 || inFurniture(list, h1)) continue;
      const items = itemsOf(list, 5);
      if (items.length < 2 || items.length > 5 || !items.every((t) => t.length >= 20 && t.length <= 300)) continue;
      // liCount(list, true) above: every child is an <li>.
      if (Array.from(list.children).every(allBold) && plausible(items, list, 20)) {
        return { container: list, items, how: 'bold list at the top of the story' };
      }
    }
  }
  return null;
}
