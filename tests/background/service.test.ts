// The background's message handling, run against fake-indexeddb with tab, badge and lookup ports as plain functions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundPorts } from '@/lib/service';
import { makeHandler, bgToContent, type PageState } from '@/lib/protocol';
import { createHistoryStore, type HistoryStore } from '@/lib/storage';
import { article, freshIndexedDB, quote } from '../storage/helpers';

const URL_A = 'https://planet.example/a';
const analysis = article(URL_A, { title: 'Budget vote', siteName: 'Daily Planet', quotes: [quote('We will not raise taxes', 'Ann Lee', 'minister'), quote('=HYPERLINK("x")', 'Bob, "the" Critic')] });
const state = (a: typeof analysis | null): PageState => ({ url: URL_A, detection: { isArticle: a !== null, score: 1, reasons: [] }, analysis: a });

let store: HistoryStore;
let badges: Map<number, string>;
let pending: string | null;
let injected: number[];
/** Tab 7 has a content script; every other tab has none. */
const contentScript = makeHandler(bgToContent, {
  'page/state': () => state(null),
  'page/analyse': ({ force }) => state(force ? analysis : null),
  'quote/reveal': ({ text }) => ({ found: text.includes('taxes') }),
});
let service: ReturnType<typeof createBackgroundService>;

beforeEach(() => {
  freshIndexedDB();
  store = createHistoryStore();
  badges = new Map();
  pending = null;
  injected = [];
  const ports: BackgroundPorts = {
    store,
    sendToTab: async (tabId, m) => {
      if (tabId !== 7) throw new Error('Could not establish connection. Receiving end does not exist.');
      return contentScript(m, undefined);
    },
    setBadge: (tabId, text) => { badges.set(tabId, text); },
    injectAnalyser: async (tabId) => {
      if (tabId === 9) throw new Error('Cannot access contents of the page');
      injected.push(tabId);
    },
    takePendingLookup: async () => { const p = pending; pending = null; return p; },
  };
  service = createBackgroundService(ports);
});
afterEach(() => store.close());

const ui = (type: string, payload: unknown) => service.handleMessage({ type, payload }, { tabId: null });
const fromTab = (tabId: number, type: string, payload: unknown) => service.handleMessage({ type, payload }, { tabId });

describe('content script messages', () => {
  it('page/analysed saves the article and sets the tab badge to its quote count', async () => {
    expect(await fromTab(3, 'page/analysed', { analysis })).toEqual({ ok: true, data: { saved: true, quoteCount: 2 } });
    expect(badges.get(3)).toBe('2');
    expect(await store.counts()).toEqual({ visits: 1, quotes: 2 });
  });

  it('page/skipped clears the badge', async () => {
    badges.set(3, '5');
    expect(await fromTab(3, 'page/skipped', {})).toEqual({ ok: true, data: {} });
    expect(badges.get(3)).toBe('');
  });

  it('analyser/load injects the analyser into the sending tab and answers once it has run', async () => {
    expect(await fromTab(3, 'analyser/load', {})).toEqual({ ok: true, data: {} });
    expect(injected).toEqual([3]);
  });

  it('analyser/load reports a refused injection, and from an extension page it injects nothing', async () => {
    expect(await fromTab(9, 'analyser/load', {})).toEqual({ ok: false, error: 'Cannot access contents of the page' });
    expect(await ui('analyser/load', {})).toEqual({ ok: false, error: 'analyser/load comes from a content script only' });
    expect(injected).toEqual([]);
  });

  it('a malformed analysis is refused with the reason and nothing is saved', async () => {
    const r = await fromTab(3, 'page/analysed', { analysis: { ...analysis, quotes: [{ text: 5 }] } });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^bad page\/analysed request: analysis\.quotes\.0/) });
    expect(await store.counts()).toEqual({ visits: 0, quotes: 0 });
  });
});

describe('unknown and malformed messages', () => {
  it('get {ok:false, error}, never a crash', async () => {
    expect(await ui('history/frobnicate', {})).toEqual({ ok: false, error: 'unknown message type "history/frobnicate"' });
    expect(await ui('history/list', { offset: 'zero' })).toMatchObject({ ok: false, error: expect.stringMatching(/^bad history\/list request/) });
    expect(await service.handleMessage(undefined, { tabId: null })).toMatchObject({ ok: false });
    expect(await service.handleMessage('hello', { tabId: 4 })).toMatchObject({ ok: false });
  });

  it('leaves background → content messages to their own listener', async () => {
    expect(await ui('page/state', {})).toBeUndefined();
  });
});

describe('tab relay', () => {
  it('tab/state asks the content script, or says unavailable', async () => {
    expect(await ui('tab/state', { tabId: 7 })).toEqual({ ok: true, data: { status: 'ready', page: state(null) } });
    expect(await ui('tab/state', { tabId: 8 })).toEqual({ ok: true, data: { status: 'unavailable', page: null } });
  });

  it('tab/analyse forces the analysis and saves it', async () => {
    const r = await ui('tab/analyse', { tabId: 7 });
    expect(r).toMatchObject({ ok: true, data: { status: 'ready', page: { analysis: { url: URL_A } } } });
    expect(badges.get(7)).toBe('2');
    expect((await store.listHistory({ offset: 0, limit: 5 })).items.map((v) => v.url)).toEqual([URL_A]);
    expect(await ui('tab/analyse', { tabId: 9 })).toEqual({ ok: true, data: { status: 'unavailable', page: null } });
  });

  it('tab/reveal-quote forwards, and is not found where there is no content script', async () => {
    expect(await ui('tab/reveal-quote', { tabId: 7, text: 'We will not raise taxes' })).toEqual({ ok: true, data: { found: true } });
    expect(await ui('tab/reveal-quote', { tabId: 7, text: 'other' })).toEqual({ ok: true, data: { found: false } });
    expect(await ui('tab/reveal-quote', { tabId: 1, text: 'We will not raise taxes' })).toEqual({ ok: true, data: { found: false } });
  });
});

describe('history messages', () => {
  beforeEach(async () => { await fromTab(3, 'page/analysed', { analysis }); });

  it('list, search, speaker, first-seen, stats', async () => {
    expect(await ui('history/list', { query: 'planet', offset: 0, limit: 10 })).toMatchObject({ ok: true, data: { total: 1 } });
    expect(await ui('quotes/search', { query: 'minister tax', offset: 0, limit: 10, site: 'Daily Planet' })).toMatchObject({ ok: true, data: { total: 1, hits: [{ speaker: 'Ann Lee' }] } });
    expect(await ui('speaker/quotes', { speaker: 'ann lee' })).toMatchObject({ ok: true, data: { total: 1 } });
    expect(await ui('quotes/first-seen', { id: `${URL_A}#0` })).toMatchObject({ ok: true, data: { first: { url: URL_A }, occurrences: [{ url: URL_A }] } });
    expect(await ui('quotes/first-seen', {})).toEqual({ ok: false, error: 'quotes/first-seen needs an id or a text' });
    expect(await ui('history/stats', {})).toEqual({ ok: true, data: { visits: 1, quotes: 2 } });
  });

  it('quotes/prepare answers at once and loads the search memory of a store that keeps one', async () => {
    const held = createHistoryStore({ searchMemory: true });
    const withMemory = createBackgroundService({ store: held, sendToTab: async () => undefined, setBadge: () => {}, injectAnalyser: async () => {}, takePendingLookup: async () => null });
    try {
      expect(held.searchMemoryStats()?.state).toBe('cold');
      expect(await withMemory.handleMessage({ type: 'quotes/prepare', payload: {} }, { tabId: null })).toEqual({ ok: true, data: {} });
      await held.warmSearch();
      expect(held.searchMemoryStats()).toMatchObject({ state: 'ready', groups: 1 });
      expect(await withMemory.handleMessage({ type: 'quotes/search', payload: { query: 'minister tax', offset: 0, limit: 10 } }, { tabId: null }))
        .toMatchObject({ ok: true, data: { total: 1, hits: [{ speaker: 'Ann Lee' }] } });
    } finally {
      await held.close();
    }
    // A store without one: nothing to load, still answered.
    expect(await ui('quotes/prepare', {})).toEqual({ ok: true, data: {} });
  });

  it('delete and clear', async () => {
    expect(await ui('history/delete', { url: URL_A })).toEqual({ ok: true, data: { deleted: true } });
    expect(await ui('history/stats', {})).toEqual({ ok: true, data: { visits: 0, quotes: 0 } });
    await fromTab(3, 'page/analysed', { analysis });
    expect(await ui('history/clear', {})).toEqual({ ok: true, data: {} });
    expect(await ui('history/stats', {})).toEqual({ ok: true, data: { visits: 0, quotes: 0 } });
  });

  it('export json round-trips through import; a foreign file is refused with the reason', async () => {
    const r = (await ui('history/export', { format: 'json' })) as { ok: true; data: { text: string; mime: string; filename: string } };
    expect(r.data.mime).toBe('application/json');
    expect(r.data.filename).toMatch(/^quotelens-history-\d{4}-\d\d-\d\d\.json$/);
    await ui('history/clear', {});
    expect(await ui('history/import', { text: r.data.text })).toEqual({ ok: true, data: { added: 1, updated: 0 } });
    expect(await ui('history/import', { text: '{"format":"something-else"}' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Import refused, history unchanged: the file is not a Quotelens history/) });
    expect(await ui('history/stats', {})).toEqual({ ok: true, data: { visits: 1, quotes: 2 } });
  });

  it('export csv escapes cells and neutralises formulas; markdown escapes markup', async () => {
    const csv = ((await ui('history/export', { format: 'csv' })) as { ok: true; data: { text: string } }).data.text;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('speaker,role,quote,article,site,date,link');
    expect(lines[1]).toMatch(/^Ann Lee,minister,We will not raise taxes,Budget vote,Daily Planet,/);
    expect(lines[1]).toContain(`${URL_A}#:~:text=We%20will%20not%20raise%20taxes`);
    expect(lines[2]).toMatch(/^"Bob, ""the"" Critic",,"'=HYPERLINK\(""x""\)",/);
    const md = ((await ui('history/export', { format: 'md' })) as { ok: true; data: { text: string } }).data.text;
    expect(md).toContain(`## [Budget vote](${URL_A})`);
    expect(md).toContain('> We will not raise taxes');
    expect(md).toContain('=HYPERLINK\\("x"\\)');
  });

  it('settings get/set applies retention at once', async () => {
    expect(await ui('settings/get', {})).toEqual({ ok: true, data: { retention: { maxAgeDays: null, maxArticles: null } } });
    await store.saveAnalysis(article('https://planet.example/b'), Date.now() + 1000);
    expect(await ui('settings/set', { retention: { maxAgeDays: null, maxArticles: 1 } })).toEqual({ ok: true, data: { retention: { maxAgeDays: null, maxArticles: 1 } } });
    expect((await store.listHistory({ offset: 0, limit: 5 })).items.map((v) => v.url)).toEqual(['https://planet.example/b']);
    expect(await ui('settings/set', { retention: { maxAgeDays: 0, maxArticles: null } })).toMatchObject({ ok: false });
  });

  it('lookup/pending hands the selection over once', async () => {
    pending = 'never been closer';
    expect(await ui('lookup/pending', {})).toEqual({ ok: true, data: { text: 'never been closer' } });
    expect(await ui('lookup/pending', {})).toEqual({ ok: true, data: { text: null } });
  });
});

describe('import progress', () => {
  it('is broadcast to the extension pages as a parseable notice, and a page not listening breaks nothing', async () => {
    await fromTab(3, 'page/analysed', { analysis });
    const file = await ui('history/export', { format: 'json' }) as { ok: true; data: { text: string } };
    const notices: unknown[] = [];
    const withBroadcast = createBackgroundService({
      store, sendToTab: async () => undefined, setBadge: () => {}, injectAnalyser: async () => {}, takePendingLookup: async () => null,
      broadcast: async (m) => { notices.push(m); throw new Error('Receiving end does not exist.'); },
    });
    const r = await withBroadcast.handleMessage({ type: 'history/import', payload: { text: file.data.text } }, { tabId: null });
    expect(r).toEqual({ ok: true, data: { added: 0, updated: 1 } });
    const { importProgressOf } = await import('@/lib/protocol');
    expect(notices.map(importProgressOf)).toEqual([{ done: 0, total: 1 }, { done: 1, total: 1 }]);
    // The background never answers its own notices.
    expect(await withBroadcast.handleMessage(notices[0], { tabId: null })).toBeUndefined();
  });
});
