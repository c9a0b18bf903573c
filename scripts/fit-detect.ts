// Fits the article detector (lib/extract/detect-model.ts): gradient-boosted depth-2 trees over the named features
// of lib/extract/detect.ts, logistic loss. Says how well it carries to pages it was not fitted on, two ways:
// 5-fold cross-validation inside every corpus (the other halves of these corpora, which we are also measured on,
// come from the same sources) and, stricter, fitting on two corpora and testing on the third.
//   npx tsx scripts/fit-detect.ts [--fresh] [--write] [--verbose] [--drop=feature,feature] [--trees=100] [--lr=0.15] [--leaf=12] [--pos=1.3] [--depth=2]
// Reads ../shared (never run by tests). Signals are cached in /tmp; --fresh recomputes them after a change to
// detect-signals.ts. The extraction and seed pages (all articles) join every training fold. --write replaces
// lib/extract/detect-model.ts with the model fitted on every page.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enoughStory, features, featureVector } from '../lib/extract/detect';
import type { Tree } from '../lib/extract/detect-model';
import { pageSignals, type PageSignals } from '../lib/extract/detect-signals';
import { parseDocument, readHtmlFile } from './lib/load-html';
import { labelledPages } from './lib/detection-pages';

const CORPUS = process.env.CORPUS ?? join(import.meta.dirname, '../../shared/corpus');
const CACHE = '/tmp/quotelens-detect-signals.json';
const arg = (k: string, d: number) => Number(process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d);
const TREES = arg('trees', 100), LR = arg('lr', 0.15), MIN_LEAF = arg('leaf', 12), POS = arg('pos', 1.3), DEPTH = arg('depth', 2);

interface Row { corpus: string; file: string; gold: boolean; s: PageSignals }

// --kinds: readability/'s pages labelled by what they are (tests/fixtures/readability/adjudicated.json kinds), not by
// Readability's "enough text".
const KINDS = process.argv.includes('--kinds')
  ? (JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/readability/adjudicated.json'), 'utf8')) as { kinds: Record<string, { isArticle: boolean }> }).kinds
  : {};

function pages(): [string, string, boolean][] {
  const out = labelledPages(CORPUS).map(([c, f, g]): [string, string, boolean] => [c, f, c === 'readability' ? KINDS[f.split('/').slice(-2)[0]!]?.isArticle ?? g : g]);
  for (const f of readdirSync(join(CORPUS, 'extraction/pages'))) out.push(['extraction', join(CORPUS, 'extraction/pages', f), true]);
  for (const f of readdirSync(join(CORPUS, 'seed')).filter((f) => f.endsWith('.html'))) out.push(['extraction', join(CORPUS, 'seed', f), true]);
  return out;
}

let rows: Row[];
if (existsSync(CACHE) && !process.argv.includes('--fresh')) {
  rows = JSON.parse(readFileSync(CACHE, 'utf8'));
  // The labels as this run takes them (--kinds), on the cached signals.
  const gold = new Map(pages().map(([, f, g]) => [f, g]));
  for (const r of rows) r.gold = gold.get(r.file) ?? r.gold;
}
else {
  rows = pages().map(([corpus, file, gold]) => ({ corpus, file, gold, s: pageSignals(parseDocument(readHtmlFile(file))) }));
  writeFileSync(CACHE, JSON.stringify(rows));
}
const FEATURE_NAMES = Object.keys(features(rows[0]!.s));
// --drop=name,name: fit without these features (their column is constant), to see what each one is worth.
const DROP = new Set((process.argv.find((a) => a.startsWith('--drop='))?.slice(7) ?? '').split(',').filter(Boolean));
const dropped = FEATURE_NAMES.map((n) => DROP.has(n));
const X = rows.map((r) => featureVector(r.s).map((v, f) => (dropped[f] ? 0 : v)));
const Y = rows.map((r) => (r.gold ? 1 : 0));
const round = (x: number) => Number(x.toPrecision(3));
/** Node values only move the score by LEARNING_RATE × value: two digits are plenty. */
const round2 = (x: number) => Number(x.toPrecision(2));

/** One regression tree on the gradient (g) and hessian (h) of the logistic loss; node values are Newton steps. */
function grow(idx: number[], g: number[], h: number[], depth: number): Tree {
  let G = 0, H = 0;
  for (const i of idx) { G += g[i]!; H += h[i]!; }
  const value = round2(G / (H + 1));
  if (depth === 0 || idx.length < 2 * MIN_LEAF) return value;
  let best = { gain: 1e-6, f: -1, t: 0 };
  const base = (G * G) / (H + 1);
  for (let f = 0; f < FEATURE_NAMES.length; f++) {
    const s = [...idx].sort((a, b) => X[a]![f]! - X[b]![f]!);
    let gl = 0, hl = 0;
    for (let k = 0; k < s.length - 1; k++) {
      gl += g[s[k]!]!; hl += h[s[k]!]!;
      if (k + 1 < MIN_LEAF || s.length - k - 1 < MIN_LEAF) continue;
      const a = X[s[k]!]![f]!, b = X[s[k + 1]!]![f]!;
      if (a === b) continue;
      const gain = (gl * gl) / (hl + 1) + (G - gl) ** 2 / (H - hl + 1) - base;
      if (gain > best.gain) best = { gain, f, t: round((a + b) / 2) };
    }
  }
  if (best.f < 0) return value;
  const left = idx.filter((i) => X[i]![best.f]! <= best.t), right = idx.filter((i) => X[i]![best.f]! > best.t);
  if (!left.length || !right.length) return value;
  return [best.f, best.t, grow(left, g, h, depth - 1), grow(right, g, h, depth - 1)];
}

const leafOf = (t: Tree, x: number[]): number => (typeof t === 'number' ? t : leafOf(x[t[0]]! <= t[1] ? t[2] : t[3], x));

function fit(idx: number[]): Tree[] {
  const F = new Array<number>(X.length).fill(0);
  const trees: Tree[] = [];
  const g: number[] = [], h: number[] = [];
  for (let t = 0; t < TREES; t++) {
    for (const i of idx) {
      const p = 1 / (1 + Math.exp(-F[i]!));
      const w = Y[i] ? POS : 1;
      g[i] = (Y[i]! - p) * w;
      h[i] = p * (1 - p) * w;
    }
    const tree = grow(idx, g, h, DEPTH);
    trees.push(tree);
    for (const i of idx) F[i]! += LR * leafOf(tree, X[i]!);
  }
  return trees;
}
const scoreOf = (trees: Tree[], i: number) => trees.reduce<number>((a, t) => a + LR * leafOf(t, X[i]!), 0);
const predict = (trees: Tree[], i: number, cut = 0) => scoreOf(trees, i) >= cut && enoughStory(rows[i]!.s);

function line(label: string, idx: number[], pred: (i: number) => boolean): string {
  let ok = 0, art = 0, missed = 0, fp = 0;
  for (const i of idx) {
    const p = pred(i);
    if (Y[i]) art++;
    if (p === Boolean(Y[i])) ok++;
    else if (Y[i]) missed++;
    else fp++;
  }
  return `${label}: accuracy ${(ok / idx.length).toFixed(3)} (${ok}/${idx.length}); missed ${missed}/${art} (${((100 * missed) / art).toFixed(1)}%); FP ${fp}/${idx.length - art}`;
}

const EVAL = ['wcxb', 'pages2', 'readability'];
const all = rows.map((_, i) => i);
const of = (c: string) => all.filter((i) => rows[i]!.corpus === c);
console.log(`${TREES} trees, depth ${DEPTH}, learning rate ${LR}, min leaf ${MIN_LEAF}, article weight ${POS}`);

const FOLDS = 5;
const fold = new Map<number, number>();
const seen = new Map<string, number>();
for (const i of all) {
  const k = `${rows[i]!.corpus}${Y[i]}`;
  const n = seen.get(k) ?? 0;
  seen.set(k, n + 1);
  fold.set(i, n % FOLDS);
}
const cvScore = new Map<number, number>();
for (let f = 0; f < FOLDS; f++) {
  const m = fit(all.filter((i) => fold.get(i) !== f));
  for (const i of all) if (fold.get(i) === f) cvScore.set(i, scoreOf(m, i));
}
for (const c of EVAL) console.log(line(`${FOLDS}-fold cross-validated ${c}`, of(c), (i) => cvScore.get(i)! >= 0 && enoughStory(rows[i]!.s)));
for (const held of EVAL) console.log(line(`held-out corpus ${held}`, of(held), ((m) => (i: number) => predict(m, i))(fit(all.filter((i) => rows[i]!.corpus !== held)))));
const model = fit(all);
for (const c of [...EVAL, 'extraction']) console.log(line(`fitted on all, ${c}`, of(c), (i) => predict(model, i)));
if (process.argv.includes('--verbose')) {
  for (const i of all) if ((cvScore.get(i)! >= 0 && enoughStory(rows[i]!.s)) !== Boolean(Y[i])) console.log(`cross-validated ${Y[i] ? 'MISSED' : 'FALSE+'} ${rows[i]!.file.replace(CORPUS, '')} ${cvScore.get(i)!.toFixed(2)}`);
}
if (process.argv.includes('--write')) {
  const out = join(import.meta.dirname, '../lib/extract/detect-model.ts');
  writeFileSync(out, `// Generated by scripts/fit-detect.ts --write (${TREES} trees, depth ${DEPTH}, learning rate ${LR}, min leaf ${MIN_LEAF}, article weight ${POS}):
// gradient-boosted trees over the features of detect.ts (in the order of detect-model-features.ts), fitted on
// wcxb + pages2 + readability + extraction + seed. An inner node is [feature index, threshold, left (<=), right (>)];
// a leaf is its value.
export type Tree = number | [number, number, Tree, Tree];
export const LEARNING_RATE = ${LR};
export const TREES: Tree[] = ${JSON.stringify(model)};
`);
  writeFileSync(join(import.meta.dirname, '../lib/extract/detect-model-features.ts'), `// Generated by scripts/fit-detect.ts --write: the features detect-model.ts was fitted on, in order (checked by a test;
// kept apart so the content script does not carry the names twice).
export const FEATURES_FITTED = ${JSON.stringify(FEATURE_NAMES)};
`);
  console.log(`wrote ${out}`);
}
