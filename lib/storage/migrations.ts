// Ordered schema migrations: entry i upgrades version i to i+1. A step that has shipped is never edited; a change
// is a new step at the end. Each step sees the database as the previous steps left it, so it works on untyped stores.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { speakerKey, termsOf, visitTerms } from './text';
import { issueAll } from './tx';

type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: AnyDB, tx: UpgradeTx) => Promise<void> | void;

/** v1 (0 → 1): one row per visit and per quote, found by URL and by time. */
const createHistoryStores: Migration = (db) => {
  const visits = db.createObjectStore('visits', { keyPath: 'url' });
  visits.createIndex('by-lastSeen', 'lastSeen');
  visits.createIndex('by-site', 'siteName');
  const quotes = db.createObjectStore('quotes', { keyPath: 'id' });
  quotes.createIndex('by-url', 'url');
  quotes.createIndex('by-savedAt', 'savedAt');
};

/**
 * v2 (1 → 2): word indexes for search, a by-speaker index, a settings store. Rows written by v1 have neither
 * `terms` nor `speakerKey`, so they are backfilled here, inside the upgrade transaction: all or nothing.
 */
const addSearchIndexes: Migration = async (db, tx) => {
  db.createObjectStore('meta');
  const quotes = tx.objectStore('quotes');
  quotes.createIndex('by-speaker', 'speakerKey');
  quotes.createIndex('by-term', 'terms', { multiEntry: true });
  const visits = tx.objectStore('visits');
  visits.createIndex('by-term', 'terms', { multiEntry: true });

  for (let c = await quotes.openCursor(); c; c = await c.continue()) {
    const row = c.value as Record<string, unknown>;
    if (typeof row !== 'object' || row === null) continue;
    const str = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : null);
    await c.update({ ...row, speakerKey: speakerKey(str('speaker')), terms: termsOf(str('text'), str('speaker'), str('role')) });
  }
  for (let c = await visits.openCursor(); c; c = await c.continue()) {
    const row = c.value as Record<string, unknown>;
    if (typeof row !== 'object' || row === null) continue;
    const str = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : null);
    await c.update({ ...row, terms: visitTerms(str('title'), str('siteName'), str('url') ?? '') });
  }
};

/** Rows per read while a step rewrites every row: a getAll batch costs Chrome far less than a cursor step per row. */
const REWRITE_BATCH = 500;

/** Rewrites every row of a store with `change` (rows that are not objects are left alone), a batch at a time. */
async function rewriteRows(tx: UpgradeTx, name: string, key: string, change: (row: Record<string, unknown>) => Record<string, unknown>) {
  const store = tx.objectStore(name);
  let after: IDBValidKey | null = null;
  for (;;) {
    const rows: unknown[] = await store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), REWRITE_BATCH);
    const puts: Promise<unknown>[] = [];
    for (const raw of rows) {
      if (typeof raw !== 'object' || raw === null) continue;
      puts.push(store.put(change(raw as Record<string, unknown>)));
    }
    await Promise.all(puts);
    if (rows.length < REWRITE_BATCH) return;
    const last = rows[rows.length - 1] as Record<string, unknown> | null;
    after = (last?.[key] as IDBValidKey | undefined) ?? null;
    if (after === null) return;
  }
}

/**
 * The postings v3 wrote: the timeline, each distinct word, and each distinct three-letter word start (marked with
 * \u0001). Frozen here so that the v3 step upgrades a v2 database the same way whatever postings.ts says today.
 */
function postingsOf(terms: readonly string[], savedAt: number): Array<[string, number]> {
  const keys = new Set<string>(['']);
  for (const t of terms) {
    keys.add(t);
    if (t.length >= 3) keys.add(`\u0001${t.slice(0, 3)}`);
  }
  return [...keys].map((k) => [k, -savedAt]);
}

/**
 * v3 (2 → 3): the time-ordered word index ('by-posting', see postings.ts) replaces the quotes' unordered 'by-term'
 * and 'by-savedAt' indexes, and visits get 'by-recent' (newest first). Existing rows are given their postings and recency here.
 */
const addTimeOrderedIndexes: Migration = async (_db, tx) => {
  const quotes = tx.objectStore('quotes');
  quotes.deleteIndex('by-term');
  // Nothing reads quotes by time but through the timeline entries now; one index entry less per quote saved.
  quotes.deleteIndex('by-savedAt');
  quotes.createIndex('by-posting', 'postings', { multiEntry: true });
  tx.objectStore('visits').createIndex('by-recent', 'recency');
  await rewriteRows(tx, 'quotes', 'id', (row) => {
    const terms = Array.isArray(row.terms) && row.terms.every((t) => typeof t === 'string')
      ? (row.terms as string[])
      : termsOf(...(['text', 'speaker', 'role'] as const).map((k) => (typeof row[k] === 'string' ? (row[k] as string) : null)));
    // A row without a numeric date cannot be placed in time; it stays out of the index (its schema check fails anyway).
    return typeof row.savedAt === 'number' ? { ...row, terms, postings: postingsOf(terms, row.savedAt) } : row;
  });
  await rewriteRows(tx, 'visits', 'url', (row) => (typeof row.lastSeen === 'number' ? { ...row, recency: -row.lastSeen } : row));
};

/**
 * v4 (3 → 4): fewer index entries per saved quote, so a save writes about half as much. Quotes are saved with postings
 * for the timeline and the words only, no three-letter word starts (a word being typed is read as the key range of
 * the words it starts); the visits lose 'by-site' (never read) and 'by-lastSeen' (retention reads 'by-recent').
 * Rows saved by v3 keep their word-start entries: no search reads them (a word never starts with the mark), and
 * rewriting 100,000 quotes would hold the background for minutes after an update. A row saved again loses them.
 */
const dropWordStarts: Migration = (_db, tx) => {
  const visits = tx.objectStore('visits');
  visits.deleteIndex('by-site');
  visits.deleteIndex('by-lastSeen');
};

/** A v5 group row made from v4 quote rows of one URL saved at one time. Frozen: the v5 step's shape, whatever rows.ts says today. */
function v5Group(url: string, savedAt: number, rows: ReadonlyArray<Record<string, unknown>>) {
  const order = (r: Record<string, unknown>) => (typeof r.index === 'number' ? r.index : Infinity);
  const sorted = [...rows].sort((a, b) => order(a) - order(b));
  const terms = new Map<string, number>();
  const speakers = new Set<string>();
  const wordsOf = (r: Record<string, unknown>) => {
    const words: number[] = [];
    for (const t of Array.isArray(r.terms) ? r.terms : []) {
      if (typeof t !== 'string') continue;
      if (!terms.has(t)) terms.set(t, terms.size);
      words.push(terms.get(t)!);
    }
    return words;
  };
  const quotes = sorted.map((r) => {
    if (typeof r.speakerKey === 'string' && r.speakerKey !== '') speakers.add(r.speakerKey);
    return { index: r.index, text: r.text, speaker: r.speaker, role: r.role, block: r.block, speakerKey: r.speakerKey, words: wordsOf(r) };
  });
  return { url, t: -savedAt, quotes, size: sorted.length, speakers: [...speakers], terms: [...terms.keys()] };
}

/**
 * v5 (4 → 5): one row per article's quotes saved together (a group, schema.ts) instead of one per quote, so that a
 * save writes two records instead of one per quote, and a word said in several of an article's quotes is one index
 * entry. Groups are keyed [-savedAt, url]: the store lists the newest first, and the word index holds plain words
 * (postings.ts). The quote rows are read article by article (the by-url index), regrouped, and their store is
 * deleted, all inside the upgrade: a failure leaves the v4 database as it was. A quote row without a URL or a
 * numeric date (which no v4 read accepted either) has no group to go to and is not carried over; any other row is,
 * as it was.
 */
const groupQuotes: Migration = async (db, tx) => {
  const groups = db.createObjectStore('groups', { keyPath: ['t', 'url'] });
  groups.createIndex('by-term', 'terms', { multiEntry: true });
  groups.createIndex('by-url', 'url');
  groups.createIndex('by-speaker', 'speakers', { multiEntry: true });
  groups.createIndex('by-size', 'size');
  const byUrl = tx.objectStore('quotes').index('by-url');
  const urlOf = (raw: unknown) => (raw as { url: IDBValidKey }).url;
  let after: IDBValidKey | null = null;
  for (;;) {
    const got = await byUrl.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), REWRITE_BATCH);
    if (got.length === 0) break;
    let rows = got;
    if (got.length === REWRITE_BATCH) {
      // The last article may go on past the batch: it is read whole with the next one (or alone, when it fills the batch).
      const last = urlOf(got[got.length - 1]);
      const cut = got.findIndex((raw) => indexedDB.cmp(urlOf(raw), last) === 0);
      rows = cut > 0 ? got.slice(0, cut) : await byUrl.getAll(last);
    }
    const bySave = new Map<string, { url: string; savedAt: number; rows: Array<Record<string, unknown>> }>();
    for (const raw of rows) {
      const row = raw as Record<string, unknown>;
      if (typeof row.url !== 'string' || typeof row.savedAt !== 'number') continue;
      const k = `${row.savedAt}\u0000${row.url}`;
      const g = bySave.get(k);
      if (g) g.rows.push(row);
      else bySave.set(k, { url: row.url, savedAt: row.savedAt, rows: [row] });
    }
    // A put refused as it is made aborts the upgrade: issueAll observes the puts already made, which fail with it.
    await issueAll((add) => {
      for (const g of bySave.values()) add(tx.objectStore('groups').put(v5Group(g.url, g.savedAt, g.rows)));
    });
    after = urlOf(rows[rows.length - 1]);
    if (got.length < REWRITE_BATCH) break;
  }
  db.deleteObjectStore('quotes');
};

/**
 * A v5 group's rows as v6 writes them (a frozen copy of rows.ts rowsOfSave): its search row, and the group less
 * its words (they are in the search row); null when the group lacks its words (it is then kept as it was).
 */
function v6Rows(raw: unknown): { group: Record<string, unknown>; words: Record<string, unknown> } | null {
  const g = raw as Record<string, unknown> | null;
  if (!g || typeof g.url !== 'string' || typeof g.t !== 'number' || !Array.isArray(g.terms) || !Array.isArray(g.quotes)) return null;
  const quotes = g.quotes as Array<Record<string, unknown> | null>;
  const positions = (q: Record<string, unknown> | null) =>
    (Array.isArray(q?.words) ? q.words.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < 0xd800) : []);
  const withoutWords = (q: Record<string, unknown> | null) => {
    if (!q || typeof q !== 'object') return q;
    const { words: _words, ...rest } = q;
    return rest;
  };
  const { terms: _terms, ...group } = g;
  return {
    group: { ...group, quotes: quotes.map(withoutWords) },
    words: {
      url: g.url, t: g.t, terms: g.terms.map((t) => (typeof t === 'string' ? t : '')),
      w: quotes.map((q) => String.fromCharCode(...positions(q))),
      who: quotes.map((q) => (typeof q?.speakerKey === 'string' ? q.speakerKey : '')),
    },
  };
}

/**
 * v6 (5 → 6): a search reads many groups to show a few quotes, and Chrome hands a row out at a cost that grows with
 * its size, so what a search checks (each group's words, each quote's words and speaker) moves to a store of its
 * own, keyed like the groups, with the word index: rows a fifth of a group's size, and groups a third smaller.
 * Every group is rewritten inside the upgrade, a batch at a time: a failure leaves the v5 database as it was.
 */
const splitSearchRows: Migration = async (db, tx) => {
  const words = db.createObjectStore('words', { keyPath: ['t', 'url'] });
  words.createIndex('by-term', 'terms', { multiEntry: true });
  const groups = tx.objectStore('groups');
  groups.deleteIndex('by-term');
  let after: IDBValidKey | null = null;
  for (;;) {
    const rows: unknown[] = await groups.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), REWRITE_BATCH);
    await issueAll((add) => {
      for (const raw of rows) {
        const v6 = v6Rows(raw);
        if (!v6) continue;
        add(tx.objectStore('words').put(v6.words));
        add(groups.put(v6.group));
      }
    });
    if (rows.length < REWRITE_BATCH) return;
    const last = rows[rows.length - 1] as { t: IDBValidKey; url: IDBValidKey };
    after = [last.t, last.url];
  }
};

export const MIGRATIONS: readonly Migration[] = [
  createHistoryStores, addSearchIndexes, addTimeOrderedIndexes, dropWordStarts, groupQuotes, splitSearchRows,
];
export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from `oldVersion` up to `newVersion`, in order. */
export async function migrate(db: AnyDB, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v]!(db, tx);
}
