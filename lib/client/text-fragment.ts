// A `#:~:text=` link to a quote (https://wicg.github.io/scroll-to-text-fragment/). Long quotes use start,end so the
// URL stays short and survives small differences in the middle of the text.
import { articleKey } from '../model/url';

/** Characters with a meaning inside a text directive must be percent-encoded on top of encodeURIComponent. */
const DIRECTIVE_SPECIALS = /[-,&]/g;
/** Words on each side of a long quote: enough to be unique in an article, few enough to avoid markup boundaries. */
const EDGE_WORDS = 5;
/** Punctuation the writer puts inside the marks but the page may place outside ("much remains," he said). */
const EDGE_PUNCTUATION = /^[\s,.;:!?…]+|[\s,.;:!?…]+$/g;

function encodeDirective(s: string): string {
  return encodeURIComponent(s).replace(DIRECTIVE_SPECIALS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function textFragmentUrl(url: string, quote: string): string {
  const base = url.split('#')[0]!;
  const words = quote.replace(EDGE_PUNCTUATION, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return base;
  const directive = words.length <= EDGE_WORDS * 2
    ? encodeDirective(words.join(' '))
    : `${encodeDirective(words.slice(0, EDGE_WORDS).join(' '))},${encodeDirective(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Same page, whatever the fragment: a text-fragment link or an in-page anchor must not make a page look new. */
export function samePage(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return articleKey(a) === articleKey(b);
}
