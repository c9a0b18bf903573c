// Small text helpers shared by the extraction steps.

const WS = /\s+/g;
const SPACES = /[^\S\n]+/g;
const AROUND_NL = / ?\n[\s]*/g;

// White space that clean() changes: any but a lone inner space.
const NOT_CLEAN = /[^\S ]| {2}|^ | $/;

/** Collapse runs of white space (including non-breaking spaces) to one space and trim. */
export function clean(s: string | null | undefined): string {
  if (!s) return '';
  // Most short texts are clean already: tested without building a copy.
  return NOT_CLEAN.test(s) ? s.replace(WS, ' ').trim() : s;
}

// Elements whose text a reader never sees as part of the sentence around them.
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);
// Block-level children start a new line even without a <br>.
const LINE_TAGS = new Set(['BR', 'P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'UL', 'OL', 'TABLE', 'DL', 'DT', 'DD', 'FIGURE', 'HR']);

/**
 * The element's class attribute as written, or undefined. Read through getAttributeNode: some DOMs (linkedom) build a
 * class list on every getAttribute('class').
 */
export function classOf(el: Element): string | undefined {
  return el.getAttributeNode('class')?.value;
}

/** True for markup the page hides from readers (attribute-level only: no layout is available). */
export function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The text of a block as a reader sees it: <br> and nested blocks become line breaks (so words never glue), other
 * white space collapses, hidden and script content is left out.
 */
export function blockText(el: Element): string {
  const parts: string[] = [];
  collect(el, parts);
  return parts.join('').replace(SPACES, ' ').replace(AROUND_NL, '\n').replace(/\n+/g, '\n').trim();
}

function collect(node: Node, out: string[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push((c as Text).data);
    else if (c.nodeType === 1) {
      const e = c as Element;
      const tag = e.tagName;
      if (INVISIBLE_TAGS.has(tag) || isHidden(e)) continue;
      if (tag === 'BR' || tag === 'HR') { out.push('\n'); continue; }
      const line = LINE_TAGS.has(tag);
      if (line) out.push('\n');
      collect(e, out);
      if (line) out.push('\n');
    }
  }
}
