// Where the content script's time goes inside Chromium: bundles the extraction stages (scripts/lib/profile-entry.ts)
// with esbuild, serves the same corpus pages as bench-browser.mjs, and in each page runs the bundle in an isolated
// world (like a content script): every stage timed on the first (cold) run and warm (best of 3), and optionally a CPU
// profile of the cold run, summed by function over all pages.
//   node scripts/profile-browser.mjs [pages=30] [--profile] [--main-world] [--verbose]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { pickPages, servePages } from './lib/corpus-pages.mjs';
import { launchOffline, worldEval } from './lib/page-world.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = process.env.CORPUS ?? join(ROOT, '../shared/corpus');
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 30);
const PROFILE = process.argv.includes('--profile');
const MAIN = process.argv.includes('--main-world');

const out = await build({ entryPoints: [join(ROOT, 'scripts/lib/profile-entry.ts')], bundle: true, format: 'iife', globalName: 'QL', write: false, minify: false, keepNames: true, target: 'es2022' });
const code = (process.argv.includes('--eager') ? '//# allFunctionsCalledOnLoad\n' : '') + out.outputFiles[0].text;
// --prewarm-regex: compile and run every regex literal of the bundle before the cold run (V8 shares compiled
// regexes by source and flags), so the cold run shows what is left without regex compilation.
let prewarm = '';
if (process.argv.includes('--prewarm-regex')) {
  const acorn = await import('acorn');
  const res = [];
  const walk = (n) => { if (!n || typeof n !== 'object') return; if (n.type === 'Literal' && n.regex) res.push(n.regex); for (const k in n) { const v = n[k]; if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v.type === 'string') walk(v); } };
  walk(acorn.parse(code, { ecmaVersion: 'latest' }));
  prewarm = `globalThis.__keep = ${JSON.stringify(res)}.map((r) => { const re = new RegExp(r.pattern, r.flags); const s = (document.body?.textContent ?? '').slice(0, 3000); for (let i = 0; i < 3; i++) { re.lastIndex = 0; re.test(s + i); } return re; });`;
}

const pages = pickPages(CORPUS, N);
const { server, port } = await servePages(pages);
const { browser, context } = await launchOffline();

const cold = {}, warm = {}, twin = {}, selfTime = new Map(), lineTicks = new Map();
const push = (o, k, v) => (o[k] ??= []).push(v);
const rows = [];
for (let i = 0; i < pages.length; i++) {
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/p/${i}/`, { waitUntil: 'load', timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    const ev = await worldEval(cdp, MAIN ? null : 'ql');
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    if (prewarm) await ev(prewarm);
    // --prewalk: touch every node first, so DOM wrappers exist before the cold run (what is left is JS warm-up).
    if (process.argv.includes('--prewalk')) await ev(`(() => { const w = document.createTreeWalker(document, 0xFFFFFFFF); let n = 0; while (w.nextNode()) n++; return n; })()`);
    await ev(`globalThis.__t0 = performance.now();`);
    await ev(code);
    const t = await ev(`(() => { const load = performance.now() - globalThis.__t0; return { load, ...QL.stages(document) }; })()`);
    if (PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      const dt = {};
      for (let k = 0; k < profile.samples.length; k++) dt[profile.samples[k]] = (dt[profile.samples[k]] ?? 0) + (profile.timeDeltas[k] ?? 0);
      for (const n of profile.nodes) {
        const cf = n.callFrame;
        const key = `${cf.functionName || '(anon)'} ${cf.url ? '' : '[native]'}:${cf.lineNumber}:${cf.columnNumber}`;
        selfTime.set(key, (selfTime.get(key) ?? 0) + (dt[n.id] ?? 0) / 1000);
        if (process.env.FN && cf.functionName === process.env.FN) for (const pt of n.positionTicks ?? []) lineTicks.set(pt.line, (lineTicks.get(pt.line) ?? 0) + pt.ticks);
      }
    }
    // --twin: a second copy of the same code, never run (cold functions and ICs) on a document already read once.
    if (process.argv.includes('--twin')) {
      await ev(code.replace(/^var QL/m, 'var QL2'));
      const x = await ev('QL2.stages(document)');
      for (const [k, v] of Object.entries(x)) push(twin, k, v);
    }
    const w = {};
    for (let r = 0; r < 3; r++) {
      const x = await ev('QL.stages(document)');
      for (const [k, v] of Object.entries(x)) w[k] = Math.min(w[k] ?? Infinity, v);
    }
    for (const [k, v] of Object.entries(t)) push(cold, k, v);
    for (const [k, v] of Object.entries(w)) push(warm, k, v);
    rows.push(`${pages[i].name.padEnd(14)} ${Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(1)}/${(w[k] ?? 0).toFixed(1)}`).join('  ')}`);
  } catch (e) {
    rows.push(`${pages[i].name.padEnd(14)} failed: ${String(e).split('\n')[0]}`);
  } finally {
    await page.close();
  }
}
await browser.close();
server.close();
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
if (process.argv.includes('--verbose')) console.log(rows.join('\n'));
console.log(`${MAIN ? 'main' : 'isolated'} world, ${pages.length} pages, ms, cold (first run) vs warm (best of 3): median / p95`);
for (const k of Object.keys(cold)) console.log(`  ${k.padEnd(10)} cold ${q(cold[k], 0.5).toFixed(2)} / ${q(cold[k], 0.95).toFixed(2)}   warm ${(k in warm ? q(warm[k], 0.5) : NaN).toFixed(2)} / ${(k in warm ? q(warm[k], 0.95) : NaN).toFixed(2)}${twin[k] ? `   twin ${q(twin[k], 0.5).toFixed(2)} / ${q(twin[k], 0.95).toFixed(2)}` : ''}`);
if (PROFILE) {
  const top = [...selfTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log('cold-run self time summed over pages (ms):');
  for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  const src = code.split('\n');
  for (const [l, n] of [...lineTicks.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(6)} ticks  line ${l}: ${src[l - 1]?.trim().slice(0, 110)}`);
}
