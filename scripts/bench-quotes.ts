// Times the quote stage alone: each page is parsed and its body found once, then findQuotes runs many times.
// Prints median and p95 ms per page and the ratio against a naive regex scan over the same blocks (the baseline).
//   npx tsx scripts/bench-quotes.ts
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument, readHtmlFile } from './lib/load-html';
import { findArticleBody } from '../lib/extract/body';
import { findQuotes } from '../lib/extract/quotes';
import { makeTracer, type Block } from '../lib/extract/types';

const CORPUS = '/work/shared/corpus';
const ROUNDS = 200;

function pages(): string[] {
  const gold = readdirSync(join(CORPUS, 'quotes')).filter((f) => f.endsWith('.gold.json'));
  return [join(CORPUS, 'seed/newslooks-trump-putin-call.html'), ...gold.map((g) => join(CORPUS, 'extraction/pages', basename(g, '.gold.json') + '.html'))];
}

const NAIVE = /[“"]([^”"]{3,}?)[”"]/g;
function naive(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'heading') for (const _ of b.text.matchAll(NAIVE)) n++;
  return n;
}

function timeIt(fn: () => unknown): number {
  for (let i = 0; i < 10; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) fn();
  return (performance.now() - t0) / ROUNDS;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const ours: number[] = [];
const base: number[] = [];
const tracer = makeTracer(false);
for (const file of pages()) {
  const doc = parseDocument(readHtmlFile(file));
  const lang = doc.documentElement?.getAttribute('lang')?.slice(0, 2) ?? null;
  const { blocks } = findArticleBody(doc);
  ours.push(timeIt(() => findQuotes(blocks, { lang, tracer })));
  base.push(timeIt(() => naive(blocks)));
}
const med = pct(ours, 0.5), p95 = pct(ours, 0.95), bmed = pct(base, 0.5), bp95 = pct(base, 0.95);
console.log(`pages ${ours.length}, ${ROUNDS} runs each`);
console.log(`findQuotes       median ${med.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms per page`);
console.log(`naive regex scan median ${bmed.toFixed(3)} ms  p95 ${bp95.toFixed(3)} ms per page (baseline)`);
console.log(`ratio findQuotes / baseline: median ${(med / bmed).toFixed(1)}x  p95 ${(p95 / bp95).toFixed(1)}x`);
