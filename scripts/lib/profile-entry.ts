// Entry bundled by scripts/profile-browser.mjs: the extraction stages, each timed, run on the live document.
import { detectArticle, newPageElements } from '../../lib/extract/detect';
import { extractMetadata } from '../../lib/extract/metadata';
import { findArticleBody } from '../../lib/extract/body';
import { findKeyPoints } from '../../lib/extract/key-points';
import { findQuotes } from '../../lib/extract/quotes';
import { summarize } from '../../lib/extract/summary';
import { analyzePage } from '../../lib/extract';

export function stages(doc: Document): Record<string, number> {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => { const t1 = performance.now(); t[name] = t1 - t0; t0 = t1; };
  // As the content script runs them: the analysis reads what the detector's walk collected.
  const found = newPageElements();
  detectArticle(doc, found); lap('detect');
  const meta = extractMetadata(doc, 'https://example.invalid/', found); lap('metadata');
  const body = findArticleBody(doc); lap('body');
  const kp = findKeyPoints(doc, body); lap('keyPoints');
  findQuotes(body.blocks, { lang: meta.lang }); lap('quotes');
  summarize(body.blocks, kp); lap('summary');
  return t;
}
export function analyse(doc: Document): number {
  const t0 = performance.now();
  analyzePage(doc, 'https://example.invalid/', { force: true });
  return performance.now() - t0;
}
