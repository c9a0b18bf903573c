// The story's body: find the element that holds it and list its blocks in reading order.
import type { ArticleBody, Block, Tracer } from './types';
import { textOf } from './text';

const SKIP = 'aside, nav, figure, figcaption, footer, header, form, script, style, noscript, [role="complementary"]';

export function findArticleBody(doc: Document, _tracer?: Tracer): ArticleBody {
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return { root: null, blocks: [] };
  const blocks: Block[] = [];
  for (const el of Array.from(root.querySelectorAll('p, li, h2, h3, h4, h5, h6'))) {
    if (el.closest(SKIP) && !root.closest(SKIP)) continue;
    if (el.tagName === 'LI' && el.querySelector('p')) continue;
    const text = textOf(el);
    if (!text) continue;
    const kind: Block['kind'] = /^H\d$/.test(el.tagName) ? 'heading' : el.tagName === 'LI' ? 'li' : el.closest('blockquote') ? 'quote' : 'p';
    blocks.push({ index: blocks.length, kind, text, el });
  }
  return { root, blocks };
}
