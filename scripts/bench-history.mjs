// History at scale, measured in real Chromium against the built extension (npm run bench:history).
// Loads a synthetic history through the import path (the same 'history/import' message the options page sends),
// then times from extension pages: a quote search round trip, opening the popup until its history list is painted,
// and saving one analysed article (the content script's 'page/analysed' message). Every figure is measured twice in
// this one process: on a small history (the named baseline, 100 articles) and on the large one (10,000 articles,
// 100,000 quotes), and the ratio large/baseline is printed: it says how the design scales, whatever this machine's speed.
import { launchWithExtension, EXT_DIR } from '../tests/e2e/harness.mjs';
import { syntheticHistory } from '../tests/storage/synthetic-history.ts';
import { toQuoteRow, toStoredRows } from '../lib/storage/rows.ts';
import { createSearchMemory } from '../lib/storage/search-memory.ts';
import { byTime } from '../lib/storage/postings.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const LARGE = Number(process.env.BENCH_ARTICLES ?? 10_000);
const BASE = 100;
const QUOTES_PER_ARTICLE = 10;
const SEARCHES = 120;
const COLD_SEARCHES = 30;
/** How long before typing the lookup is taken to open, after a background restart. */
const PREPARE_MS = 1_500;
const POPUPS = 15;
const SAVES = 40;
// BENCH_DETAIL=1 prints each search of the large history (ms, query, count) on stderr.


const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

/** Send one ui-to-bg / content-to-bg message from an extension page and return [ms, reply]. */
async function send(page, type, payload) {
  return page.evaluate(async ([type, payload]) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type, payload });
    return { ms: performance.now() - t0, reply };
  }, [type, payload]);
}

/** The kinds of query queriesFor mixes, in its order. */
const KINDS = ['first word', 'last word', 'two words', '3-letter start', 'name'];

function queriesFor(history) {
  // A mix of what readers type: a common word, a rare word, two words in any order, a prefix while typing, a name.
  const out = [];
  for (let i = 0; out.length < SEARCHES; i += 97) {
    const q = history.quotes[(i * 31) % history.quotes.length];
    const w = q.text.split(' ');
    switch (out.length % 5) {
      case 0: out.push(w[0]); break;
      case 1: out.push(w[w.length - 1]); break;
      case 2: out.push(`${w[2] ?? w[0]} ${w[1] ?? w[0]}`); break;
      case 3: out.push(w[1].slice(0, 3)); break;
      default: out.push(q.speaker ?? w[0]);
    }
  }
  return out;
}

function analysis(n) {
  const quotes = Array.from({ length: 14 }, (_, i) => ({
    text: `Quote number ${i} of the benchmark article ${n}, long enough to look like a real sentence in the news.`,
    speaker: i % 3 ? 'Karoline Leavitt' : 'Tammy Bruce', role: i % 3 ? 'White House press secretary' : null, block: i * 2,
  }));
  return {
    url: `https://bench.example/news/${n}`, isArticle: true, title: `Benchmark article ${n}`, byline: 'A. Writer',
    published: '2025-03-18T14:32:07.000Z', siteName: 'Bench News', lang: 'en',
    keyPoints: ['First point of the story.', 'Second point of the story.'], summary: ['First point of the story.', 'Second point of the story.'],
    summarySource: 'key-points', quotes, text: 'Body text. '.repeat(400), wordCount: 800,
  };
}

async function measure(articles, ctx) {
  const { context, id } = ctx;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const cleared = await send(page, 'history/clear', {});
  if (!cleared.reply.ok) throw new Error(`clear failed: ${cleared.reply.error}`);
  const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const before = await usage();

  const history = syntheticHistory({ articles, quotesPerArticle: QUOTES_PER_ARTICLE, seed: 7 });
  const text = JSON.stringify(history);
  process.stderr.write(`  importing ${articles} articles / ${history.quotes.length} quotes (${(text.length / 1e6).toFixed(1)} MB)… `);
  const imported = await send(page, 'history/import', { text });
  if (!imported.reply.ok) throw new Error(`import failed: ${imported.reply.error}`);
  process.stderr.write(`${(imported.ms / 1000).toFixed(1)} s\n`);
  const after = await usage();

  const search = [];
  for (const query of queriesFor(history)) {
    const r = await send(page, 'quotes/search', { query, offset: 0, limit: 20 });
    if (!r.reply.ok) throw new Error(`search failed: ${r.reply.error}`);
    search.push(r.ms);
    if (process.env.BENCH_DETAIL) process.stderr.write(`    ${r.ms.toFixed(1)} ms  ${JSON.stringify(query)} total=${r.reply.data?.total}\n`);
  }
  // The same searches just after the background restarts (Chrome stops an idle service worker after 30 s): the first
  // one loads the search rows into memory, and the searches made meanwhile go through the word index.
  const restart = async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  };
  const timeSearches = async (queries) => {
    const ms = [];
    for (const query of queries) {
      const r = await send(page, 'quotes/search', { query, offset: 0, limit: 20 });
      if (!r.reply.ok) throw new Error(`search failed: ${r.reply.error}`);
      ms.push(r.ms);
    }
    return ms;
  };
  const coldQueries = queriesFor(history).slice(0, COLD_SEARCHES);
  await restart();
  const t0 = Date.now();
  const cold = await timeSearches(coldQueries);
  const coldMs = Date.now() - t0;
  // As the side panel does: the lookup opened ('quotes/prepare') a moment before the first words are typed.
  await restart();
  const prepared = await send(page, 'quotes/prepare', {});
  if (!prepared.reply.ok) throw new Error(`prepare failed: ${prepared.reply.error}`);
  await new Promise((r) => setTimeout(r, PREPARE_MS));
  const warmed = await timeSearches(coldQueries);
  // What any message costs: a round trip the background answers from memory.
  const roundTrip = [];
  for (let i = 0; i < 20; i++) roundTrip.push((await send(page, 'settings/get', {})).ms);

  // The popup, from navigation start until the recent-history list has items on screen (polled each frame).
  const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? 0);
  const popup = [];
  for (let i = 0; i < POPUPS; i++) {
    const p = await context.newPage();
    await p.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    const painted = await p.waitForFunction(() => (document.querySelector('.recent .history li') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 20_000 });
    popup.push(Number(await painted.jsonValue()));
    await p.close();
  }

  const save = [];
  for (let i = 0; i < SAVES; i++) {
    const r = await send(page, 'page/analysed', { analysis: analysis(articles * 1000 + i) });
    if (!r.reply.ok) throw new Error(`save failed: ${r.reply.error}`);
    save.push(r.ms);
  }
  await page.close();
  return { articles, importMs: imported.ms, bytesPerArticle: after > before ? (after - before) / articles : null, search, cold, coldMs, warmed, roundTrip, popup, save };
}

/**
 * The heap the background's search memory takes for the large history, measured in Node (the same module): the
 * history's search rows as the store writes them, loaded from an array, heap compared after gc before and after.
 */
async function heldSearchRows(articles) {
  const history = syntheticHistory({ articles, quotesPerArticle: QUOTES_PER_ARTICLE, seed: 7 });
  const byUrl = new Map();
  for (const q of history.quotes) byUrl.set(q.url, [...(byUrl.get(q.url) ?? []), toQuoteRow(q)]);
  const rows = [...byUrl].flatMap(([url, quotes]) => toStoredRows(url, quotes).map((r) => r.words))
    .sort((a, b) => byTime([a.t, a.url], [b.t, b.url]));
  const gc = globalThis.gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let at = 0;
  // Each batch a fresh copy, as IndexedDB hands them out: what memory keeps of them is counted.
  const memory = createSearchMemory({ rows: async (_after, n) => structuredClone(rows.slice(at, (at += n))) });
  const t0 = performance.now();
  await memory.warm();
  const ms = performance.now() - t0;
  gc?.();
  const bytes = gc ? process.memoryUsage().heapUsed - before : null;
  if (memory.stats().groups !== rows.length) throw new Error('search memory did not load every row');
  return { bytes, ms };
}

async function main() {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`no build at ${EXT_DIR}: run npx wxt build`);
  const ctx = await launchWithExtension();
  try {
    const base = await measure(BASE, ctx);
    const large = await measure(LARGE, ctx);
    const f = (x) => x.toFixed(1).padStart(7);
    const line = (name, goal, get) => {
      const [b, l] = [get(base), get(large)];
      const [b50, b95, l50, l95] = [pct(b, 50), pct(b, 95), pct(l, 50), pct(l, 95)];
      const verdict = l95 <= goal ? 'meets' : 'MISSES';
      console.log(`${name.padEnd(22)} ${LARGE} articles: p50 ${f(l50)} ms  p95 ${f(l95)} ms  | baseline ${BASE}: p50 ${f(b50)} p95 ${f(b95)} | ratio p95 ${(l95 / b95).toFixed(2)}x | goal p95 <= ${goal} ms: ${verdict}`);
    };
    console.log(`bench:history — Chromium with ${EXT_DIR}; baseline = the same measurements on a ${BASE}-article history in this run`);
    line('quote search', 30, (x) => x.search);
    line('popup history painted', 150, (x) => x.popup);
    line('save one article', 10, (x) => x.save);
    const kinds = KINDS.map((k, i) => {
      const ms = large.search.filter((_, j) => j % KINDS.length === i);
      return `${k} ${pct(ms, 50).toFixed(1)}/${pct(ms, 95).toFixed(1)}`;
    });
    console.log(`quote search by kind at ${LARGE} (p50/p95 ms, ${SEARCHES / KINDS.length} each): ${kinds.join(' | ')}`);
    console.log(`quote search after a background restart (the first ${COLD_SEARCHES} searches, ${(large.coldMs / 1000).toFixed(1)} s): p50 ${pct(large.cold, 50).toFixed(1)} ms p95 ${pct(large.cold, 95).toFixed(1)} ms, first ${large.cold[0].toFixed(1)} ms | baseline p95 ${pct(base.cold, 95).toFixed(1)}, first ${base.cold[0].toFixed(1)}`);
    console.log(`  the same, the lookup opened ${PREPARE_MS / 1000} s before (quotes/prepare): p50 ${pct(large.warmed, 50).toFixed(1)} ms p95 ${pct(large.warmed, 95).toFixed(1)} ms, first ${large.warmed[0].toFixed(1)} ms | baseline p95 ${pct(base.warmed, 95).toFixed(1)}`);
    const held = await heldSearchRows(LARGE);
    console.log(`search rows held in the background's memory at ${LARGE} articles: ${held.bytes === null ? 'n/a (run node with --expose-gc, as npm run bench:history does)' : `${(held.bytes / 1e6).toFixed(1)} MB of heap (Node, measured after gc)`}, loaded in ${held.ms.toFixed(0)} ms from an array in Node`);
    console.log(`message round trip (answered from memory): p50 ${pct(large.roundTrip, 50).toFixed(1)} ms p95 ${pct(large.roundTrip, 95).toFixed(1)} ms | baseline ${pct(base.roundTrip, 50).toFixed(1)} / ${pct(base.roundTrip, 95).toFixed(1)}`);
    const kb = (x) => (x.bytesPerArticle === null ? 'n/a' : `${(x.bytesPerArticle / 1024).toFixed(1)} kB`);
    console.log(`IndexedDB size per article (10 quotes each): ${kb(large)} at ${LARGE} | baseline ${kb(base)} at ${BASE}`);
    console.log(`import through 'history/import': ${(large.importMs / 1000).toFixed(1)} s for ${LARGE} articles (${(large.importMs / LARGE).toFixed(2)} ms/article) | baseline ${(base.importMs / BASE).toFixed(2)} ms/article`);
  } finally {
    await ctx.close();
  }
}

main().catch((e) => {
  console.error(`bench:history failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
