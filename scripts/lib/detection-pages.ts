// Node-only: the pages labelled article / not article, with their corpus, for measuring and fitting the detector.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type LabelledPage = [corpus: string, file: string, isArticle: boolean];

/** wcxb (is_article), pages2 (is_article) and Readability's test pages (readerable), in that order. */
export function labelledPages(corpus: string): LabelledPage[] {
  const out: LabelledPage[] = [];
  const w = JSON.parse(readFileSync(join(corpus, 'wcxb/labels.json'), 'utf8')) as Record<string, { is_article: boolean }>;
  for (const [id, l] of Object.entries(w)) out.push(['wcxb', join(corpus, 'wcxb/html', `${id}.html.gz`), l.is_article]);
  const p = JSON.parse(readFileSync(join(corpus, 'pages2/labels.json'), 'utf8')) as Record<string, { is_article: boolean }>;
  for (const [id, l] of Object.entries(p)) out.push(['pages2', join(corpus, 'pages2', `${id}.html`), l.is_article]);
  for (const name of readdirSync(join(corpus, 'readability'))) {
    const m = JSON.parse(readFileSync(join(corpus, 'readability', name, 'expected-metadata.json'), 'utf8')) as { readerable: boolean };
    out.push(['readability', join(corpus, 'readability', name, 'source.html'), m.readerable]);
  }
  return out;
}
