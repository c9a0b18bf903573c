// Which element holds the story: one walk of the page scores paragraphs into their ancestors (Readability's idea,
// done in a single pass without touching the DOM), then the best container and its story-bearing siblings win.
import { classWeight, isFurniture } from './body-signals';
import { classOf } from './text';

/** Text and link-text length of every element the walk kept (furniture and hidden subtrees are absent). */
export interface Stats {
  t: number;
  l: number;
  /** Non-empty text nodes counted in t (joining them can merge white space: at most one character per join). */
  n: number;
  /** Has block-level children (so it is a container, not a paragraph). */
  b: boolean;
  /** Some descendant was left out (furniture, hidden): t and n count only part of its text. */
  p: boolean;
}

export const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dl', 'dt', 'dd', 'figure', 'header', 'footer', 'aside', 'nav', 'form', 'hr', 'address', 'center', 'details', 'hgroup']);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'dd']);
// A Map: element names are the page's, and a plain object would answer <constructor> with its prototype's.
const CONTAINER_BONUS = new Map(Object.entries({ div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, th: -5, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5 }));
const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;
const WS_RUN = /\s+/g;
const NON_SPACE = /\S/;
const SPACE_PAIR = /\s\s/;
const MIN_PARAGRAPH = 25;
const MAX_LEVELS = 5;
/** How deep the scoring walk goes, in elements under the body (a browser's parser nests at most 512). */
const MAX_DEPTH = 512;
/**
 * A container competes for the story only when its paragraphs gave it at least this share of the best paragraph score
 * on the page (0.1 to 0.5 choose the same on the development pages; 0.7 starts dropping stories split in sections).
 */
const PROSE_SHARE = 0.25;

/**
 * Every element of the page in document order as the walk met it: the ones it kept, each with its number of element
 * children, and the root of each subtree it left out (furniture, hidden), with -1: their insides were not walked.
 * The key-points search reads the top of the page from here instead of walking it again.
 */
export interface PageOrder {
  els: Element[];
  tags: string[];
  kids: number[];
}

export interface Scored {
  stats: Map<Element, Stats>;
  scores: Map<Element, number>;
  /** The part of each score its paragraphs gave (without the weight of its name and tag). */
  prose: Map<Element, number>;
  order: PageOrder;
}

/**
 * One walk of the page. Each text node is read once: its length with white space collapsed (what a reader sees) and
 * its commas, which score a paragraph (no textContent per paragraph). A paragraph with left-out descendants counts the
 * commas of its whole textContent, as it always has. Native string operations only: on a fresh page (the content
 * script's case) a loop per character runs interpreted and costs more than it saves.
 */
export function scorePage(body: Element): Scored {
  const stats = new Map<Element, Stats>();
  const scores = new Map<Element, number>();
  const prose = new Map<Element, number>();
  const stack: Element[] = [];

  const addScore = (el: Element, tag: string, s: number) => {
    let cur = scores.get(el);
    if (cur === undefined) cur = classWeight(el) + (CONTAINER_BONUS.get(tag) ?? 0);
    scores.set(el, cur + s);
    prose.set(el, (prose.get(el) ?? 0) + s);
  };
  const tags: string[] = [];
  const order: PageOrder = { els: [], tags: [], kids: [] };
  // Besides its Stats, what visit() learnt about the subtree it just returned from: the commas of its kept text, and
  // whether some descendant was left out (furniture, hidden), so that the kept text is not all of its textContent.
  let subCommas = 0;
  let subPartial = false;

  const visit = (el: Element, tag: string, inLink: boolean): Stats => {
    let t = 0, l = 0, n = 0, b = false, commas = 0, partial = false, kids = 0;
    const link = inLink || tag === 'a';
    stack.push(el);
    tags.push(tag);
    const at = order.els.length;
    order.els.push(el);
    order.tags.push(tag);
    order.kids.push(0);
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const d = (c as Text).data;
        if (d.length === 0) continue;
        // Most text nodes between tags are white space only: one space to a reader, no commas. A run of white space is
        // one space: without a run of two or more characters the length stands (tested without building a string).
        let len = 1;
        if (NON_SPACE.test(d)) {
          len = SPACE_PAIR.test(d) ? d.replace(WS_RUN, ' ').length : d.length;
          const cm = d.match(COMMAS);
          if (cm) commas += cm.length;
        }
        t += len;
        n++;
        if (link) l += len;
      } else if (c.nodeType === 1) {
        const ce = c as Element;
        const ctag = ce.localName;
        kids++;
        if (isFurniture(ce, true, ctag)) {
          partial = true;
          order.els.push(ce);
          order.tags.push(ctag);
          order.kids.push(-1);
          continue;
        }
        if (BLOCK_TAGS.has(ctag)) b = true;
        // Deeper than a browser's parser ever nests (it stops at 512 open elements): a subtree built by script, or a
        // hostile page. Its text counts; it is not scored or walked element by element (the stack would run out).
        if (stack.length >= MAX_DEPTH) {
          const len = (ce.textContent ?? '').length;
          t += len;
          n++;
          if (link) l += len;
          partial = true;
          order.els.push(ce);
          order.tags.push(ctag);
          order.kids.push(-1);
          continue;
        }
        const w = visit(ce, ctag, link);
        t += w.t;
        l += w.l;
        n += w.n;
        commas += subCommas;
        if (subPartial) partial = true;
      }
    }
    stack.pop();
    tags.pop();
    order.kids[at] = kids;
    const st = { t, l, n, b, p: partial };
    stats.set(el, st);
    if (t >= MIN_PARAGRAPH && (PARAGRAPH_TAGS.has(tag) || (!b && (tag === 'div' || tag === 'section' || tag === 'article')))) {
      const c = partial ? ((el.textContent ?? '').match(COMMAS)?.length ?? 0) : commas;
      const score = 1 + c + Math.min(Math.floor(t / 100), 3);
      for (let i = 0; i < MAX_LEVELS; i++) {
        const k = stack.length - 1 - i;
        if (k < 0) break;
        addScore(stack[k]!, tags[k]!, score / (i === 0 ? 1 : i === 1 ? 2 : i * 3));
      }
    }
    subCommas = commas;
    subPartial = partial;
    return st;
  };
  visit(body, body.localName, false);
  for (const [el, s] of scores) {
    const st = stats.get(el);
    const ld = st && st.t ? st.l / st.t : 0;
    scores.set(el, s * (1 - ld));
    prose.set(el, prose.get(el)! * (1 - ld));
  }
  return { stats, scores, prose, order };
}

const STANDFIRST_END = /[.!?…"”»]\s*$/;

/** The best-scoring container, widened the way Readability widens it, plus siblings that carry story text. */
export function chooseRoots(body: Element, { stats, scores, prose }: Scored): { root: Element; parts: Element[] } | null {
  let bestProse = 0;
  for (const [el, p] of prose) if (el !== body && p > bestProse) bestProse = p;
  // A name that reads as the story's ("page", "content") only weighs between containers that hold story paragraphs.
  const ranked = [...scores.entries()].filter(([el]) => el !== body && prose.get(el)! >= bestProse * PROSE_SHARE).sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return null;
  let [top, topScore] = first;

  // Several near-equal candidates under one ancestor: the story is split into sections, take the ancestor.
  const alternatives = ranked.slice(1, 5).filter(([, s]) => s / topScore >= 0.75).map(([el]) => el);
  if (alternatives.length >= 3) {
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      if (alternatives.filter((a) => p!.contains(a)).length >= 3) { top = p; break; }
    }
  }
  // Climb while the parent scores as well: the story continues around the best block.
  let last = scores.get(top) ?? topScore;
  const threshold = last / 3;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const s = scores.get(p);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > last) { top = p; break; }
    last = s;
  }
  // An only child (its parent's first element child is also its last: no list of children is built).
  while (top.parentElement && top.parentElement !== body && top.parentElement.firstElementChild === top.parentElement.lastElementChild) top = top.parentElement;
  topScore = scores.get(top) ?? topScore;

  const parent = top.parentElement;
  if (!parent) return { root: top, parts: [top] };
  const parts: Element[] = [];
  const sibThreshold = Math.max(10, topScore * 0.2);
  const topClass = classOf(top) ?? '';
  for (const sib of Array.from(parent.children)) {
    if (sib === top) { parts.push(sib); continue; }
    const st = stats.get(sib);
    if (!st || st.t === 0) continue;
    let s = scores.get(sib) ?? 0;
    if (topClass && classOf(sib) === topClass) s += topScore * 0.2;
    const ld = st.l / st.t;
    if (scores.has(sib) && s >= sibThreshold) parts.push(sib);
    else if (sib.localName === 'p') {
      if ((st.t > 80 && ld < 0.25) || (st.t > 0 && ld === 0 && /\.( |$)/.test(sib.textContent ?? ''))) parts.push(sib);
    } else if (sib.nextElementSibling === top && !st.b && sib.localName === 'div' && st.t > 80 && st.l === 0 && STANDFIRST_END.test(sib.textContent ?? '')) {
      // A paragraph set in a <div> of its own right above the story's text box, without links, ending as a sentence
      // does: the standfirst.
      parts.push(sib);
    }
  }
  return { root: parts.length > 1 ? parent : top, parts };
}
