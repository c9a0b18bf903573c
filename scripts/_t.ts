import { join } from 'node:path';
import { parseDocument, readHtmlFile } from './lib/load-html';
import { detectArticle } from '../lib/extract/detect';
for (const p of ['lwn-1', 'daringfireball-1', 'wikipedia-4', 'google-sre-book-1', 'yahoo-2', 'nytimes-5', 'mozilla-1', 'ietf-1', 'mozilla-2', 'clean-links', 'keep-tabular-data', 'table-style-attributes', 'toc-missing', 'hukumusume']) {
  const d = detectArticle(parseDocument(readHtmlFile(join('/work/shared/corpus/readability', p, 'source.html'))));
  console.log(p, d.isArticle, d.score);
}
