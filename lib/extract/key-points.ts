// The publisher's own summary list ("Key points", "Quick Looks", "What to know"…), verbatim. The body step locates
// it first (so its bullets never become body blocks) and leaves the result here.
import type { ArticleBody, Tracer } from './types';
import { locateKeyPoints, type KeyPointsList } from './key-points-locate';

const found = new WeakMap<ArticleBody, KeyPointsList | null>();

/** Called by the body step once it knows where the story's first paragraphs are. */
export function rememberKeyPoints(body: ArticleBody, list: KeyPointsList | null): void {
  found.set(body, list);
}

export function findKeyPoints(doc: Document, body: ArticleBody, tracer?: Tracer): string[] {
  let list = found.get(body);
  if (list === undefined) {
    const paras = body.blocks.filter((b) => b.kind === 'p');
    list = locateKeyPoints(doc, paras[0]?.el, paras[2]?.el);
  }
  if (tracer?.on) tracer.add({ step: 'key-points', decision: list ? `${list.items.length} items` : 'none', reason: list?.how ?? 'no label, summary box or list under the headline' });
  return list ? list.items : [];
}
