// The real client: every call is one typed ui-to-bg message; tab and panel plumbing uses the browser's own APIs.
import { browser } from 'wxt/browser';
import { importProgressOf, isLookupReady, request, uiToBg, type Req } from '../protocol';
import type { QuotelensClient, TabRef } from './types';
import { textFragmentUrl } from './text-fragment';

type UiMessage = keyof typeof uiToBg & string;

/** Chrome has sidePanel, Firefox sidebarAction; each is absent in the other, whatever the typings say. */
interface PanelApis {
  sidePanel?: { open?: (opts: { windowId?: number; tabId?: number }) => Promise<void> };
  sidebarAction?: { open?: () => Promise<void> };
}
const panelApis = (): PanelApis => browser as unknown as PanelApis;

export interface BrowserClientOptions {
  /** Pin the view to one tab (`?tab=<id>` on the page): tests open the popup as a tab, whose own tab is active. */
  fixedTabId?: number | null;
}

export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

export function createBrowserClient(opts: BrowserClientOptions = {}): QuotelensClient {
  const send = <K extends UiMessage>(type: K, payload: Req<typeof uiToBg, K>) =>
    request(uiToBg, (m) => browser.runtime.sendMessage(m), type, payload);
  const fixed = opts.fixedTabId ?? null;

  const toRef = (t: { id?: number; windowId?: number; url?: string }): TabRef | null =>
    t.id === undefined ? null : { id: t.id, windowId: t.windowId ?? null, url: t.url ?? null };

  return {
    async currentTab() {
      if (fixed !== null) return toRef(await browser.tabs.get(fixed));
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab ? toRef(tab) : null;
    },
    onTabChange(listener) {
      if (fixed !== null) return () => {};
      const onActivated = () => listener();
      const onUpdated = (_id: number, change: { status?: string; url?: string }, tab: { active?: boolean }) => {
        if (tab.active && (change.url !== undefined || change.status === 'complete')) listener();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
    tabState: (tabId) => send('tab/state', { tabId }),
    analyseTab: (tabId) => send('tab/analyse', { tabId }),
    revealQuote: async (tabId, text) => (await send('tab/reveal-quote', { tabId, text })).found,
    listHistory: (q) => send('history/list', q),
    deleteArticle: async (url) => (await send('history/delete', { url })).deleted,
    clearHistory: async () => { await send('history/clear', {}); },
    searchQuotes: (q) => send('quotes/search', q),
    speakerQuotes: (speaker) => send('speaker/quotes', { speaker }),
    firstSeen: (id) => send('quotes/first-seen', { id }),
    similarQuotes: async (text) => (await send('quotes/first-seen', { text })).occurrences,
    async openSidePanel(tab) {
      // No await before the open call: both browsers drop the user gesture across one.
      const { sidePanel, sidebarAction } = panelApis();
      if (sidePanel?.open) {
        await sidePanel.open(tab?.windowId != null ? { windowId: tab.windowId } : { tabId: tab?.id });
      } else if (sidebarAction?.open) {
        await sidebarAction.open();
      }
    },
    async openArticle(url, quoteText) {
      // Saved URLs may come from an imported file: only ever open web pages from them.
      if (!/^https?:\/\//i.test(url)) throw new Error(`not a web page: ${url.slice(0, 60)}`);
      await browser.tabs.create({ url: quoteText ? textFragmentUrl(url, quoteText) : url });
    },
    pendingLookup: async () => (await send('lookup/pending', {})).text,
    getSettings: () => send('settings/get', {}),
    saveSettings: (settings) => send('settings/set', settings),
    exportHistory: (format) => send('history/export', { format }),
    async importHistory(text, onProgress) {
      const listener = (message: unknown) => {
        const p = importProgressOf(message);
        if (p) onProgress?.(p);
        // No return value: this page never answers, the background's own listener does.
      };
      if (onProgress) browser.runtime.onMessage.addListener(listener);
      try {
        return await send('history/import', { text });
      } finally {
        if (onProgress) browser.runtime.onMessage.removeListener(listener);
      }
    },
    historyStats: () => send('history/stats', {}),
    prepareSearch: async () => { await send('quotes/prepare', {}); },
    onLookupReady(onReady) {
      const listener = (message: unknown) => {
        if (isLookupReady(message)) onReady();
        // No return value: this page never answers.
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
