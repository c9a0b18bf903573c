// Small text helpers shared by the extraction steps.

const WS = /\s+/g;
const SPACES = /[^\S\n]+/g;
// A run of white space that holds a line break; white space other than a lone space, outside line breaks.
const NL_RUN = /[^\S\n]*\n\s*/g;
const ODD_SPACE = /[^\S\n ]| {2}/;

// White space that clean() changes: any but a lone inner space.
const NOT_CLEAN = /[^\S ]| {2}|^ | $/;

/** Collapse runs of white space (including non-breaking spaces) to one space and trim. */
export function clean(s: string | null | undefined): string {
  if (!s) return '';
  // Most short texts are clean already: tested without building a copy.
  return NOT_CLEAN.test(s) ? s.replace(WS, ' ').trim() : s;
}

// Elements whose text a reader never sees as part of the sentence around them.
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'iframe', 'object']);
// Block-level children start a new line even without a <br>.
const LINE_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'ul', 'ol', 'table', 'dl', 'dt', 'dd', 'figure', 'hr']);

/**
 * The element's class attribute as written, or undefined. Read through getAttributeNode: some DOMs (linkedom) build a
 * class list on every getAttribute('class').
 */
export function classOf(el: Element): string | undefined {
  return el.getAttributeNode('class')?.value;
}

/**
 * The page's <body>, or null. With no root element (a page's script took its document away) there is no body either:
 * asked for one then, linkedom throws where a browser gives null.
 */
export const bodyOf = (doc: Document): HTMLElement | null => (doc.documentElement ? doc.body : null);

/**
 * The element itself or its nearest ancestor that passes `test`, or null: closest() with a test instead of a selector
 * (some DOMs, linkedom, compile a selector on every call).
 */
export function closestWhere(el: Element | null, test: (e: Element) => boolean): Element | null {
  let e = el;
  while (e && !test(e)) e = e.parentElement;
  return e;
}

/** The microdata item the element's properties belong to: its nearest ancestor with itemscope (not itself), or null. */
export const itemScopeOf = (el: Element): Element | null => closestWhere(el.parentElement, (e) => e.hasAttribute('itemscope'));

/** True for markup the page hides from readers (attribute-level only: no layout is available). */
export function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The text of a block as a reader sees it: <br> and nested blocks become line breaks (so words never glue), other
 * white space collapses, hidden and script content is left out. With `kept`, only the descendants it accepts are read
 * (the body walk's: a caption or share bar inside a paragraph-like box stays out of its text).
 */
export function blockText(el: Element, kept?: (e: Element) => boolean): string {
  const parts: string[] = [];
  collect(el, parts, kept);
  // Each run of white space becomes one line break when it holds one, else one space; a pass is skipped when there is
  // nothing for it to change (most paragraphs are one text node without line breaks).
  let s = parts.join('');
  if (s.includes('\n')) s = s.replace(NL_RUN, '\n');
  if (ODD_SPACE.test(s)) s = s.replace(SPACES, ' ');
  return s.trim();
}

function collect(node: Node, out: string[], kept: ((e: Element) => boolean) | undefined): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push((c as Text).data);
    else if (c.nodeType === 1) {
      const e = c as Element;
      const tag = e.localName;
      if (INVISIBLE_TAGS.has(tag) || isHidden(e) || (kept && !kept(e))) continue;
      if (tag === 'br' || tag === 'hr') { out.push('\n'); continue; }
      const line = LINE_TAGS.has(tag);
      if (line) out.push('\n');
      collect(e, out, kept);
      if (line) out.push('\n');
    }
  }
}
