// Issue #4 in real Chromium with the built extension: quote lookup (words, prefix, folding, filters), a speaker's
// page across two articles, "Look up quote" from the context menu, export and re-import, a refused import, and
// deleting one article. Its own browser and profile, so clearing the history here cannot disturb run.mjs's tests.
// Run alone with `node tests/e2e/history.mjs`, or with everything through run.mjs.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveFixtures, launchWithExtension, tabIdOf, recordsFor, quotesIn, until, OUT_DIR } from './harness.mjs';

/** Seed: Newslooks, published 18 March 2025, 14 quotes (3 by Karoline Leavitt), opened first. */
const SEED_TITLE = /^White House Confirms Trump-Putin Call/;
/** Earlier: Capitol Ledger, published 10 March 2025, 3 quotes (2 by Leavitt), opened second. */
const EARLIER_TITLE = 'Envoys Prepare Ground for Ceasefire Talks as Kyiv Weighs Terms';
const DETENTE = 'The détente we are building is fragile, but it is real,';

describe('history and lookup (issue #4)', () => {
  let server, browser, seedUrl, earlierUrl, seedTab, earlierTab;

  before(async () => {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    server = await serveFixtures();
    browser = await launchWithExtension();
    seedUrl = server.url('seed');
    earlierUrl = server.url('earlier');
    // Opened in this order on purpose: the speaker page must sort by the articles' dates, not by when they were saved.
    for (const url of [seedUrl, earlierUrl]) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await until(() => recordsFor(browser.sw, url), { what: `${url} saved`, accept: (r) => quotesIn(r).length >= 3 });
    }
    seedTab = await tabIdOf(browser.sw, seedUrl);
    earlierTab = await tabIdOf(browser.sw, earlierUrl);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function sidePanel(tabId = earlierTab) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 760 });
    await page.goto(`chrome-extension://${browser.id}/sidepanel.html?tab=${tabId}`);
    return page;
  }

  /** The quotes a search in the side panel lists, once the count line has settled on `count` (a RegExp). */
  async function search(panel, words, count = /\d+ quotes?$/) {
    // Emptied first, so the count line waited for below cannot be the previous search's.
    const box = panel.getByRole('searchbox', { name: 'Search quotes' });
    await box.fill('');
    await panel.getByText('Search every quote in the articles you have read.').waitFor();
    await box.fill(words);
    await panel.getByRole('status').filter({ hasText: count }).waitFor();
    return panel.locator('.hits > li q').allTextContents();
  }

  async function optionsPage() {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 640, height: 600 });
    await page.goto(`chrome-extension://${browser.id}/options.html`);
    await page.getByText(/^Saved now: /).waitFor();
    return page;
  }

  /** The history as the options page's JSON export button downloads it, parsed. */
  async function exportJson(options) {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export history (JSON)' }).click(),
    ]);
    return JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  }

  const savedNow = (options) => options.getByText(/^Saved now: /).textContent();
  const withoutStamp = ({ exportedAt, ...rest }) => rest;
  const fold = (t) => t.replace(/[’']/g, "'");

  test('search: words in any order, the last one a prefix, accents and case folded', async () => {
    const panel = await sidePanel();
    const anyOrder = await search(panel, 'peace closer');
    assert.ok(anyOrder.map(fold).includes("We've never been closer to peace."), `got ${anyOrder}`);
    assert.ok(!anyOrder.map(fold).includes("We've never been closer to a deal."), 'every word must match');
    assert.deepEqual(await search(panel, 'fragi', /^1 quote$/), [DETENTE]);
    assert.deepEqual(await search(panel, 'DETENTE', /^1 quote$/), [DETENTE]);
    assert.deepEqual(await search(panel, 'real Détente', /^1 quote$/), [DETENTE]);
    assert.equal((await search(panel, 'detentes', /No quotes match/)).length, 0);
    await panel.close();
  });

  test('filters: speaker, role, site and dates narrow the lookup; clear filters restores it', async () => {
    const panel = await sidePanel();
    await panel.getByRole('button', { name: 'Filters' }).click();
    await panel.getByLabel('Speaker').fill('Karoline Leavitt');
    await panel.getByRole('status').filter({ hasText: /^5 quotes$/ }).waitFor();
    await panel.getByLabel('From').fill('2025-03-01');
    await panel.getByLabel('To').fill('2025-03-12');
    await panel.getByRole('status').filter({ hasText: /^2 quotes$/ }).waitFor();
    assert.deepEqual((await panel.locator('.hits .hit-title').allTextContents()), [EARLIER_TITLE, EARLIER_TITLE]);
    await panel.getByRole('searchbox', { name: 'Search quotes' }).fill('fragile');
    await panel.getByRole('status').filter({ hasText: /^1 quote$/ }).waitFor();
    for (const scheme of ['light', 'dark']) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: path.join(OUT_DIR, `sidepanel-filters-${scheme}.png`), fullPage: true });
    }
    await panel.emulateMedia({ colorScheme: 'light' });

    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await panel.getByRole('searchbox', { name: 'Search quotes' }).fill('');
    await panel.getByLabel('Site').fill('Newslooks');
    await panel.getByRole('status').filter({ hasText: /^14 quotes$/ }).waitFor();
    await panel.getByLabel('Role').fill('deputy');
    await panel.getByLabel('Site').fill('capitol ledger');
    await panel.getByRole('status').filter({ hasText: /^1 quote$/ }).waitFor();
    assert.match(await panel.locator('.hits .speaker-name').textContent(), /Olena Marchenko/);
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await panel.getByText('Search every quote in the articles you have read.').waitFor();
    assert.equal(await panel.getByLabel('Role').inputValue(), '');
    await panel.close();
  });

  test('speaker page: every quote of the speaker across both articles, oldest article first, with article, site and date', async () => {
    const panel = await sidePanel();
    await search(panel, 'Leavitt');
    await panel.getByRole('button', { name: 'Karoline Leavitt' }).first().click();
    await panel.getByRole('heading', { name: 'Karoline Leavitt' }).waitFor();
    await panel.getByText('5 quotes, oldest first').waitFor();
    const titles = await panel.locator('.hits .hit-title').allTextContents();
    assert.deepEqual(titles.slice(0, 2), [EARLIER_TITLE, EARLIER_TITLE]);
    assert.equal(titles.length, 5);
    assert.ok(titles.slice(2).every((t) => SEED_TITLE.test(t)), `got ${titles}`);
    const metas = await panel.locator('.hits .meta').allTextContents();
    assert.match(metas[0], /Capitol Ledger · .*2025/);
    assert.match(metas[4], /Newslooks · .*2025/);
    assert.match(metas[0], /10/);
    assert.match(metas[4], /18/);
    await panel.screenshot({ path: path.join(OUT_DIR, 'sidepanel-speaker-two-articles-light.png'), fullPage: true });
    await panel.close();
  });

  test('"Look up quote": the menu exists, its click handler keeps the selection, the side panel searches it', async () => {
    // Headless Chromium has no context menu to click; dispatching onClicked in the service worker runs the very
    // listener the browser would call (opening the panel there fails without a user gesture, which it reports).
    const exists = await browser.sw.evaluate(() => chrome.contextMenus.update('quotelens-lookup', {}).then(() => true, () => false));
    assert.ok(exists, 'a "quotelens-lookup" context menu item');
    const article = browser.context.pages().find((p) => p.url() === seedUrl);
    // The reader selects the quote, between its marks.
    const selection = await article.evaluate(() => {
      const node = [...document.querySelectorAll('p')].find((el) => el.textContent.includes('10-yard line')).firstChild;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf('“') + 1);
      range.setEnd(node, node.data.indexOf('”'));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString();
    });
    await browser.sw.evaluate(({ text, tab }) => {
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'quotelens-lookup', selectionText: text, editable: false, pageUrl: '' },
        { id: tab, windowId: -1 });
    }, { text: selection, tab: seedTab });

    const panel = await sidePanel(seedTab);
    const box = panel.getByRole('searchbox', { name: 'Search quotes' });
    await until(() => box.inputValue(), { what: 'the selection in the search box', accept: (v) => v === selection.trim() });
    await panel.getByRole('status').filter({ hasText: /^\d+ quotes?$/ }).waitFor();
    const found = (await panel.locator('.hits > li q').allTextContents()).map(fold);
    assert.ok(found.some((t) => /10-yard line of peace/.test(t)), `got ${found}`);
    // Taken once: reopening the panel does not search it again.
    const again = await sidePanel(seedTab);
    await again.getByText('Search every quote in the articles you have read.').waitFor();
    await again.waitForTimeout(300);
    assert.equal(await again.getByRole('searchbox', { name: 'Search quotes' }).inputValue(), '');
    await again.close();

    // An already open panel takes a new lookup at once: the background announces it (focus stays in the page).
    await browser.sw.evaluate(({ tab }) => {
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'quotelens-lookup', selectionText: '  détente  ', editable: false, pageUrl: '' },
        { id: tab, windowId: -1 });
    }, { tab: seedTab });
    await until(() => box.inputValue(), { what: 'the second lookup', accept: (v) => v === 'détente' });
    await panel.getByRole('status').filter({ hasText: /^1 quote$/ }).waitFor();
    await panel.close();
  });

  test('"Look up quote" on a whole paragraph (quote and attribution) still finds the quote', async () => {
    const article = browser.context.pages().find((p) => p.url() === seedUrl);
    const passage = await article.evaluate(() => [...document.querySelectorAll('p')].find((el) => el.textContent.includes('10-yard line')).textContent);
    await browser.sw.evaluate(({ text, tab }) => {
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'quotelens-lookup', selectionText: text, editable: false, pageUrl: '' },
        { id: tab, windowId: -1 });
    }, { text: passage, tab: seedTab });
    const panel = await sidePanel(seedTab);
    await panel.getByRole('status').filter({ hasText: /sharing most of these words$/ }).waitFor();
    const found = (await panel.locator('.hits > li q').allTextContents()).map(fold);
    assert.ok(found.length >= 1 && found.every((t) => /10-yard line of peace/.test(t)), `got ${found}`);
    await panel.close();
  });

  test('export JSON, clear all, import the file: the history comes back equal', async () => {
    const options = await optionsPage();
    const before = await exportJson(options);
    const countsBefore = await savedNow(options);
    assert.equal(before.visits.length, 2);
    assert.equal(before.quotes.length, 17);

    const panel = await sidePanel();
    await panel.getByRole('button', { name: 'History' }).click();
    await panel.getByRole('button', { name: 'Clear all history' }).click();
    await panel.getByRole('button', { name: 'Yes, clear all' }).click();
    await panel.getByText('Nothing saved yet').waitFor();
    await panel.close();
    assert.deepEqual(await recordsFor(browser.sw, seedUrl), []);

    await options.reload();
    await options.getByText('Saved now: 0 articles, 0 quotes.').waitFor();
    const file = path.join(OUT_DIR, 'history-export.json');
    fs.writeFileSync(file, JSON.stringify(before));
    await options.locator('input[type="file"]').setInputFiles(file);
    await options.getByRole('status').filter({ hasText: /^Imported/ }).waitFor();
    await options.getByText(countsBefore).waitFor();
    const after = await exportJson(options);
    assert.deepEqual(withoutStamp(after), withoutStamp(before));
    await options.close();

    const panel2 = await sidePanel();
    assert.deepEqual(await search(panel2, 'detente', /^1 quote$/), [DETENTE]);
    await panel2.close();
  });

  test('a malformed or foreign file is refused with the reason, and the history is untouched', async () => {
    const options = await optionsPage();
    const before = await exportJson(options);
    const counts = await savedNow(options);
    const cases = [
      { name: 'broken.json', body: '{"format": "quotelens-history", "visits": [', reason: /^Import refused, history unchanged: .*not JSON/ },
      { name: 'other.json', body: JSON.stringify({ format: 'bookmarks', items: [{ url: 'https://x.example/' }] }), reason: /^Import refused, history unchanged: .*not a Quotelens history/ },
      { name: 'bad-rows.json', body: JSON.stringify({ ...before, visits: [{ url: 42 }] }), reason: /^Import refused, history unchanged: .*visits\.0\.url: expected string/ },
    ];
    for (const c of cases) {
      await options.locator('input[type="file"]').setInputFiles({ name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.body) });
      await options.getByRole('status').filter({ hasText: c.reason }).waitFor();
      await options.screenshot({ path: path.join(OUT_DIR, `options-import-refused-${c.name.replace('.json', '')}-light.png`) });
    }
    await options.reload();
    await options.getByText(counts).waitFor();
    assert.deepEqual(withoutStamp(await exportJson(options)), withoutStamp(before));
    await options.close();
  });

  test('deleting one article from the history takes its quotes out of search and the speaker page', async () => {
    const panel = await sidePanel();
    await panel.getByRole('button', { name: 'History' }).click();
    await panel.getByRole('status').filter({ hasText: /^2 articles$/ }).waitFor();
    await panel.getByRole('button', { name: `Delete ${EARLIER_TITLE}` }).click();
    await panel.getByRole('status').filter({ hasText: /^1 article$/ }).waitFor();
    assert.deepEqual(await panel.locator('.history-open').allTextContents().then((t) => t.map((x) => SEED_TITLE.test(x))), [true]);
    await panel.getByRole('button', { name: 'Quotes' }).click();
    assert.equal((await search(panel, 'detente', /No quotes match/)).length, 0);
    await search(panel, 'Leavitt');
    await panel.getByRole('button', { name: 'Karoline Leavitt' }).first().click();
    await panel.getByText('3 quotes, oldest first').waitFor();
    await panel.close();
    assert.deepEqual(await recordsFor(browser.sw, earlierUrl), []);
    const seedRows = await recordsFor(browser.sw, seedUrl);
    assert.equal(quotesIn(seedRows).length, 14, 'the other article keeps its quotes');
  });
});
