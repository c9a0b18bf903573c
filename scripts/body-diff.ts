// Where our body text and the benchmark's ground truth differ on one extraction page: the blocks we keep that the
// truth lacks (with where they sit under the chosen root) and the truth's lines we miss. A debugging aid for body
// work; reads ../shared/corpus (CORPUS to override), never run by tests.
//   npx tsx scripts/body-diff.ts <page id or its first characters>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleBody } from '../lib/extract/body';
import { parseDocument, readHtmlFile } from './lib/load-html';

const CORPUS = process.env.CORPUS ?? join(import.meta.dirname, '../../shared/corpus');
const truths = JSON.parse(readFileSync(join(CORPUS, 'extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const id = Object.keys(truths).find((k) => k.startsWith(process.argv[2] ?? '\0'));
if (!id) {
  console.error('usage: npx tsx scripts/body-diff.ts <page id prefix>');
  process.exit(2);
}
const truth = truths[id]!;
const body = findArticleBody(parseDocument(readHtmlFile(join(CORPUS, 'extraction/pages', `${id}.html`))));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const whole = norm(truth.articleBody);
const ours = norm(body.blocks.map((b) => b.text).join(' '));

function path(el: Element): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e && e !== body.root; e = e.parentElement) {
    const cls = e.getAttribute('class')?.trim().split(/\s+/).slice(0, 2).join('.');
    steps.push(`${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${e.id ? `#${e.id}` : ''}`);
  }
  return steps.reverse().join(' > ');
}

console.log(`${id} ${truth.url}`);
console.log(`root: ${body.root ? path(body.root.parentElement ?? body.root) : '(none)'} > ${body.root?.tagName.toLowerCase() ?? ''}`);
for (const b of body.blocks) {
  const t = norm(b.text);
  if (t && !whole.includes(t.slice(0, 60))) console.log(`EXTRA  ${b.kind} ${t.slice(0, 160)}\n       at ${path(b.el).slice(-160)}`);
}
for (const line of truth.articleBody.split(/\n+/)) {
  const t = norm(line);
  if (t && !ours.includes(t.slice(0, 60))) console.log(`MISSED ${t.slice(0, 160)}`);
}
