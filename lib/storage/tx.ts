// Every write goes through one transaction that either commits whole or rolls back whole, with browser failures
// turned into our typed errors.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { DB } from './db';
import type { QuotelensDB } from './schema';
import { QuotaError, asStorageError } from './errors';
import type { BadRowReporter } from './rows';
import { takeChanges, type WordsChange } from './journal';
import type { SearchMemory } from './search-memory';

export interface StoreContext {
  db(): Promise<DB>;
  report: BadRowReporter;
  /** How many quotes are saved. Chrome counts an object store entry by entry, so this is cached between writes. */
  quoteCount(): Promise<number>;
  visitCount(): Promise<number>;
  /**
   * Called after every write transaction: with how the counts changed when the writer knows it (a committed save),
   * else without, and cached figures are dropped.
   */
  written(delta: CountDelta | undefined, seq: number): void;
  /** Numbers each write transaction as it is created (IndexedDB runs them, and later counts, in that order). */
  writeBegun(): number;
  /** Told after a write transaction committed which articles it wrote or deleted ('all': every one, a clear). */
  changed?(urls: readonly string[] | 'all', seq: number): void;
  /** The search rows held in memory, when this store keeps them (search-memory.ts). */
  searchMemory?: SearchMemory;
  /** Told after a write transaction committed what it did to the search rows (journal.ts), in commit order. */
  committed?(changes: readonly WordsChange[]): void;
  /** Starts noting the articles later writes change, until `stop` (an import, to undo only what is still its own). */
  watch?(): WriteWatch;
}

export interface WriteWatch {
  /** Whether a write numbered after `seq` changed the article at `url`. */
  changedAfter(url: string, seq: number): boolean;
  stop(): void;
}

export interface CountDelta {
  visits: number;
  quotes: number;
  /** The figures are the counts themselves once the write committed (a clear), not changes to them. */
  absolute?: boolean;
}

type Names = StoreNames<QuotelensDB>[];
export type WriteTx<S extends Names> = IDBPTransaction<QuotelensDB, S, 'readwrite'>;
export type ReadTx<S extends Names> = IDBPTransaction<QuotelensDB, S, 'readonly'>;

/**
 * Runs `body` in one readwrite transaction. `body` must await only requests of this transaction (anything else
 * lets the transaction auto-commit early). On any failure the transaction is aborted, so nothing is half-written.
 */
export async function write<S extends Names, T>(
  ctx: StoreContext,
  stores: S,
  body: (tx: WriteTx<S>, seq: number) => Promise<T>,
  deltaOf?: (result: T) => CountDelta | undefined,
  urlsOf?: (result: T) => readonly string[] | 'all',
): Promise<T> {
  const db = await ctx.db();
  let tx: WriteTx<S>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (e) {
    throw asStorageError(e);
  }
  const seq = ctx.writeBegun();
  // Keep the rejection of `done` observed even when the body fails first.
  const done = tx.done.then(() => null, (e: unknown) => e ?? tx.error ?? new Error('transaction aborted'));
  let delta: CountDelta | undefined;
  try {
    const result = await body(tx, seq);
    const failure = await done;
    if (failure) throw failure;
    delta = deltaOf?.(result);
    ctx.committed?.(takeChanges(tx));
    if (urlsOf) ctx.changed?.(urlsOf(result), seq);
    return result;
  } catch (e) {
    try { tx.abort(); } catch { /* already committed or aborted */ }
    const failure = asStorageError(await done);
    throw failure instanceof QuotaError ? failure : asStorageError(e);
  } finally {
    ctx.written(delta, seq);
  }
}

export async function read<S extends Names, T>(ctx: StoreContext, stores: S, body: (tx: ReadTx<S>) => Promise<T>): Promise<T> {
  const db = await ctx.db();
  const tx = db.transaction(stores, 'readonly');
  const done = tx.done.catch(() => {});
  try {
    return await body(tx);
  } finally {
    await done;
  }
}

/**
 * Promise.all for requests of one transaction: waits for every request to settle, so the ones the browser
 * rejects after an abort are observed instead of surfacing as unhandled rejections.
 */
export async function allRequests<T>(requests: ReadonlyArray<T | Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(requests);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/**
 * Issues several writes and waits for them all. A request that throws as it is made (a value that cannot be
 * stored) aborts the transaction; the requests already made are then observed too.
 */
export async function issueAll(build: (add: (request: Promise<unknown>) => void) => void): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    build((request) => { pending.push(request); });
  } catch (e) {
    for (const p of pending) p.catch(() => {});
    throw e;
  }
  await allRequests(pending);
}
