// Cost of the extraction pipeline against Readability.js on the same parsed documents, in one process.
//   npx tsx scripts/bench-extract.ts        (reads ../shared/corpus; not part of the tests)
// Each page is parsed once; then our full analyzePage and `new Readability(doc.cloneNode(true)).parse()` run on it
// (the clone is Readability's own cost: it mutates what it reads). Also times detectArticle on wcxb + pages2.
// Warm figures are the best of 3 runs; cold figures are the first run on each page (what a reader pays once per page;
// the first page of the process also pays for compiling every regex and function, as a fresh content script does).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzePage, detectArticle } from '../lib/extract';
import { extractMetadata } from '../lib/extract/metadata';
import { findArticleBody } from '../lib/extract/body';
import { findKeyPoints } from '../lib/extract/key-points';
import { locateKeyPoints } from '../lib/extract/key-points-locate';
import { scorePage } from '../lib/extract/body-score';
import { parseDocument, readHtmlFile } from './lib/load-html';

const CORPUS = process.env.CORPUS ?? join(import.meta.dirname, '../../shared/corpus');
const REPS = 3;

function time(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

const pages = readdirSync(join(CORPUS, 'extraction/pages')).filter((f) => f.endsWith('.html'));
const ours: number[] = [], theirs: number[] = [], ratios: number[] = [];
const coldOurs: number[] = [], coldTheirs: number[] = [], coldRatios: number[] = [];
const stages: Record<string, number[]> = { detect: [], metadata: [], body: [], 'key points (label search)': [] };
for (const f of pages) {
  const doc = parseDocument(readHtmlFile(join(CORPUS, 'extraction/pages', f)));
  // Cold: the first call on this page, ours then Readability's (on its own fresh clone); it also warms both up.
  const c0 = performance.now();
  analyzePage(doc, 'https://example.invalid/', { force: true });
  const c1 = performance.now();
  new Readability(doc.cloneNode(true) as Document).parse();
  const c2 = performance.now();
  coldOurs.push(c1 - c0); coldTheirs.push(c2 - c1); coldRatios.push((c1 - c0) / (c2 - c1));
  const a = time(() => analyzePage(doc, 'https://example.invalid/', { force: true }));
  const b = time(() => new Readability(doc.cloneNode(true) as Document).parse());
  ours.push(a); theirs.push(b); ratios.push(a / b);
  stages.detect!.push(time(() => detectArticle(doc)));
  stages.metadata!.push(time(() => extractMetadata(doc, 'https://example.invalid/')));
  stages.body!.push(time(() => findArticleBody(doc)));
  const body = findArticleBody(doc);
  findKeyPoints(doc, body);
  const paras = body.blocks.filter((x) => x.kind === 'p');
  // As findArticleBody runs it: on the body walk's counts and element order.
  const walk = scorePage(doc.body!);
  stages['key points (label search)']!.push(time(() => locateKeyPoints(doc, paras[0]?.el, paras[2]?.el, walk)));
}
console.log(`analyzePage  (${pages.length} extraction pages): median ${ms(q(ours, 0.5))}, p95 ${ms(q(ours, 0.95))}`);
console.log(`Readability  (${pages.length} extraction pages): median ${ms(q(theirs, 0.5))}, p95 ${ms(q(theirs, 0.95))}`);
console.log(`  stages, median: ${Object.entries(stages).map(([k, v]) => `${k} ${ms(q(v, 0.5))}`).join(', ')} (the rest: quotes, summary)`);
console.log(`median per-page ratio ours/Readability: ${q(ratios, 0.5).toFixed(3)} (goal <= 0.33)`);
console.log(`cold (first run on each page): analyzePage median ${ms(q(coldOurs, 0.5))}, p95 ${ms(q(coldOurs, 0.95))}; Readability median ${ms(q(coldTheirs, 0.5))}, p95 ${ms(q(coldTheirs, 0.95))}; median per-page ratio ${q(coldRatios, 0.5).toFixed(3)}`);
console.log(`  first page of the process (compiles everything): analyzePage ${ms(coldOurs[0]!)}, Readability ${ms(coldTheirs[0]!)}`);

const det: number[] = [];
const w = JSON.parse(readFileSync(join(CORPUS, 'wcxb/labels.json'), 'utf8')) as Record<string, unknown>;
const files = [
  ...Object.keys(w).map((id) => join(CORPUS, 'wcxb/html', `${id}.html.gz`)),
  ...readdirSync(join(CORPUS, 'pages2')).filter((f) => f.endsWith('.html')).map((f) => join(CORPUS, 'pages2', f)),
];
for (const file of files) {
  const doc = parseDocument(readHtmlFile(file));
  detectArticle(doc);
  det.push(time(() => detectArticle(doc)));
}
console.log(`detectArticle (${files.length} wcxb+pages2 pages): median ${ms(q(det, 0.5))}, p95 ${ms(q(det, 0.95))}`);
