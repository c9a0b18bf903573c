// End-to-end in real Chromium with the built extension (`npx wxt build` first): a served article and a served
// home page, the content script, the background's badge and IndexedDB, the popup and the side panel pages.
// Screenshots go to tests/out/. Run: node tests/e2e/run.mjs (it runs history.mjs too: lookup, speaker page,
// context menu, export/import and delete, in a browser of its own).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveFixtures, launchWithExtension, tabIdOf, badgeText, recordsFor, quotesIn, until, extensionWorld, OUT_DIR } from './harness.mjs';
import './history.mjs';

let server, browser, article, articleUrl, articleTab;

before(async () => {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  server = await serveFixtures();
  browser = await launchWithExtension();
  articleUrl = server.url('seed');
  article = await browser.context.newPage();
  await article.goto(articleUrl);
  articleTab = await until(() => tabIdOf(browser.sw, articleUrl), { what: 'the article tab' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens an extension page as a tab pinned to `tabId` (a popup opened as a tab would otherwise see itself). */
async function extensionPage(name, tabId, viewport) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${browser.id}/${name}.html?tab=${tabId}`);
  return page;
}

async function screenshots(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(OUT_DIR, `${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('article page: the badge shows its 14 quotes', async () => {
  const text = await until(() => badgeText(browser.sw, articleTab), { what: 'badge "14"', accept: (t) => t === '14' });
  assert.equal(text, '14');
  assert.deepEqual(await extensionWorld(article), { contentScript: true, analyser: true }, 'an article loads the analyser');
});

test('article page: IndexedDB holds the article and its 14 quotes', async () => {
  const stores = await until(() => recordsFor(browser.sw, articleUrl), {
    what: 'saved rows', accept: (found) => quotesIn(found).length === 14,
  });
  const visit = stores.find((s) => s.rows.length === 1 && typeof s.rows[0].title === 'string');
  assert.ok(visit, `one article row, got stores ${stores.map((s) => `${s.store}:${s.rows.length}`)}`);
  assert.match(visit.rows[0].title, /Trump-Putin Call/);
  const quotes = quotesIn(stores);
  assert.ok(quotes.every((r) => typeof r.text === 'string' && r.text.length > 0));
  assert.ok(quotes.some((r) => r.speaker === 'Karoline Leavitt' && /closer to peace/.test(r.text)));
});

test('popup: key points and speakers with roles for the article tab', async () => {
  const popup = await extensionPage('popup', articleTab, { width: 400, height: 600 });
  await popup.waitForSelector('.summary-list li');
  await popup.waitForSelector('.recent .history-item');
  await screenshots(popup, 'popup');
  const points = await popup.locator('.summary-list li').allTextContents();
  assert.equal(points.length, 6);
  assert.match(points[0], /^Ceasefire Talks:/);
  assert.match(await popup.locator('#summary-h').textContent(), /from the publisher/);
  const roles = Object.fromEntries(await popup.locator('.speaker').evaluateAll((items) => items.map((li) => [
    li.querySelector('.speaker-name')?.textContent, [li.querySelector('.role')?.textContent ?? null, li.querySelector('.count')?.textContent],
  ])));
  await popup.close();
  assert.deepEqual(roles['Karoline Leavitt'], ['White House press secretary', '3 quotes']);
  assert.deepEqual(roles['Tammy Bruce'], ['State Department spokesperson', '2 quotes']);
  assert.deepEqual(roles['Volodymyr Zelenskyy'], ['Ukrainian President', '1 quote']);
});

test('side panel: "closer" finds Karoline Leavitt\'s two quotes', async () => {
  const panel = await extensionPage('sidepanel', articleTab, { width: 380, height: 720 });
  await panel.getByRole('region', { name: 'On this page' }).waitFor();
  await panel.screenshot({ path: path.join(OUT_DIR, 'sidepanel-on-page-light.png') });
  await panel.getByRole('searchbox', { name: 'Search quotes' }).fill('closer');
  await panel.waitForSelector('.hits li');
  await screenshots(panel, 'sidepanel');
  const hits = panel.locator('.hits > li', { has: panel.locator('.speaker-name', { hasText: 'Karoline Leavitt' }) });
  assert.deepEqual((await hits.locator('q').allTextContents()).sort(), ['We’ve never been closer to a deal.', 'We’ve never been closer to peace.']);
  await panel.close();
});

test('side panel: a hit from the current page is revealed there; a speaker lists their quotes', async () => {
  const panel = await extensionPage('sidepanel', articleTab, { width: 380, height: 720 });
  // A quote near the end of the article, so revealing it has to scroll.
  await panel.getByRole('searchbox', { name: 'Search quotes' }).fill('yard line');
  const hit = panel.getByRole('button', { name: /Show in this page/ }).first();
  const quote = await hit.locator('q').textContent();
  await article.evaluate(() => window.scrollTo(0, 0));
  await hit.click();
  await panel.getByText('Shown in the page').waitFor();
  const shown = await until(() => article.evaluate(() => {
    const h = globalThis.CSS?.highlights?.get('quotelens-reveal');
    const range = h ? [...h][0] : null;
    return (range ? range.toString() : getSelection()?.toString()) || null;
  }), { what: 'the highlight in the page' });
  const fold = (t) => t.replace(/[’']/g, "'").replace(/[\s,.]+$/, '');
  assert.equal(fold(shown), fold(quote));
  await article.waitForFunction(() => {
    const range = [...(globalThis.CSS?.highlights?.get('quotelens-reveal') ?? [])][0] ?? getSelection()?.getRangeAt(0);
    const r = range?.getBoundingClientRect();
    return window.scrollY > 0 && r && r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 5000 });
  await article.bringToFront();
  await article.waitForTimeout(600);
  await article.screenshot({ path: path.join(OUT_DIR, 'article-revealed.png') });

  await panel.getByRole('button', { name: 'Karoline Leavitt' }).first().click();
  await panel.getByRole('heading', { name: 'Karoline Leavitt' }).waitFor();
  await panel.getByText(/quotes?, oldest first/).waitFor();
  assert.ok((await panel.locator('.hits > li').count()) >= 1);
  await panel.screenshot({ path: path.join(OUT_DIR, 'sidepanel-speaker-light.png'), fullPage: true });
  await panel.getByRole('button', { name: 'History' }).click();
  await panel.locator('.history-item').first().waitFor();
  await screenshots(panel, 'sidepanel-history');
  await panel.close();
});

test('non-article page: no badge, "Not a news article", and analyse-anyway works', async () => {
  const homeUrl = server.url('home');
  const home = await browser.context.newPage();
  await home.goto(homeUrl);
  const tab = await until(() => tabIdOf(browser.sw, homeUrl), { what: 'the home tab' });
  const popup = await extensionPage('popup', tab, { width: 400, height: 600 });
  await popup.getByText('Not a news article').waitFor();
  assert.equal(await badgeText(browser.sw, tab), '');
  // The detector ran there and said no: the analysis was never even loaded into the page.
  assert.deepEqual(await extensionWorld(home), { contentScript: true, analyser: false });
  await popup.screenshot({ path: path.join(OUT_DIR, 'popup-not-article-light.png'), fullPage: true });
  await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
  await popup.locator('#article-title').waitFor();
  assert.equal(await popup.getByText('Not a news article').count(), 0);
  assert.equal(await popup.getByText('No quotes found').count(), 1);
  assert.deepEqual(await extensionWorld(home), { contentScript: true, analyser: true }, 'the reader\'s request loaded it');
  await popup.close();
  await home.close();
});

test('a page whose script took its whole document away: "Not a news article", and analyse-anyway answers', async () => {
  const url = server.url('emptied');
  const page = await browser.context.newPage();
  await page.goto(url);
  assert.equal(await page.evaluate(() => document.documentElement), null);
  const tab = await until(() => tabIdOf(browser.sw, url), { what: 'the emptied tab' });
  const popup = await extensionPage('popup', tab, { width: 400, height: 600 });
  await popup.getByText('Not a news article').waitFor();
  assert.equal(await badgeText(browser.sw, tab), '');
  await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
  await popup.getByText('No quotes found').waitFor();
  assert.equal(await popup.getByText('Not a news article').count(), 0);
  await popup.close();
  await page.close();
});

test('XHTML page (an XML document, lower-case element names): analysed like an HTML one', async () => {
  const url = server.url('xhtml', 'xhtml');
  const page = await browser.context.newPage();
  await page.goto(url);
  assert.equal(await page.evaluate(() => document.contentType), 'application/xhtml+xml');
  const tab = await until(() => tabIdOf(browser.sw, url), { what: 'the XHTML tab' });
  assert.equal(await until(() => badgeText(browser.sw, tab), { what: 'badge "2"', accept: (t) => t === '2' }), '2');
  const stores = await until(() => recordsFor(browser.sw, url), { what: 'saved rows', accept: (f) => quotesIn(f).length === 2 });
  assert.deepEqual(quotesIn(stores).map((q) => q.speaker).sort(), ['Ida Brask', 'Tomas Reyne']);
  // The metadata steps compare element names too: the headline cut at the <h1>, the byline read from the page.
  const visit = stores.flatMap((s) => s.rows).find((r) => typeof r.title === 'string');
  assert.equal(visit?.title, 'Harbour town votes to rebuild its flooded sea wall');
  assert.equal(visit?.byline, 'Maren Holt');
  await page.close();
});

test('single-page navigation: the new URL is analysed like a page load', async () => {
  const spaUrl = server.url('spa');
  const spa = await browser.context.newPage();
  await spa.goto(spaUrl);
  const tab = await until(() => tabIdOf(browser.sw, spaUrl), { what: 'the SPA tab' });
  const articleBadge = await badgeText(browser.sw, articleTab);
  assert.notEqual(articleBadge, '', 'the article tab has a badge to compare with');
  assert.equal(await badgeText(browser.sw, tab), '');
  await spa.evaluate(() => window.openStory());
  const badge = await until(() => badgeText(browser.sw, tab), { what: 'a badge after pushState', accept: (t) => t !== '' });
  assert.equal(badge, articleBadge);
  const stored = await until(() => recordsFor(browser.sw, spa.url()), { what: 'the SPA story saved', accept: (r) => r.length > 0 });
  assert.ok(stored.some((s) => s.rows.some((r) => /Trump-Putin Call/.test(r.title ?? ''))));
  await spa.close();
});

test('single-page navigation: a story that arrives after its URL is read once it is there', async () => {
  const spaUrl = server.url('spa');
  const spa = await browser.context.newPage();
  await spa.goto(spaUrl);
  const tab = await until(() => tabIdOf(browser.sw, spaUrl), { what: 'the SPA tab' });
  await spa.evaluate(() => window.openStorySlowly());
  const badge = await until(() => badgeText(browser.sw, tab), { what: 'a badge once the story arrived', accept: (t) => t !== '', timeout: 15_000 });
  assert.equal(badge, await badgeText(browser.sw, articleTab));
  const stored = await until(() => recordsFor(browser.sw, spa.url()), { what: 'the slow SPA story saved', accept: (r) => r.length > 0, timeout: 15_000 });
  assert.ok(stored.some((s) => s.rows.some((r) => /Trump-Putin Call/.test(r.title ?? ''))));
  await spa.close();
});

test('options: stats, retention form, and a JSON export that is a Quotelens history', async () => {
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 640, height: 560 });
  await options.goto(`chrome-extension://${browser.id}/options.html`);
  await options.getByText(/^Saved now: \d+ articles?, \d+ quotes?\.$/).waitFor();
  assert.equal(await options.getByLabel(/Keep at most/).inputValue(), '');
  await screenshots(options, 'options');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export history (JSON)' }).click(),
  ]);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(file.format, 'quotelens-history');
  assert.ok(file.visits.some((v) => v.url === articleUrl));
  await options.close();
});
