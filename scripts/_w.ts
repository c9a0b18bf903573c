import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMetadata } from '../lib/extract/metadata';
import { parseDocument, readHtmlFile } from './lib/load-html';
import { labelDay as day } from '../tests/corpus/score-lib';
const C = '/work/shared/corpus/wcxb';
const labels = JSON.parse(readFileSync(join(C, 'labels.json'), 'utf8'));
const norm = (s: unknown) => String(s ?? '').replace(/^\s*by\s+/i, '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const field = process.argv[2] ?? 'title';
for (const [id, l] of Object.entries<any>(labels)) {
  if (!l.is_article) continue;
  const m = extractMetadata(parseDocument(readHtmlFile(join(C, 'html', `${id}.html.gz`))), 'https://example.invalid/');
  if (field === 'title' && norm(m.title) !== norm(l.title)) console.log(id, JSON.stringify(m.title), '|', JSON.stringify(l.title));
  if (field === 'author' && norm(m.byline) !== norm(l.author)) console.log(id, JSON.stringify(m.byline), '|', JSON.stringify(l.author));
  if (field === 'date' && day(m.published) !== day(l.publish_date)) console.log(id, JSON.stringify(m.published), '|', JSON.stringify(l.publish_date), l.url);
}
