// Show a quote to the reader: scroll it into view and highlight it without touching the page's DOM. The CSS
// Custom Highlight API paints a Range from a style sheet we adopt; where either is missing, the selection is used.
import { findQuoteRange } from './find-text';

const HIGHLIGHT = 'quotelens-reveal';
let sheetReady = false;

interface HighlightApis {
  registry: { set(name: string, h: unknown): void };
  Highlight: new (r: Range) => unknown;
}

function highlightApis(): HighlightApis | null {
  const registry = (globalThis.CSS as { highlights?: HighlightApis['registry'] } | undefined)?.highlights;
  const Ctor = (globalThis as { Highlight?: HighlightApis['Highlight'] }).Highlight;
  return registry && typeof Ctor === 'function' ? { registry, Highlight: Ctor } : null;
}

function adoptSheet(): boolean {
  if (sheetReady) return true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: #ffd54a; color: #111; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    sheetReady = true;
  } catch {
    // Firefox's content-script sandbox may refuse a sheet made in its own compartment: fall back to the selection.
  }
  return sheetReady;
}

export function revealQuote(text: string): boolean {
  const range = findQuoteRange(document.body ?? document.documentElement, text);
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const apis = highlightApis();
  if (apis && adoptSheet()) {
    apis.registry.set(HIGHLIGHT, new apis.Highlight(range));
  } else {
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}
