// Cost of the content script in a real browser (Chromium + the built extension), against Readability.js in the
// same page. Needs `npx wxt build` first; reads ../shared/corpus (not part of the tests).
//   node scripts/bench-browser.mjs [pages=30]
// Serves corpus pages on 127.0.0.1, opens each in a tab, waits for the content script's User Timing entries
// ('quotelens:detect', 'quotelens:analyse') and reads them from the page; then injects Readability.js into the page's
// main world and times `new Readability(document.cloneNode(true)).parse()` there (best of 3).
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

const det = [], ana = [], rdb = [], rdbWarm = [], ratios = [];
const rows = [];
for (let i = 0; i < pages.length; i++) {
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/p/${i}/`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('quotelens:detect').length > 0, null, { timeout: 15_000 });
    // The analysis follows the detection in the same task; give a non-article a moment to prove it has none.
    await page.waitForTimeout(50);
    const t = await page.evaluate(() => ({
      detect: performance.getEntriesByName('quotelens:detect')[0]?.duration ?? null,
      analyse: performance.getEntriesByName('quotelens:analyse')[0]?.duration ?? null,
    }));
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
    rdb.push(r.cold); rdbWarm.push(r.warm);
    rows.push(`${pages[i].name.padEnd(14)} detect ${t.detect?.toFixed(2)} ms  analyse ${t.analyse === null ? '(not an article)' : `${t.analyse.toFixed(2)} ms`}  Readability ${r.cold.toFixed(2)} ms (warm ${r.warm.toFixed(2)})`);
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
console.log(line('analyse', ana));
console.log(line('Readability', rdb) + ` (warm: median ${q(rdbWarm, 0.5).toFixed(2)} ms)`);
console.log(`median per-page ratio analyse/Readability first run (articles): ${q(ratios, 0.5).toFixed(3)} (goal <= 0.33)`);
const cs = join(EXT_DIR, 'content-scripts/content.js');
const raw = readFileSync(cs);
console.log(`content script: ${(statSync(cs).size / 1024).toFixed(1)} kB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} kB gzipped`);
