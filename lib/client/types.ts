// What the popup, side panel and options page may ask of the extension. Components receive one of these and never
// touch `browser.*`, so they render the same against the real background and against the mock in tests.
import type { QuoteHit, Settings, Visit } from '../model';
import type { Req, Res } from '../protocol/define';
import type { ExportFormat, TabState, uiToBg } from '../protocol/ui-to-bg';

export type { ExportFormat, QuoteHit, Settings, Visit, TabState };

// The shapes the background answers with, taken from the message schemas so the two cannot drift apart.
type Ui = typeof uiToBg;
/** A file made by the background, for the page to offer as a download. */
export type ExportFile = Res<Ui, 'history/export'>;
export type ImportResult = Res<Ui, 'history/import'>;
export type Hits = Res<Ui, 'quotes/search'>;
export type HistoryPage = Res<Ui, 'history/list'>;
export type HistoryStats = Res<Ui, 'history/stats'>;
export type FirstSeen = Res<Ui, 'quotes/first-seen'>;
export type SearchRequest = Req<Ui, 'quotes/search'>;
/** A search as the lookup composes it, before paging. */
export type SearchQuery = Omit<SearchRequest, 'offset' | 'limit'>;

/** The browser tab a view is about. `url` is null when the browser hides it (no permission, a blank tab). */
export interface TabRef {
  id: number;
  windowId: number | null;
  url: string | null;
}

export interface QuotelensClient {
  /** The tab the view shows; null when there is none (e.g. every window is closed). */
  currentTab(): Promise<TabRef | null>;
  /** Calls `listener` when the reader switches to another tab or the tab's page changes; returns the unsubscriber. */
  onTabChange(listener: () => void): () => void;
  tabState(tabId: number): Promise<TabState>;
  analyseTab(tabId: number): Promise<TabState>;
  revealQuote(tabId: number, text: string): Promise<boolean>;
  listHistory(opts: Req<Ui, 'history/list'>): Promise<HistoryPage>;
  deleteArticle(url: string): Promise<boolean>;
  clearHistory(): Promise<void>;
  /**
   * Words (any order, the last a prefix), optionally narrowed to one speaker, one site (name or host) and an article
   * date range (`from`/`to` epoch ms, inclusive, on the published date, else when saved).
   */
  searchQuotes(opts: SearchRequest): Promise<Hits>;
  /** The lookup opened: lets the background get ready to search before the first words are typed. */
  prepareSearch(): Promise<void>;
  speakerQuotes(speaker: string): Promise<Hits>;
  /** The earliest saved article with the same words as a saved quote, and every article repeating them. */
  firstSeen(quoteId: string): Promise<FirstSeen>;
  /** Saved quotes sharing most of the words of `text` (a selection may hold the attribution too), oldest first. */
  similarQuotes(text: string): Promise<QuoteHit[]>;
  /** Opens the quote lookup beside the page. Call it straight from a click: browsers demand a user gesture. */
  openSidePanel(tab: TabRef | null): Promise<void>;
  /** Opens a saved article in a new tab, scrolled to `quoteText` when given (a text fragment). */
  openArticle(url: string, quoteText?: string): Promise<void>;
  /** Text the reader chose "Look up quote" on in a page, taken once (the next call returns null). */
  pendingLookup(): Promise<string | null>;
  /** Calls `onReady` whenever a new lookup is waiting; returns the unsubscribe function. */
  onLookupReady(onReady: () => void): () => void;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
  /** json re-imports; csv and md carry the quotes for a spreadsheet or notes. */
  exportHistory(format: ExportFormat): Promise<ExportFile>;
  historyStats(): Promise<HistoryStats>;
  /**
   * `text` is the file as read; the background checks all of it before it writes anything, then writes it in
   * batches, telling `onProgress` how many articles are in after each.
   */
  importHistory(text: string, onProgress?: (p: { done: number; total: number }) => void): Promise<ImportResult>;
}
