// A/B cost of two versions of the extraction code inside Chromium, on the same served corpus pages. Each round loads
// every page afresh and runs both versions there, each in a fresh isolated world of its own (as a content script
// has), in alternating order from page to page and round to round. The first reader of a page pays much more than
// the second (about 1.5x: text and attribute strings are converted for the first, regexes compiled), so only
// first-reader runs are compared with first-reader runs: each version's time on a page is its least over the rounds
// in which it ran first (each stage's least on its own, so the stages need not add up to "all"), and the median over
// pages of B/A is printed per stage (second-reader figures after it). Both versions run THIS checkout's
// scripts/lib/profile-entry.ts, bundled against each checkout's lib/, so a change to the entry is not measured as a
// change to the library. Pages are served cross-origin isolated, for 5 µs timer steps.
//   git worktree add /tmp/base HEAD && node scripts/ab-browser.mjs /tmp/base . [pages, default 40] [rounds, even, default 6]
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { build } from 'esbuild';
import { pickPages, servePages } from './lib/corpus-pages.mjs';
import { launchOffline, worldEval } from './lib/page-world.mjs';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!dirA || !dirB) throw new Error('usage: node scripts/ab-browser.mjs <checkout A> <checkout B> [pages] [rounds]');
const nums = process.argv.slice(4).filter((a) => /^\d+$/.test(a)).map(Number);
const N = nums[0] ?? 40, ROUNDS = nums[1] ?? 6;
// Each version must run first as often as second on every page.
if (ROUNDS < 2 || ROUNDS % 2) throw new Error('rounds must be even and at least 2');
const ENTRY = readFileSync(join(resolve(import.meta.dirname, '..'), 'scripts/lib/profile-entry.ts'), 'utf8');
const CORPUS = process.env.CORPUS ?? join(resolve(import.meta.dirname, '..'), '../shared/corpus');

const bundle = async (dir, name) => (await build({
  stdin: { contents: ENTRY, resolveDir: join(dir, 'scripts/lib'), loader: 'ts', sourcefile: 'profile-entry.ts' },
  bundle: true, format: 'iife', globalName: name, write: false, target: 'es2022', minify: true,
  // The extraction code imports relatively; a bare worktree has no generated .wxt/tsconfig.json to extend.
  tsconfigRaw: '{}',
})).outputFiles[0].text;
const code = { A: await bundle(dirA, 'QA'), B: await bundle(dirB, 'QB') };

const pages = pickPages(CORPUS, N);
const { server, port } = await servePages(pages, { isolated: true });
const { browser, context } = await launchOffline();

// best[position][v][page][stage]: the least time of version v over the rounds in which it ran at that position.
const best = [{ A: [], B: [] }, { A: [], B: [] }];
let runs = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < pages.length; i++) {
    const page = await context.newPage();
    try {
      await page.goto(`http://127.0.0.1:${port}/p/${i}/`, { waitUntil: 'load', timeout: 15_000 });
      if (!runs && !(await page.evaluate(() => globalThis.crossOriginIsolated))) console.error('warning: pages not cross-origin isolated (100 µs timer steps)');
      const cdp = await context.newCDPSession(page);
      const t = {};
      const order = (i + round) % 2 ? ['B', 'A'] : ['A', 'B'];
      for (const v of order) {
        const ev = await worldEval(cdp, `ab-${v}`);
        await ev(code[v]);
        t[v] = await ev(`(() => { const s = Q${v}.stages(document); s.all = Object.values(s).reduce((a, b) => a + b, 0); return s; })()`);
      }
      runs++;
      if (process.env.AB_DEBUG) console.log(i, round, order.join(''), 'A', t.A.all.toFixed(1), 'B', t.B.all.toFixed(1));
      for (const v of ['A', 'B']) {
        const b = (best[order.indexOf(v)][v][i] ??= {});
        for (const [k, x] of Object.entries(t[v])) b[k] = Math.min(b[k] ?? Infinity, x);
      }
    } catch (e) {
      console.error(`page ${i} (${pages[i].name}): ${String(e).split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
}
await browser.close();
server.close();
const med = (xs) => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const mean = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;
console.log(`A = ${dirA}\nB = ${dirB}\n${runs} page runs (${pages.length} pages x ${ROUNDS} rounds), cold, each version's least per page, ms`);
for (const [pos, name] of [[0, 'first reader of the page'], [1, 'second reader']]) {
  const { A, B } = best[pos];
  const both = [...A.keys()].filter((i) => A[i] && B[i]);
  console.log(`${name} (${both.length} pages):`);
  for (const k of Object.keys(A[both[0]] ?? {})) {
    const a = both.map((i) => A[i][k]), b = both.map((i) => B[i][k]);
    // Pages where either version took next to nothing say nothing about the ratio.
    const ratios = both.filter((i) => A[i][k] > 0.02 && B[i][k] > 0.02).map((i) => B[i][k] / A[i][k]);
    console.log(`  ${k.padEnd(10)} mean A ${mean(a).toFixed(2)}  B ${mean(b).toFixed(2)}   median B-A ${med(b.map((x, j) => x - a[j])).toFixed(2)}   median B/A ${ratios.length ? med(ratios).toFixed(3) : '-'}`);
  }
}
