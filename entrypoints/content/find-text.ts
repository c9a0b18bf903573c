// Find a quote's words in the live page and return a Range over them, tolerant of what differs between a saved
// quote and the page: runs of whitespace, curly vs straight quote marks, dash kinds, letter case, and punctuation
// the writer put inside or outside the marks. Reads the DOM only; never changes it.

/** Text inside these elements is never article prose. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select']);
/** Every apostrophe- and quote-like mark becomes one plain mark, so ’ in the page matches ' in a saved quote. */
const SINGLE_MARKS = /[‘’‚‛′`´]/;
const DOUBLE_MARKS = /[“”„‟″«»「」『』]/;
const DASHES = /[‐‑‒–—―−]/;
const SPACE = /\s/;
/** Stripped from both ends of the needle before searching. */
const EDGE = /^[\s,.;:!?…'"-]+|[\s,.;:!?…'"-]+$/g;

function foldChar(c: string): string {
  if (SPACE.test(c)) return ' ';
  if (SINGLE_MARKS.test(c)) return "'";
  if (DOUBLE_MARKS.test(c)) return '"';
  if (DASHES.test(c)) return '-';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

function foldText(s: string): string {
  let out = '';
  for (const c of s) {
    const f = foldChar(c);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.replace(EDGE, '');
}

interface Haystack {
  text: string;
  nodes: Text[];
  /** For each char of `text`: index into `nodes` and offset inside that node. */
  nodeOf: number[];
  offsetOf: number[];
}

function collect(root: Node): Haystack {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement && SKIP_TAGS.has(n.parentElement.localName) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  const hay: Haystack = { text: '', nodes: [], nodeOf: [], offsetOf: [] };
  const parts: string[] = [];
  let lastSpace = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const data = node.data;
    const index = hay.nodes.push(node) - 1;
    for (let i = 0; i < data.length; i++) {
      const f = foldChar(data[i]!);
      if (f === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      parts.push(f);
      hay.nodeOf.push(index);
      hay.offsetOf.push(i);
    }
  }
  hay.text = parts.join('');
  return hay;
}

/** Candidate needles, most exact first: the whole quote, then its opening words (the page may split the rest). */
function needles(quote: string): string[] {
  const full = foldText(quote);
  const words = full.split(' ');
  const out = [full];
  if (words.length > 8) out.push(words.slice(0, 8).join(' '));
  return out.filter((n) => n.length >= 3);
}

export function findQuoteRange(root: Node, quote: string): Range | null {
  const hay = collect(root);
  for (const needle of needles(quote)) {
    const at = hay.text.indexOf(needle);
    if (at < 0) continue;
    const end = at + needle.length - 1;
    const doc = root.ownerDocument ?? (root as Document);
    const range = doc.createRange();
    range.setStart(hay.nodes[hay.nodeOf[at]!]!, hay.offsetOf[at]!);
    range.setEnd(hay.nodes[hay.nodeOf[end]!]!, hay.offsetOf[end]! + 1);
    return range;
  }
  return null;
}
