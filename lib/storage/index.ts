// Quotelens history storage: the 'quotelens' IndexedDB database (visits, groups of an article's quotes, the groups'
// search rows, meta), its ordered migrations and the repositories the background calls. Quote search reads the
// time-ordered word index of schema v6 (postings.ts, quote-search.ts), or the search rows the background holds in
// memory (search-memory.ts). Only the background imports this (one writer). Rows are validated on read; failures
// surface as StorageError subclasses (QuotaError, BlockedError, ImportError). Depends on lib/model and idb.
import type { PageAnalysis, Retention, Settings } from '../model';
import { Connection, type OpenOptions } from './db';
import type { BadRowReporter } from './rows';
import { read, type StoreContext } from './tx';
import { createSearchMemory } from './search-memory';
import * as visits from './visits';
import * as quotes from './quotes';
import type { SearchOptions } from './quote-search';
import * as transfer from './transfer';
import * as settings from './settings';

export { StorageError, QuotaError, BlockedError, ImportError } from './errors';
export { openQuotelensDB, Connection, type DB, type OpenOptions } from './db';
export { MIGRATIONS, DB_VERSION } from './migrations';
export type { SearchOptions } from './quote-search';
export type { BadRowReporter } from './rows';
export { termsOf } from './text';

export interface HistoryStoreOptions extends OpenOptions {
  /** Told of every stored row skipped because it fails its schema. */
  onBadRow?: BadRowReporter;
  /**
   * Holds the search rows in memory once a search asks for them, and answers searches from there (search-memory.ts):
   * for the background, the one writer. Off, every search goes through the word index.
   */
  searchMemory?: boolean;
}

export function createHistoryStore(opts: HistoryStoreOptions = {}) {
  const conn = new Connection(opts, () => memory?.drop());
  // The background is the only writer, so a count cached between its own writes stays true. A count's transaction
  // runs after every write created before it and before every write created after it: a write's delta is added
  // only to counts taken before that write began (one taken later already includes it).
  let writes = 0;
  const cached = new Map<'visits' | 'quotes', { n: Promise<number>; after: number }>();
  const count = (store: 'visits' | 'quotes') => {
    let entry = cached.get(store);
    if (!entry) {
      const e = { n: Promise.resolve(0), after: Infinity };
      e.n = conn.get().then((db) => { e.after = writes; return store === 'visits' ? db.count('visits') : visits.countQuotes(db); });
      e.n.catch(() => { if (cached.get(store) === e) cached.delete(store); });
      cached.set(store, e);
      entry = e;
    }
    return entry.n;
  };
  const memory = opts.searchMemory ? createSearchMemory({
    rows: (after, n) => read(ctx, ['words'], (tx) => tx.objectStore('words').getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), n)),
  }, opts.onBadRow) : undefined;
  // Writes in flight while an import runs, by article: its undo leaves alone what a later write changed.
  const watches = new Set<{ urls: Map<string, number>; all: number }>();
  const ctx: StoreContext = {
    db: () => conn.get(),
    report: opts.onBadRow ?? (() => {}),
    quoteCount: () => count('quotes'),
    visitCount: () => count('visits'),
    writeBegun: () => ++writes,
    committed: memory ? (changes) => memory.apply(changes) : undefined,
    searchMemory: memory,
    changed: (urls, seq) => {
      for (const w of watches) {
        if (urls === 'all') w.all = Math.max(w.all, seq);
        else for (const url of urls) w.urls.set(url, Math.max(w.urls.get(url) ?? -1, seq));
      }
    },
    watch: () => {
      const w = { urls: new Map<string, number>(), all: -1 };
      watches.add(w);
      return {
        changedAfter: (url, seq) => w.all > seq || (w.urls.get(url) ?? -1) > seq,
        stop: () => { watches.delete(w); },
      };
    },
    // A save says how the counts moved, so the popup's count is not read again entry by entry after each article.
    written: (delta, seq) => {
      if (!delta) { cached.clear(); return; }
      if (delta.absolute) {
        // Known outright (the history was just emptied): no count needs reading until the next unknown write.
        cached.set('visits', { n: Promise.resolve(delta.visits), after: seq });
        cached.set('quotes', { n: Promise.resolve(delta.quotes), after: seq });
        return;
      }
      for (const [store, d] of [['visits', delta.visits], ['quotes', delta.quotes]] as const) {
        const entry = cached.get(store);
        if (!entry || d === 0) continue;
        // Not yet known whether the count ran before this write: drop it rather than guess.
        if (entry.after === Infinity) { cached.delete(store); continue; }
        if (entry.after >= seq) continue;
        const next = { n: entry.n.then((x) => x + d), after: entry.after };
        next.n.catch(() => { if (cached.get(store) === next) cached.delete(store); });
        cached.set(store, next);
      }
    },
  };
  // Read after every save (retention), changed only through this store: kept in memory between changes.
  let savedSettings: Promise<Settings> | null = null;
  const loadSettings = () => {
    if (!savedSettings) {
      const p = settings.getSettings(ctx);
      p.catch(() => { if (savedSettings === p) savedSettings = null; });
      savedSettings = p;
    }
    return savedSettings;
  };
  return {
    saveAnalysis: (a: PageAnalysis, now?: number) => visits.saveAnalysis(ctx, a, now),
    listHistory: (o: visits.ListOptions) => visits.listHistory(ctx, o),
    deleteVisit: (url: string) => visits.deleteVisit(ctx, url),
    clearAll: () => visits.clearAll(ctx),
    applyRetention: (r: Retention, now?: number) => visits.applyRetention(ctx, r, now),
    /** Applies the saved retention settings (after a save, at start-up, when they change). */
    enforceRetention: async (now?: number) => visits.applyRetention(ctx, (await loadSettings()).retention, now),
    counts: () => visits.counts(ctx),
    // While the search memory loads, searches go first (it waits between its batches).
    searchQuotes: (o: SearchOptions) => (memory ? memory.aside(() => quotes.searchQuotes(ctx, o)) : quotes.searchQuotes(ctx, o)),
    /** Loads the search memory now (when the store has one) and resolves once it is held. */
    warmSearch: () => memory?.warm() ?? Promise.resolve(),
    searchMemoryStats: () => memory?.stats() ?? null,
    speakerQuotes: (speaker: string) => quotes.speakerQuotes(ctx, speaker),
    firstSeen: (by: { id?: string; text?: string }) => quotes.firstSeen(ctx, by),
    exportHistory: (now?: Date) => transfer.exportHistory(ctx, now),
    importHistory: (text: string, onProgress?: (p: transfer.ImportProgress) => void) => transfer.importHistory(ctx, text, onProgress),
    getSettings: loadSettings,
    setSettings: async (s: Settings) => {
      savedSettings = null;
      const saved = await settings.setSettings(ctx, s);
      savedSettings = Promise.resolve(saved);
      await visits.applyRetention(ctx, saved.retention);
      return saved;
    },
    close: () => { savedSettings = null; memory?.drop(); return conn.close(); },
  };
}
export type HistoryStore = ReturnType<typeof createHistoryStore>;
