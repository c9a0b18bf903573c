// The real client on wxt's fakeBrowser: message envelopes out, parsed replies in, tabs and panel plumbing.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserClient, tabIdFromQuery } from '@/lib/client/browser';

let received: unknown[];
function answer(reply: (m: { type: string; payload: unknown }) => unknown) {
  fakeBrowser.runtime.onMessage.addListener(async (m: unknown) => {
    received.push(m);
    return reply(m as { type: string; payload: unknown });
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  received = [];
});

describe('tabIdFromQuery', () => {
  it('reads a numeric ?tab= and nothing else', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('?tab=4x')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});

describe('createBrowserClient', () => {
  it('sends typed envelopes and returns the parsed reply', async () => {
    answer(() => ({ ok: true, data: { hits: [], total: 0 } }));
    const client = createBrowserClient();
    expect(await client.searchQuotes({ query: 'closer', offset: 0, limit: 20 })).toEqual({ hits: [], total: 0 });
    expect(received).toEqual([{ type: 'quotes/search', payload: { query: 'closer', offset: 0, limit: 20 } }]);
  });

  it('prepareSearch sends quotes/prepare', async () => {
    answer(() => ({ ok: true, data: {} }));
    await createBrowserClient().prepareSearch();
    expect(received).toEqual([{ type: 'quotes/prepare', payload: {} }]);
  });

  it('rejects with the background\'s error, and on a reply that breaks the schema', async () => {
    answer((m) => (m.type === 'history/delete' ? { ok: false, error: 'database blocked' } : { ok: true, data: { visits: 'many' } }));
    const client = createBrowserClient();
    await expect(client.deleteArticle('https://a.example/')).rejects.toThrow('database blocked');
    await expect(client.historyStats()).rejects.toThrow(/bad history\/stats reply/);
  });

  it('pins the view to ?tab= when given; without it and without an active tab there is none', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    await fakeBrowser.tabs.create({ url: 'https://b.example/' });
    expect(await createBrowserClient({ fixedTabId: a.id }).currentTab()).toEqual({ id: a.id, windowId: a.windowId, url: 'https://a.example/' });
    // fakeBrowser marks no tab active: the unpinned client must say "none", not pick one.
    expect(await createBrowserClient().currentTab()).toBeNull();
  });

  it('opens an article in a new tab at its quote', async () => {
    await createBrowserClient().openArticle('https://a.example/story#top', 'Much remains,');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://a.example/story#:~:text=Much%20remains');
  });

  it('never opens a non-web URL (an imported file may carry one)', async () => {
    await expect(createBrowserClient().openArticle('javascript:alert(1)')).rejects.toThrow(/not a web page/);
    await expect(createBrowserClient().openArticle('file:///etc/passwd')).rejects.toThrow(/not a web page/);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain('javascript:alert(1)');
  });

  it('opens the side panel of the tab\'s window', async () => {
    const opened: unknown[] = [];
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open: async (o: unknown) => { opened.push(o); } };
    await createBrowserClient().openSidePanel({ id: 3, windowId: 7, url: null });
    expect(opened).toEqual([{ windowId: 7 }]);
  });
});
