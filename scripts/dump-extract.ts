// Everything analyzePage returns for every page of the shared corpus, one JSON line per page, for checking that a
// change meant to be output-neutral (a speed-up, a smaller bundle) really is:
//   npx tsx scripts/dump-extract.ts > before.jsonl   (then change the code)
//   npx tsx scripts/dump-extract.ts > after.jsonl && cmp before.jsonl after.jsonl
// Each page is analysed as the content script sees it (the detector's verdict) and forced, both with the trace.
// Reads ../shared/corpus (CORPUS to override); not part of the tests.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage } from '../lib/extract';
import { parseDocument, readHtmlFile } from './lib/load-html';
import { labelledPages } from './lib/detection-pages';

const CORPUS = process.env.CORPUS ?? join(import.meta.dirname, '../../shared/corpus');

const files: string[] = [];
const add = (dir: string, ends: string) => {
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith(ends)) files.push(join(dir, f));
};
add(join(CORPUS, 'extraction/pages'), '.html');
add(join(CORPUS, 'quotes'), '.html');
add(join(CORPUS, 'seed'), '.html');
// The detection corpora (wcxb, pages2, Readability's pages): every page they hold is labelled.
for (const [, file] of labelledPages(CORPUS)) files.push(file);

for (const file of files) {
  const doc = parseDocument(readHtmlFile(file));
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? `https://example.invalid/${file.split('/').pop()}`;
  let out: unknown;
  try {
    out = { plain: analyzePage(doc, url, { trace: true }), forced: analyzePage(doc, url, { force: true, trace: true }) };
  } catch (e) {
    out = { error: String(e) };
  }
  process.stdout.write(JSON.stringify({ file: file.slice(CORPUS.length), out }) + '\n');
}
