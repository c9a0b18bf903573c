// Ordered schema migrations: entry i upgrades version i to i+1. A step that has shipped is never edited; a change
// is a new step at the end. Each step sees the database as the previous steps left it, so it works on untyped stores.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { hostOf, speakerKey, termsOf } from './text';

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

/** Shared with the repositories: what a visit is found by. Changing it needs a migration that re-derives terms. */
export function visitTerms(title: string | null, siteName: string | null, url: string): string[] {
  return termsOf(title, siteName, hostOf(url));
}

export const MIGRATIONS: readonly Migration[] = [createHistoryStores, addSearchIndexes];
export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from `oldVersion` up to `newVersion`, in order. */
export async function migrate(db: AnyDB, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v]!(db, tx);
}
