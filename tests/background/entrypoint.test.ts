// The wiring: the real background entrypoint on wxt's fakeBrowser, talking through runtime.onMessage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { LOOKUP_MENU_ID, PENDING_LOOKUP_KEY, onLookupClicked, takePendingLookup } from '@/entrypoints/background/lookup-menu';
import { article, freshIndexedDB, quote } from '../storage/helpers';

type Listener = (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number; windowId?: number }) => void;
let menuCreated: unknown[];
let clickListeners: Listener[];
let panelOpened: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDB();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  menuCreated = [];
  clickListeners = [];
  panelOpened = [];
  // fakeBrowser has no context menus or side panel: stand-ins that record what the background asks of them.
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  menus.removeAll = async () => {};
  menus.create = (p: unknown) => { menuCreated.push(p); return 1; };
  menus.onClicked = { addListener: (l: Listener) => clickListeners.push(l) };
  (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open: async (o: unknown) => { panelOpened.push(o); } };
  background.main();
});
afterEach(() => { vi.restoreAllMocks(); });

const send = (type: string, payload: unknown) => fakeBrowser.runtime.sendMessage({ type, payload });
/** fakeBrowser's sendMessage passes an empty sender; a content script's message carries its tab. */
const sendFromTab = async (tabId: number, type: string, payload: unknown) =>
  (await fakeBrowser.runtime.onMessage.trigger({ type, payload }, { tab: { id: tabId } } as never)).find(Boolean);

describe('background entrypoint', () => {
  it('saves a reported article, sets the badge, and serves it back to the UI', async () => {
    const analysis = article('https://planet.example/a', { quotes: [quote('We will win', 'Ann Lee'), quote('Maybe not')] });
    expect(await sendFromTab(5, 'page/analysed', { analysis })).toEqual({ ok: true, data: { saved: true, quoteCount: 2 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
    expect(await send('history/list', { offset: 0, limit: 10 })).toMatchObject({ ok: true, data: { total: 1, items: [{ url: 'https://planet.example/a' }] } });
    expect(await send('quotes/search', { query: 'win', offset: 0, limit: 10 })).toMatchObject({ ok: true, data: { total: 1 } });
    expect(await sendFromTab(5, 'page/skipped', {})).toEqual({ ok: true, data: {} });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('answers malformed and unknown messages with an error', async () => {
    expect(await send('history/list', { offset: -1 })).toMatchObject({ ok: false });
    expect(await send('nope/nope', {})).toEqual({ ok: false, error: 'unknown message type "nope/nope"' });
  });

  it('reports a tab without a content script as unavailable', async () => {
    expect(await send('tab/state', { tabId: 1 })).toEqual({ ok: true, data: { status: 'unavailable', page: null } });
  });

  it('offers "Look up quote" on selections; a click opens the panel and leaves the text for it', async () => {
    await vi.waitFor(() => expect(menuCreated).toEqual([{ id: LOOKUP_MENU_ID, title: 'Look up quote', contexts: ['selection'] }]));
    expect(clickListeners).toHaveLength(1);
    clickListeners[0]!({ menuItemId: LOOKUP_MENU_ID, selectionText: '  never been closer  ' }, { id: 4, windowId: 1 });
    expect(panelOpened).toEqual([{ tabId: 4 }]);
    expect(await send('lookup/pending', {})).toEqual({ ok: true, data: { text: 'never been closer' } });
    expect(await send('lookup/pending', {})).toEqual({ ok: true, data: { text: null } });
    clickListeners[0]!({ menuItemId: 'other', selectionText: 'x' }, { id: 4 });
    expect(panelOpened).toHaveLength(1);
  });
});

describe('pending lookup', () => {
  it('survives a restart through session storage, and goes stale', async () => {
    onLookupClicked({ menuItemId: LOOKUP_MENU_ID, selectionText: 'kept across restarts' }, { id: 2 });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(PENDING_LOOKUP_KEY)).toHaveProperty(PENDING_LOOKUP_KEY));
    const stored = await fakeBrowser.storage.session.get(PENDING_LOOKUP_KEY);
    await takePendingLookup(); // the in-memory copy, as if read by the panel
    await fakeBrowser.storage.session.set(stored); // as if the worker restarted with it still stored
    expect(await takePendingLookup()).toBe('kept across restarts');
    await fakeBrowser.storage.session.set(stored);
    expect(await takePendingLookup(Date.now() + 10 * 60_000)).toBeNull();
  });
});
