// The publisher's own summary list ("Key points", "Quick Looks", "What to know"…), verbatim. The body step locates
// it first (so its bullets never become body blocks) and hands it over in `body.keyPoints`.
import type { ArticleBody, Tracer } from './types';
import { locateKeyPoints } from './key-points-locate';

export function findKeyPoints(doc: Document, body: ArticleBody, tracer?: Tracer): string[] {
  let list = body.keyPoints;
  if (list === undefined) {
    const paras = body.blocks.filter((b) => b.kind === 'p');
    list = locateKeyPoints(doc, paras[0]?.el, paras[2]?.el);
  }
  if (tracer?.on) tracer.add({ step: 'key-points', decision: list ? `${list.items.length} items` : 'none', reason: list?.how ?? 'no label, summary box or list under the headline' });
  return list ? list.items : [];
}
