// Opening the database: one cached connection, upgrades through the migration list, and the lifecycle events
// (blocked, blocking, terminated) handled in this one place.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type QuotelensDB } from './schema';
import { DB_VERSION, migrate } from './migrations';
import { BlockedError, asStorageError } from './errors';

export type DB = IDBPDatabase<QuotelensDB>;

export interface OpenOptions {
  name?: string;
  /** Tests open older versions to build a database as a previous release left it. */
  version?: number;
}

/**
 * Opens (and upgrades) the database. Rejects with BlockedError when an older connection elsewhere does not close;
 * the late connection, if the other side closes after all, is closed again so it never leaks.
 */
export function openQuotelensDB(opts: OpenOptions = {}): Promise<DB> {
  const version = opts.version ?? DB_VERSION;
  return new Promise<DB>((resolve, reject) => {
    let blocked = false;
    const opening = openDB<QuotelensDB>(opts.name ?? DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        const untypedDb = db as unknown as IDBPDatabase<unknown>;
        const untypedTx = tx as unknown as Parameters<typeof migrate>[3];
        // A failed step aborts the upgrade; the open request reports it, so this copy of the failure is not news.
        tx.done.catch(() => {});
        migrate(untypedDb, oldVersion, newVersion ?? version, untypedTx).catch((e) => {
          try { tx.abort(); } catch { /* already finished */ }
          reject(asStorageError(e));
        });
      },
      blocked() {
        blocked = true;
        reject(new BlockedError());
      },
    });
    opening.then(
      (db) => {
        if (blocked) db.close();
        else resolve(db);
      },
      (e) => reject(asStorageError(e)),
    );
  });
}

/**
 * One shared connection per database name; dropped when the browser closes it or a newer version needs it, and then
 * `onLost` is told (what was read through it may no longer be what the database holds).
 */
export class Connection {
  private db: Promise<DB> | null = null;
  constructor(private readonly opts: OpenOptions = {}, private readonly onLost: () => void = () => {}) {}

  get(): Promise<DB> {
    if (!this.db) {
      const p = openQuotelensDB(this.opts).then((db) => {
        // A newer version (another extension page after an update) waits on us: step aside.
        db.addEventListener('versionchange', () => { db.close(); if (this.db === p) this.db = null; this.onLost(); });
        db.addEventListener('close', () => { if (this.db === p) this.db = null; this.onLost(); });
        return db;
      });
      p.catch(() => { if (this.db === p) this.db = null; });
      this.db = p;
    }
    return this.db;
  }

  async close(): Promise<void> {
    const p = this.db;
    this.db = null;
    if (p) (await p.catch(() => null))?.close();
  }
}
