// The built extension (timing build) over every page of the shared corpus in real Chromium: does the content script
// answer on each page, whatever the page's own scripts do, and does it take the same decision there as the detector
// in Node on the same HTML? Pages whose scripts navigate away (to an error page: their requests are refused) are
// counted apart. Reads ../shared/corpus (CORPUS to override); not part of the tests; about 0.3 s a page.
//   npm run sweep [-- --from=N] [--verbose]   (node --import tsx: it runs the detector from lib/ in Node too)
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { detectArticle } from '../lib/extract/detect.ts';
import { launchWithExtension } from '../tests/e2e/harness.mjs';
import { servePages } from './lib/corpus-pages.mjs';
import { labelledPages } from './lib/detection-pages.ts';
import { parseDocument, readHtmlFile } from './lib/load-html.ts';

const CORPUS = process.env.CORPUS ?? join(import.meta.dirname, '../../shared/corpus');
const FROM = Number(process.argv.find((a) => a.startsWith('--from='))?.slice(7) ?? 0);
const VERBOSE = process.argv.includes('--verbose');

// The labelled corpora (wcxb, pages2, Readability's test pages) and the extraction pages, as the detector is fitted on.
const pages = [
  ...readdirSync(join(CORPUS, 'extraction/pages')).sort().map((f) => ({ name: `extraction/${f}`, file: join(CORPUS, 'extraction/pages', f) })),
  ...labelledPages(CORPUS).map(([, file]) => ({ name: relative(CORPUS, file), file })),
];

const { server, port } = await servePages(pages);
const { context, close } = await launchWithExtension();
// Nothing leaves the machine: the pages' own requests for scripts, fonts and ads are refused.
await context.route((url) => !url.host.startsWith('127.0.0.1'), (route) => route.abort());

const timeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);
let answered = 0, navigated = 0, agree = 0;
const silent = [], differ = [];
for (let i = FROM; i < pages.length; i++) {
  const { name, file } = pages[i];
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/p/${i}/`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('quotelens:done').length > 0, null, { timeout: 15_000 });
    const analysed = await timeout(page.evaluate(() => performance.getEntriesByName('quotelens:analyse').length > 0), 10_000, 'evaluate');
    answered++;
    const inNode = detectArticle(parseDocument(readHtmlFile(file))).isArticle;
    if (inNode === analysed) agree++;
    else differ.push(`${name}: Chromium ${analysed ? 'article' : 'not'}, Node ${inNode ? 'article' : 'not'}`);
  } catch (e) {
    const url = page.isClosed() ? '' : page.url();
    // Away to another URL, or the same one loaded again (location.reload(): the page's world is gone mid-question).
    if (!url.startsWith(`http://127.0.0.1:${port}/p/${i}/`) || /context was destroyed/.test(String(e))) navigated++;
    else silent.push(`${name}: ${String(e).split('\n')[0]}`);
  } finally {
    await timeout(page.close(), 5_000, 'close').catch(() => {});
  }
  if (VERBOSE && i % 100 === 0) console.error(`${i}/${pages.length}`);
}
await close();
server.close();

const n = pages.length - FROM;
console.log(`Chromium with the built extension, ${n} corpus pages: the content script answered on ${answered}; ${navigated} pages navigated away by their own scripts; no answer on ${silent.length}`);
for (const s of silent) console.log(`  no answer: ${s}`);
console.log(`same verdict as the detector in Node on the saved HTML: ${agree}/${answered}`);
for (const d of VERBOSE ? differ : differ.slice(0, 10)) console.log(`  ${d}`);
process.exitCode = silent.length ? 1 : 0;
