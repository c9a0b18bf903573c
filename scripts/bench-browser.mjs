// Cost of the content script in a real browser (Chromium + the built extension), against Readability.js in the
// same page. Needs `npx wxt build` first; reads ../shared/corpus (not part of the tests).
//   node scripts/bench-browser.mjs [pages=30]
// Serves corpus pages on 127.0.0.1, opens each in a tab, waits for the content script's 'quotelens:done' mark and
// reads its User Timing entries from the page: 'quotelens:detect' (every page), 'quotelens:load' (the background
// injecting /analyser.js, articles only) and 'quotelens:analyse'; then injects Readability.js into the page's main
// world and times `new Readability(document.cloneNode(true)).parse()` there (first run the baseline, best of 2 warm).
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, EXT_DIR } from '../tests/e2e/harness.mjs';
import { pickPages, servePages } from './lib/corpus-pages.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = process.env.CORPUS ?? join(ROOT, '../shared/corpus');
const N = Number(process.argv[2] ?? 30);
const READABILITY = join(ROOT, 'node_modules/@mozilla/readability/Readability.js');

const pages = pickPages(CORPUS, N);
const { server, port } = await servePages(pages);

// The same launch as the end-to-end tests (built extension, no-network flags, the service worker ready).
const { context, close } = await launchWithExtension();
// Pages may ask for their own scripts, fonts and images from the web: nothing leaves the machine.
await context.route((url) => !url.host.startsWith('127.0.0.1'), (route) => route.abort());

const det = [], load = [], ana = [], both = [], rdb = [], rdbWarm = [], ratios = [], bothRatios = [];
const rows = [];
for (let i = 0; i < pages.length; i++) {
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/p/${i}/`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('quotelens:done').length > 0, null, { timeout: 15_000 });
    const t = await page.evaluate(() => {
      const d = (name) => performance.getEntriesByName(name)[0]?.duration ?? null;
      return { detect: d('quotelens:detect'), load: d('quotelens:load'), analyse: d('quotelens:analyse') };
    });
    await page.addScriptTag({ path: READABILITY });
    const r = await page.evaluate(() => {
      // The content script runs once per page, cold; so is Readability's first run here (the baseline), warm runs after.
      const runs = [];
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        // eslint-disable-next-line no-undef
        new Readability(document.cloneNode(true)).parse();
        runs.push(performance.now() - t0);
      }
      return { cold: runs[0], warm: Math.min(...runs.slice(1)) };
    });
    if (t.detect !== null) det.push(t.detect);
    if (t.analyse !== null) { ana.push(t.analyse); ratios.push(t.analyse / r.cold); }
    if (t.load !== null) load.push(t.load);
    if (t.analyse !== null && t.load !== null) { both.push(t.load + t.analyse); bothRatios.push((t.load + t.analyse) / r.cold); }
    rdb.push(r.cold); rdbWarm.push(r.warm);
    rows.push(`${pages[i].name.padEnd(14)} detect ${t.detect?.toFixed(2)} ms  ${t.analyse === null ? '(not an article)' : `load ${t.load?.toFixed(2)} ms  analyse ${t.analyse.toFixed(2)} ms`}  Readability ${r.cold.toFixed(2)} ms (warm ${r.warm.toFixed(2)})`);
  } catch (e) {
    rows.push(`${pages[i].name.padEnd(14)} failed: ${String(e).split('\n')[0]}`);
  } finally {
    await page.close();
  }
}
await close();
server.close();

const q = (xs, p) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN);
const line = (name, xs) => `${name.padEnd(12)} (${xs.length} pages): median ${q(xs, 0.5).toFixed(2)} ms, p95 ${q(xs, 0.95).toFixed(2)} ms`;
if (process.argv.includes('--verbose')) console.log(rows.join('\n'));
console.log(`Chromium, ${pages.length} corpus pages, timed inside the page:`);
console.log(line('detect', det));
console.log(line('load', load) + ' (the background injecting /analyser.js, articles only)');
console.log(line('analyse', ana));
console.log(line('load+analyse', both));
console.log(line('Readability', rdb) + ` (warm: median ${q(rdbWarm, 0.5).toFixed(2)} ms)`);
console.log(`median per-page ratio analyse/Readability first run (articles): ${q(ratios, 0.5).toFixed(3)} (goal <= 0.33)`);
console.log(`median per-page ratio (load+analyse)/Readability first run (articles): ${q(bothRatios, 0.5).toFixed(3)}`);
const size = (file) => {
  const raw = readFileSync(join(EXT_DIR, file));
  return { raw: statSync(join(EXT_DIR, file)).size, gz: gzipSync(raw, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1);
const cs = size('content-scripts/content.js'), an = size('analyser.js');
console.log(`content script (every page): ${kb(cs.raw)} kB raw, ${kb(cs.gz)} kB gzipped`);
console.log(`analyser (articles only): ${kb(an.raw)} kB raw, ${kb(an.gz)} kB gzipped; both ${kb(cs.raw + an.raw)} kB raw, ${kb(cs.gz + an.gz)} kB gzipped`);
