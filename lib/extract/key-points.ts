// The publisher's own summary list ("Key points", "Quick Looks", "What to know"…), verbatim.
import type { ArticleBody, Tracer } from './types';
import { textOf } from './text';

const LABEL = /\b(key points|quick looks?|what to know|highlights|key takeaways|in brief|the big picture)\b/i;

export function findKeyPoints(doc: Document, _body: ArticleBody, _tracer?: Tracer): string[] {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, strong, p'))) {
    if (!LABEL.test(textOf(h))) continue;
    const list = h.nextElementSibling;
    if (list && (list.tagName === 'UL' || list.tagName === 'OL')) return Array.from(list.children).map(textOf).filter(Boolean);
  }
  return [];
}
