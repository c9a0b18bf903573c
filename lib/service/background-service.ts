// What the background does with each message: the single writer of the history, the badge keeper, and the relay
// between the extension's pages and the content scripts. Browser APIs come in as small ports so that all of this
// runs in tests against fake-indexeddb and plain functions.
import type { PageAnalysis } from '../model';
import type { HistoryStore } from '../storage';
import { isMessageOf, makeHandler, request, type Handlers, type Reply } from '../protocol/define';
import { contentToBg } from '../protocol/content-to-bg';
import { bgToContent, type PageState } from '../protocol/bg-to-content';
import { bgToUi } from '../protocol/bg-to-ui';
import { uiToBg, type ExportFormat, type TabState } from '../protocol/ui-to-bg';
import { quoteLines, toCsv, toMarkdown } from './export-formats';

/** Who sent a message: the tab of a content script; null for the extension's own pages. */
export interface Sender {
  tabId: number | null;
}

export interface BackgroundPorts {
  store: HistoryStore;
  /** tabs.sendMessage to one tab's content script; rejects or resolves undefined when none answers. */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  setBadge(tabId: number, text: string): Promise<void> | void;
  /** Runs the analyser file in the top frame of a tab, in its content script's world; rejects when it cannot. */
  injectAnalyser(tabId: number): Promise<void>;
  /** The "Look up quote" selection waiting for the side panel, cleared as it is read. */
  takePendingLookup(): Promise<string | null>;
  /** runtime.sendMessage to the extension's pages (progress notices); rejects when no page listens. */
  broadcast?(message: unknown): Promise<unknown> | void;
  /** Told of failures that must not break the reply (badge on a closed tab, retention after a save). */
  warn?(message: string, error?: unknown): void;
}

const UNAVAILABLE: TabState = { status: 'unavailable', page: null };
const MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', md: 'text/markdown' };

export const badgeText = (quoteCount: number) => (quoteCount > 0 ? String(quoteCount) : '');

export function createBackgroundService(ports: BackgroundPorts) {
  const { store } = ports;
  const warn = ports.warn ?? (() => {});
  const toTab = (tabId: number) => (m: unknown) => ports.sendToTab(tabId, m);

  async function badge(tabId: number | null, text: string): Promise<void> {
    if (tabId === null) return;
    try { await ports.setBadge(tabId, text); } catch (e) { warn(`badge of tab ${tabId}`, e); }
  }

  async function save(analysis: PageAnalysis, tabId: number | null) {
    // The badge and the write do not depend on each other: the reader waits for the slower one only.
    const [, saved] = await Promise.all([badge(tabId, badgeText(analysis.quotes.length)), store.saveAnalysis(analysis)]);
    try {
      await store.enforceRetention();
    } catch (e) {
      warn('retention after save', e);
    }
    return saved;
  }

  /** Asks a tab's content script; 'unavailable' when there is none (browser pages, a tab still loading). */
  async function askTab(tabId: number, ask: () => Promise<PageState>): Promise<TabState> {
    try {
      return { status: 'ready', page: await ask() };
    } catch {
      return UNAVAILABLE;
    }
  }

  const content: Handlers<typeof contentToBg, Sender> = {
    'page/analysed': async ({ analysis }, sender) => {
      const { quoteCount } = await save(analysis, sender.tabId);
      return { saved: true, quoteCount };
    },
    'page/skipped': async (_req, sender) => {
      await badge(sender.tabId, '');
      return {};
    },
    'analyser/load': async (_req, sender) => {
      // Only a content script has a tab to load it into; the extension's own pages never run the analysis.
      if (sender.tabId === null) throw new Error('analyser/load comes from a content script only');
      await ports.injectAnalyser(sender.tabId);
      return {};
    },
  };

  const ui: Handlers<typeof uiToBg, Sender> = {
    'tab/state': ({ tabId }) => askTab(tabId, () => request(bgToContent, toTab(tabId), 'page/state', {})),
    'tab/analyse': async ({ tabId }) => {
      const state = await askTab(tabId, () => request(bgToContent, toTab(tabId), 'page/analyse', { force: true }));
      // The content script answers a forced analysis instead of reporting it: saving it is ours.
      if (state.page?.analysis) await save(state.page.analysis, tabId);
      return state;
    },
    'tab/reveal-quote': async ({ tabId, text }) => {
      try {
        return await request(bgToContent, toTab(tabId), 'quote/reveal', { text });
      } catch {
        return { found: false };
      }
    },
    'history/list': (q) => store.listHistory(q),
    'history/delete': async ({ url }) => ({ deleted: await store.deleteVisit(url) }),
    'history/clear': async () => { await store.clearAll(); return {}; },
    'quotes/search': (q) => store.searchQuotes(q),
    'quotes/prepare': () => {
      // Not waited for: the lookup's first search may arrive while it loads (it then goes through the index).
      store.warmSearch().catch((e: unknown) => warn('preparing search', e));
      return {};
    },
    'speaker/quotes': ({ speaker }) => store.speakerQuotes(speaker),
    'quotes/first-seen': (by) => {
      if (by.id === undefined && by.text === undefined) throw new Error('quotes/first-seen needs an id or a text');
      return store.firstSeen(by);
    },
    'history/export': async ({ format }) => {
      const history = await store.exportHistory();
      const day = history.exportedAt.slice(0, 10);
      const text = format === 'json'
        ? JSON.stringify(history)
        : format === 'csv'
          ? toCsv(quoteLines(history))
          : toMarkdown(quoteLines(history), history.exportedAt);
      return { text, mime: MIME[format], filename: `quotelens-${format === 'json' ? 'history' : 'quotes'}-${day}.${format}` };
    },
    'history/import': ({ text }) => store.importHistory(text, (payload) => {
      // Fire and forget: the import never waits on a page, and no page listening is fine.
      try {
        void Promise.resolve(ports.broadcast?.({ type: 'history/import-progress', payload })).catch(() => {});
      } catch { /* no receiver */ }
    }),
    'history/stats': () => store.counts(),
    'settings/get': () => store.getSettings(),
    // Saving settings applies their retention limits at once.
    'settings/set': (settings) => store.setSettings(settings),
    'lookup/pending': async () => ({ text: await ports.takePendingLookup() }),
  };

  const fromContent = makeHandler(contentToBg, content);
  const fromUi = makeHandler(uiToBg, ui);

  /**
   * Answers one runtime message. Messages of another protocol (the bg → content direction, seen by every listener)
   * get undefined, so another listener may answer; a malformed or unknown message gets `{ok: false, error}`.
   */
  async function handleMessage(message: unknown, sender: Sender): Promise<Reply<unknown> | undefined> {
    // The directions share no message name, so the first protocol that knows the type answers. (Extension pages
    // opened as tabs have a sender tab too, so the sender cannot tell the directions apart.)
    const reply = (await fromContent(message, sender)) ?? (await fromUi(message, sender));
    if (reply !== undefined) return reply;
    const type = (message as { type?: unknown }).type;
    // Notices meant for the content script or the extension pages: not ours to answer.
    if (isMessageOf(bgToContent, message) || isMessageOf(bgToUi, message)) return undefined;
    return { ok: false, error: `unknown message type ${JSON.stringify(type)}` };
  }

  return { handleMessage, content, ui };
}
export type BackgroundService = ReturnType<typeof createBackgroundService>;
