// Fits the article detector's weights (lib/extract/detect.ts WEIGHTS/BIAS) by L2-regularised logistic regression,
// and says how well they carry to pages they were not fitted on: fit on two corpora, test on the third.
//   npx tsx scripts/fit-detect.ts [--fresh] [--l2=1] [--pos=1.5]
// Reads ../shared (never run by tests). Signals are cached in /tmp; --fresh recomputes them after a change to
// detect-signals.ts. The extraction and seed pages (all articles) join every training fold.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { features } from '../lib/extract/detect';
import { pageSignals, type PageSignals } from '../lib/extract/detect-signals';
import { parseDocument, readHtmlFile } from './lib/load-html';

const CORPUS = process.env.CORPUS ?? join(import.meta.dirname, '../../shared/corpus');
const CACHE = '/tmp/quotelens-detect-signals.json';
const arg = (k: string, d: number) => Number(process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d);
const L2 = arg('l2', 1), POS = arg('pos', 1.5);

interface Row { corpus: string; file: string; gold: boolean; s: PageSignals }

function pages(): [string, string, boolean][] {
  const out: [string, string, boolean][] = [];
  const w = JSON.parse(readFileSync(join(CORPUS, 'wcxb/labels.json'), 'utf8')) as Record<string, { is_article: boolean }>;
  for (const [id, l] of Object.entries(w)) out.push(['wcxb', join(CORPUS, 'wcxb/html', `${id}.html.gz`), l.is_article]);
  const p = JSON.parse(readFileSync(join(CORPUS, 'pages2/labels.json'), 'utf8')) as Record<string, { is_article: boolean }>;
  for (const [id, l] of Object.entries(p)) out.push(['pages2', join(CORPUS, 'pages2', `${id}.html`), l.is_article]);
  for (const name of readdirSync(join(CORPUS, 'readability'))) {
    const m = JSON.parse(readFileSync(join(CORPUS, 'readability', name, 'expected-metadata.json'), 'utf8')) as { readerable: boolean };
    out.push(['readability', join(CORPUS, 'readability', name, 'source.html'), m.readerable]);
  }
  for (const f of readdirSync(join(CORPUS, 'extraction/pages'))) out.push(['extraction', join(CORPUS, 'extraction/pages', f), true]);
  for (const f of readdirSync(join(CORPUS, 'seed')).filter((f) => f.endsWith('.html'))) out.push(['extraction', join(CORPUS, 'seed', f), true]);
  return out;
}

let rows: Row[];
if (existsSync(CACHE) && !process.argv.includes('--fresh')) rows = JSON.parse(readFileSync(CACHE, 'utf8'));
else {
  rows = pages().map(([corpus, file, gold]) => ({ corpus, file, gold, s: pageSignals(parseDocument(readHtmlFile(file))) }));
  writeFileSync(CACHE, JSON.stringify(rows));
}
const names = Object.keys(features(rows[0]!.s));
const X = rows.map((r) => names.map((n) => features(r.s)[n]!));
const Y = rows.map((r) => (r.gold ? 1 : 0));

function fit(idx: number[]): { w: number[]; b: number } {
  const d = names.length;
  const mu = names.map((_, j) => idx.reduce((a, i) => a + X[i]![j]!, 0) / idx.length);
  const sd = names.map((_, j) => Math.sqrt(idx.reduce((a, i) => a + (X[i]![j]! - mu[j]!) ** 2, 0) / idx.length) || 1);
  const Z = idx.map((i) => X[i]!.map((v, j) => (v - mu[j]!) / sd[j]!));
  const y = idx.map((i) => Y[i]!);
  const cw = y.map((v) => (v ? POS : 1));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const lr = 0.5;
  const n = cw.reduce((a, c) => a + c, 0);
  for (let it = 0; it < 3000; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let k = 0; k < Z.length; k++) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * Z[k]![j]!;
      const e = (1 / (1 + Math.exp(-z)) - y[k]!) * cw[k]!;
      for (let j = 0; j < d; j++) g[j]! += e * Z[k]![j]!;
      gb += e;
    }
    for (let j = 0; j < d; j++) w[j]! -= lr * (g[j]! / n + (L2 * w[j]!) / n);
    b -= lr * (gb / n);
  }
  // Back to raw feature units, rounded as they will stand in the source.
  const raw = w.map((v, j) => Math.round((100 * v) / sd[j]!) / 100);
  const bias = Math.round(100 * (b - w.reduce((a, v, j) => a + (v * mu[j]!) / sd[j]!, 0))) / 100;
  return { w: raw, b: bias };
}

const MIN_STORY_CHARS = 250;
function predict(m: { w: number[]; b: number }, i: number): boolean {
  const z = X[i]!.reduce((a, v, j) => a + v * m.w[j]!, m.b);
  return z >= 0 && rows[i]!.s.clusterChars >= MIN_STORY_CHARS;
}
function report(label: string, m: { w: number[]; b: number }, idx: number[]): string {
  let ok = 0, art = 0, missed = 0, fp = 0;
  for (const i of idx) {
    const p = predict(m, i);
    if (Y[i]) art++;
    if (p === Boolean(Y[i])) ok++;
    else if (Y[i]) missed++;
    else fp++;
  }
  return `${label}: accuracy ${(ok / idx.length).toFixed(3)} (${ok}/${idx.length}); missed ${missed}/${art}; FP ${fp}/${idx.length - art}`;
}

const EVAL = ['wcxb', 'pages2', 'readability'];
const all = rows.map((_, i) => i);
console.log(`l2=${L2} pos=${POS}`);
for (const held of EVAL) {
  const m = fit(all.filter((i) => rows[i]!.corpus !== held));
  console.log(`held out ${report(held, m, all.filter((i) => rows[i]!.corpus === held))}`);
}
const m = fit(all);
for (const c of EVAL) console.log(`fitted on all, ${report(c, m, all.filter((i) => rows[i]!.corpus === c))}`);
console.log(`fitted on all, ${report('extraction+seed', m, all.filter((i) => rows[i]!.corpus === 'extraction'))}`);
if (process.argv.includes('--verbose')) {
  for (const i of all) if (predict(m, i) !== Boolean(Y[i])) console.log(`${Y[i] ? 'MISSED' : 'FALSE+'} ${rows[i]!.file.replace(CORPUS, '')}`);
}
console.log(`export const WEIGHTS: Record<string, number> = {\n${names.map((n, j) => `  '${n}': ${m.w[j]},`).join('\n')}\n};\nexport const BIAS = ${m.b};`);
