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

// Hostile paragraphs: one block holding n quote marks (quotes run together with no full stop between them, openers
// that never close, possessives). Time per mark at 8000 against 1000 marks: about 1 when the cost grows with the
// paragraph, about 8 when every mark rereads it (7-8 on every shape before the quote steps were bounded: 13.8 s for
// 8000 closed curly quotes in one sentence).
const SHAPES: [name: string, unit: string, lang: string][] = [['closed curly quotes in one sentence', '“Yes,” ', 'en'],
  ['straight openers never closed', 'He said "yes and no ', 'en'], ['single openers never closed', "He said 'yes and no ", 'en'],
  ['possessives and single openers', "the teachers' union and 'the ", 'en'], ['short quoted sentences', 'He said "yes and no," she said. ', 'en'],
  ['Korean quotes in one sentence', '그는 “네 알겠습니다 정말”고 ', 'ko'],
  ['French compound tenses in one sentence', '«oui bien sûr», avait, de son côté, déclaré le ministre ', 'fr'],
  ['German low-high quotes, sentences', '„Wir bauen die Schule wieder auf“, fügte er hinzu. ', 'de'],
  ['Italian implied subjects, sentences', 'Ha poi aggiunto: «Ricostruiremo la scuola molto presto.» ', 'it']];
const blocksOf = (unit: string, n: number) => findArticleBody(parseDocument(`<html><body><article><h1>Budget talks go on for weeks</h1><p>${unit.repeat(n)}</p></article></body></html>`)).blocks;
const perMark = (unit: string, lang: string, n: number) => {
  const blocks = blocksOf(unit, n);
  let best = Infinity;
  for (let r = 0; r < 3; r++) { const t0 = performance.now(); findQuotes(blocks, { lang, tracer }); best = Math.min(best, performance.now() - t0); }
  return { ms: best, perMark: best / n };
};
console.log('one paragraph of n quote marks (best of 3): time per mark at n=8000 / at n=1000 (baseline); ~1 grows linearly');
for (const [name, unit, lang] of SHAPES) {
  const small = perMark(unit, lang, 1000), large = perMark(unit, lang, 8000);
  console.log(`  ${`${name} (${lang})`.padEnd(40)} n=1000 ${small.ms.toFixed(1)} ms, n=8000 ${large.ms.toFixed(1)} ms: ratio ${(large.perMark / small.perMark).toFixed(2)}`);
}
