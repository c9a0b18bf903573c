// An in-memory client for component tests and for working on the UI without an extension. Search here is a plain
// substring match; the ranking of real lookups belongs to the background and is tested there.
import { DEFAULT_SETTINGS, HistoryExportSchema, siteHost, type QuoteHit, type Settings, type Visit } from '../model';
import type { Hits, QuotelensClient, TabRef, TabState } from './types';

export interface MockData {
  tab?: TabRef | null;
  tabState?: TabState;
  /** What "analyse anyway" turns the tab into. */
  analysed?: TabState;
  history?: Visit[];
  quotes?: QuoteHit[];
  /** Quote texts present in the current tab's page, for revealQuote. */
  pageQuotes?: string[];
  pendingLookup?: string | null;
  settings?: Settings;
}

export interface MockCall {
  method: string;
  args: unknown[];
}

export type MockClient = QuotelensClient & {
  calls: MockCall[];
  data: MockData;
  /** What the background does on "Look up quote": leaves the text and tells open pages. */
  announceLookup(text: string): void;
  /** The reader switched tabs or the tab navigated: the tab now shows `state`, and listeners hear of it. */
  changeTab(state: TabState): void;
};

const fold = (s: string | null | undefined) => (s ?? '').toLocaleLowerCase();

/** Listeners of one event: add returns the unsubscribe function the client interface asks for. */
function listeners() {
  const set = new Set<() => void>();
  return {
    add: (l: () => void) => { set.add(l); return () => { set.delete(l); }; },
    tell: () => { for (const l of set) l(); },
  };
}

export function createMockClient(data: MockData = {}): MockClient {
  const calls: MockCall[] = [];
  const log = (method: string, ...args: unknown[]) => { calls.push({ method, args }); };
  const lookups = listeners(), tabs = listeners();
  const history = () => [...(data.history ?? [])].sort((a, b) => b.lastSeen - a.lastSeen);
  const state = (): TabState => data.tabState ?? { status: 'unavailable', page: null };

  return {
    calls,
    data,
    async currentTab() { log('currentTab'); return data.tab === undefined ? { id: 1, windowId: 1, url: null } : data.tab; },
    onTabChange: tabs.add,
    changeTab(next) {
      data.tabState = next;
      tabs.tell();
    },
    async tabState(tabId) { log('tabState', tabId); return state(); },
    async analyseTab(tabId) {
      log('analyseTab', tabId);
      if (data.analysed) data.tabState = data.analysed;
      return state();
    },
    async revealQuote(tabId, text) { log('revealQuote', tabId, text); return (data.pageQuotes ?? []).includes(text); },
    async listHistory(q) {
      log('listHistory', q);
      const words = fold(q.query).split(/\s+/).filter(Boolean);
      const items = history().filter((v) => words.every((w) => fold(`${v.title} ${v.siteName}`).includes(w)));
      return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
    },
    async deleteArticle(url) {
      log('deleteArticle', url);
      const before = data.history?.length ?? 0;
      data.history = (data.history ?? []).filter((v) => v.url !== url);
      data.quotes = (data.quotes ?? []).filter((h) => h.url !== url);
      return data.history.length < before;
    },
    async prepareSearch() { log('prepareSearch'); },
    async clearHistory() { log('clearHistory'); data.history = []; data.quotes = []; },
    async searchQuotes(q): Promise<Hits> {
      log('searchQuotes', q);
      const words = fold(q.query).split(/\s+/).filter(Boolean);
      const hits = (data.quotes ?? []).filter((h) => {
        const when = h.published ? Date.parse(h.published) : h.savedAt;
        return (!q.speaker || fold(h.speaker) === fold(q.speaker)) &&
          (!q.site || fold(h.siteName) === fold(q.site) || siteHost(h.url) === fold(q.site).replace(/^www\./, '')) &&
          (q.from === undefined || when >= q.from) && (q.to === undefined || when <= q.to) &&
          words.every((w) => fold(`${h.text} ${h.speaker} ${h.role}`).includes(w));
      });
      return { hits: hits.slice(q.offset, q.offset + q.limit), total: hits.length };
    },
    async speakerQuotes(speaker) {
      log('speakerQuotes', speaker);
      const hits = (data.quotes ?? []).filter((h) => fold(h.speaker) === fold(speaker)).sort((a, b) => a.savedAt - b.savedAt);
      return { hits, total: hits.length };
    },
    async similarQuotes(text) {
      log('similarQuotes', text);
      const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      const sel = words(text);
      // The mock's notion of "most of the words": every word of the quote stands in the text.
      return (data.quotes ?? []).filter((h) => [...words(h.text)].every((w) => sel.has(w))).sort((a, b) => a.savedAt - b.savedAt);
    },
    async firstSeen(id) {
      log('firstSeen', id);
      const text = data.quotes?.find((h) => h.id === id)?.text;
      const occurrences = (data.quotes ?? []).filter((h) => h.text === text).sort((a, b) => a.savedAt - b.savedAt);
      return { first: occurrences[0] ?? null, occurrences };
    },
    async openSidePanel(tab) { log('openSidePanel', tab); },
    async openArticle(url, quoteText) { log('openArticle', url, quoteText); },
    onLookupReady: lookups.add,
    announceLookup(text) {
      data.pendingLookup = text;
      lookups.tell();
    },
    async pendingLookup() {
      log('pendingLookup');
      const text = data.pendingLookup ?? null;
      data.pendingLookup = null;
      return text;
    },
    async getSettings() { log('getSettings'); return data.settings ?? DEFAULT_SETTINGS; },
    async saveSettings(settings) { log('saveSettings', settings); data.settings = settings; return settings; },
    async exportHistory(format) {
      log('exportHistory', format);
      const file = {
        format: 'quotelens-history', version: 1, exportedAt: new Date(0).toISOString(), visits: history(),
        quotes: (data.quotes ?? []).map((h, index) => ({ url: h.url, index, text: h.text, speaker: h.speaker, role: h.role, block: 0, savedAt: h.savedAt })),
      };
      const text = format === 'json' ? JSON.stringify(file) : (data.quotes ?? []).map((h) => h.text).join('\n');
      return { text, mime: format === 'json' ? 'application/json' : 'text/plain', filename: `quotelens.${format}` };
    },
    async historyStats() {
      log('historyStats');
      return { visits: data.history?.length ?? 0, quotes: data.quotes?.length ?? 0 };
    },
    async importHistory(text, onProgress) {
      log('importHistory', text);
      let raw: unknown;
      try { raw = JSON.parse(text); } catch { throw new Error('the file is not JSON.'); }
      const file = HistoryExportSchema.safeParse(raw);
      if (!file.success) throw new Error('the file is not a Quotelens history.');
      const known = new Set((data.history ?? []).map((v) => v.url));
      const added = file.data.visits.filter((v) => !known.has(v.url));
      onProgress?.({ done: 0, total: file.data.visits.length });
      data.history = [...(data.history ?? []), ...added];
      onProgress?.({ done: file.data.visits.length, total: file.data.visits.length });
      return { added: added.length, updated: file.data.visits.length - added.length };
    },
  };
}
