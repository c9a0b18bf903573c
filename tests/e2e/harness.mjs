// Real-browser harness: serves the fixtures on 127.0.0.1, starts Debian Chromium with the built extension, and
// reads what the extension did (badge, IndexedDB) from its service worker. No network beyond the loopback server.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** QUOTELENS_EXT_DIR points at another build (e.g. a trial copy); the default is this checkout's. */
export const EXT_DIR = path.resolve(process.env.QUOTELENS_EXT_DIR ?? path.join(ROOT, '.output/chrome-mv3'));
export const OUT_DIR = path.join(ROOT, 'tests/out');
const FIXTURES = path.join(ROOT, 'tests/fixtures/e2e');

/**
 * Serves tests/fixtures/e2e/<name>.html at /news/<name>.html, and <name>.xhtml at /news/<name>.xhtml as XHTML (an XML
 * document: no HTML parser, element names as written); any other path is a 404.
 */
export async function serveFixtures() {
  const server = http.createServer((req, res) => {
    const m = /^\/news\/([\w-]+)\.(html|xhtml)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const file = m && path.join(FIXTURES, `${m[1]}.${m[2]}`);
    if (!file || !fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': m[2] === 'xhtml' ? 'application/xhtml+xml; charset=utf-8' : 'text/html; charset=utf-8' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: (name, ext = 'html') => `http://127.0.0.1:${port}/news/${name}.${ext}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launchWithExtension() {
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error(`no build at ${EXT_DIR}: run npx wxt build`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'quotelens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  context.setDefaultTimeout(10_000);
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 10_000 });
  const id = new URL(sw.url()).host;
  const close = async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); };
  return { context, sw, id, close };
}

/** The quotes among `recordsFor`'s rows: each row that holds a list of quotes (an article's, saved together) gives its items. */
export function quotesIn(stores) {
  return stores.flatMap((s) => s.rows.flatMap((r) => (Array.isArray(r.quotes) ? r.quotes : [])));
}

/** The id of the tab showing `url`, as the extension sees it. */
export function tabIdOf(sw, url) {
  return sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
}

export function badgeText(sw, tabId) {
  return sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
}

/**
 * Every IndexedDB record of the extension whose `url` field equals `url`, per database and store. Read with the raw
 * API so the test does not depend on the storage module's names or code.
 */
export function recordsFor(sw, url) {
  return sw.evaluate(async (u) => {
    const out = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise((res, rej) => { const r = indexedDB.open(name); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise((res, rej) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
        });
        const mine = rows.filter((row) => row && typeof row === 'object' && row.url === u);
        if (mine.length) out.push({ db: name, store, rows: mine });
      }
      db.close();
    }
    return out;
  }, url);
}

/**
 * What the extension's isolated world in `page`'s top frame holds: whether the content script runs there and whether
 * the analyser has been loaded into it. Read through the DevTools protocol, as the page's own scripts cannot see
 * that world.
 */
export async function extensionWorld(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable'); // reports the contexts that already exist before it returns
    const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const world = contexts.find((c) => c.auxData?.frameId === frameId && c.auxData?.type === 'isolated' && c.name === 'Quotelens');
    if (!world) return { contentScript: false, analyser: false };
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'typeof globalThis.__quotelensAnalyser', contextId: world.id, returnByValue: true });
    return { contentScript: true, analyser: result.value === 'function' };
  } finally {
    await cdp.detach();
  }
}

/** Polls `probe` until `accept(value)` (default: truthy); fails with the last value seen. */
export async function until(probe, { timeout = 10_000, every = 100, what = 'condition', accept = Boolean } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
