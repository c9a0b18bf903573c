// The whole history as one versioned JSON document, and back. Import checks the entire file before writing
// anything, then merges it a batch of articles per transaction, so the background keeps answering (the popup, a save)
// while 10,000 articles go in and the page importing can show progress. A refused file writes nothing; a failure
// midway (quota, a closed database) undoes the batches already written: every article the import added is deleted
// and every article it replaced is put back as it was, rows read before the batch overwrote them, unless a later
// write (a save, a delete, a clear, another import) changed that article since: the later write stands.
import {
  HISTORY_FORMAT, HISTORY_FORMAT_VERSION, HistoryExportSchema, describeIssues,
  type ExportedQuote, type HistoryExport, type QuoteRow, type Visit,
} from '../model';
import { ImportError, StorageError } from './errors';
import { byArticle, quoteId, readGroup, readVisit, toQuoteRow, toStoredVisit, type SavedQuote } from './rows';
import { deleteVisitIn, putGroup, putVisitIn, type HistoryTx, type RawRows } from './visits';
import { isGroupKey, keyOfRow } from './postings';
import { allRequests, issueAll, read, write, type CountDelta, type StoreContext } from './tx';

/** Rows read per request while exporting, so 100,000 quotes never sit in one getAll. */
const EXPORT_BATCH = 2_000;
/** Articles merged per transaction (and between two progress reports): about half a second of work in Chrome. */
export const IMPORT_BATCH = 500;

export interface ImportProgress {
  done: number;
  total: number;
}
export interface ImportResult {
  added: number;
  updated: number;
}

const exportedQuote = (q: SavedQuote): ExportedQuote => ({
  url: q.url, index: q.index, text: q.text, speaker: q.speaker, role: q.role, block: q.block, savedAt: q.savedAt,
});

/** Every row of a store in key order, a batch per read transaction, parsed (a row can give several values). */
async function readAll<T>(ctx: StoreContext, store: 'visits' | 'groups', parse: (raw: unknown) => T[]): Promise<T[]> {
  const out: T[] = [];
  let after: IDBValidKey | null = null;
  for (;;) {
    const from = after;
    const batch: unknown[] = await read(ctx, [store], (tx) =>
      tx.objectStore(store).getAll(from === null ? null : IDBKeyRange.lowerBound(from, true), EXPORT_BATCH));
    for (const raw of batch) out.push(...parse(raw));
    if (batch.length < EXPORT_BATCH) return out;
    const last = batch[batch.length - 1];
    const key: unknown = store === 'visits' ? (last as { url?: unknown }).url : keyOfRow(last);
    if (store === 'visits' ? typeof key !== 'string' : !isGroupKey(key)) return out;
    after = key as IDBValidKey;
  }
}

/** Everything saved, in key order (so two exports of the same history are identical but for `exportedAt`). */
export async function exportHistory(ctx: StoreContext, now = new Date()): Promise<HistoryExport> {
  const visits = await readAll(ctx, 'visits', (raw) => {
    const v = readVisit(raw, ctx.report);
    return v ? [v] : [];
  });
  const quotes = await readAll(ctx, 'groups', (raw) => readGroup(raw, ctx.report));
  const saved = new Set(visits.map((v) => v.url));
  // An article's quotes in their order on the page, whenever each was saved.
  quotes.sort(byArticle);
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    visits,
    quotes: quotes.filter((q) => saved.has(q.url)).map(exportedQuote),
  };
}

/** Checks a file completely; throws ImportError saying what is wrong. */
export function parseHistoryFile(text: string): HistoryExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('the file is not JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ImportError('the file is not a Quotelens history (expected a JSON object).');
  const format = (data as { format?: unknown }).format;
  if (format !== HISTORY_FORMAT) {
    throw new ImportError(`the file is not a Quotelens history (format is ${JSON.stringify(format) ?? 'missing'}, expected "${HISTORY_FORMAT}").`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > HISTORY_FORMAT_VERSION) {
    throw new ImportError(`the file was written by a newer Quotelens (format version ${version}; this one reads up to ${HISTORY_FORMAT_VERSION}).`);
  }
  const parsed = HistoryExportSchema.safeParse(data);
  if (!parsed.success) throw new ImportError(describeIssues(parsed.error));
  const file = parsed.data;
  const urls = new Set<string>();
  for (const v of file.visits) {
    if (urls.has(v.url)) throw new ImportError(`article ${v.url} appears twice.`);
    urls.add(v.url);
  }
  const ids = new Set<string>();
  for (const q of file.quotes) {
    if (!urls.has(q.url)) throw new ImportError(`a quote belongs to ${q.url}, which is not among the file's articles.`);
    const id = quoteId(q.url, q.index);
    if (ids.has(id)) throw new ImportError(`quote ${q.index} of ${q.url} appears twice.`);
    ids.add(id);
  }
  return file;
}

/** What one committed batch changed, to be undone if a later batch fails. */
interface Undo {
  /** Articles the import added, with the number of the write that added them. */
  added: Array<{ url: string; seq: number }>;
  /** Rows as they were before the import replaced them (raw: put back byte for byte). */
  replaced: Array<{ url: string; seq: number; visit: unknown; groups: RawRows[] }>;
}

async function importBatch(
  tx: HistoryTx,
  seq: number,
  batch: Visit[],
  quotesOf: Map<string, ExportedQuote[]>,
  ctx: StoreContext,
): Promise<{ added: number; updated: number; delta: CountDelta; undo: Undo }> {
  const visits = tx.objectStore('visits');
  const groups = tx.objectStore('groups');
  const existing = await allRequests(batch.map((v) => visits.get(v.url)));
  // Read for new URLs too: quotes left under a URL without its article are replaced as well, and counted.
  const before = await allRequests(batch.map((v) => groups.index('by-url').getAll(v.url)));
  // The search rows of groups the batch replaces under an article already saved, for the undo to put back as well.
  const searchRowsOf = (old: unknown[]) => allRequests(old.map((raw) => tx.objectStore('words').get(keyOfRow(raw))));
  const undo: Undo = { added: [], replaced: [] };
  let added = 0;
  let updated = 0;
  // How the counts moved: a visit written with its quotes replaces every quote saved under its URL.
  const delta: CountDelta = { visits: 0, quotes: 0 };
  await allRequests(batch.map(async (incoming, i) => {
    const mineRaw = existing[i];
    const old = before[i]!;
    const rows = (quotesOf.get(incoming.url) ?? []).map(toQuoteRow);
    if (mineRaw === undefined) { undo.added.push({ url: incoming.url, seq }); delta.visits++; }
    else {
      const words = await searchRowsOf(old);
      undo.replaced.push({ url: incoming.url, seq, visit: mineRaw, groups: old.map((group, j) => ({ group, words: words[j] })) });
    }
    const mine = mineRaw ? readVisit(mineRaw, ctx.report) : null;
    if (!mine) {
      added++;
      const replaced = await putVisitIn(tx, incoming, rows, old);
      delta.quotes += rows.length - replaced;
      return;
    }
    updated++;
    if (mine.lastSeen > incoming.lastSeen) {
      // Ours is newer: keep its content and quotes, only widen the time span.
      await visits.put(toStoredVisit({ ...mine, firstSeen: Math.min(mine.firstSeen, incoming.firstSeen) }));
      return;
    }
    const merged: Visit = { ...incoming, firstSeen: Math.min(mine.firstSeen, incoming.firstSeen) };
    const replaced = await putVisitIn(tx, merged, rows, old);
    delta.quotes += rows.length - replaced;
  }));
  return { added, updated, delta, undo };
}

/**
 * Puts the history back as it was before the committed batches of a failed import, article by article, except
 * where a write after the import's changed the article: that write is newer than anything the undo would restore.
 */
async function undoImport(ctx: StoreContext, undo: Undo, changedAfter: (url: string, seq: number) => boolean): Promise<void> {
  const added = undo.added.filter((a) => !changedAfter(a.url, a.seq));
  const replaced = undo.replaced.filter((r) => !changedAfter(r.url, r.seq));
  await write(ctx, ['visits', 'groups', 'words'], async (tx) => {
    await allRequests([
      ...added.map(async ({ url }) => { await deleteVisitIn(tx, url); }),
      ...replaced.map(async ({ url, visit, groups }) => {
        await deleteVisitIn(tx, url);
        await issueAll((add) => {
          add(tx.objectStore('visits').put(visit as never));
          for (const g of groups) putGroup(tx, g, add);
        });
      }),
    ]);
  }, undefined, () => [...added.map((a) => a.url), ...replaced.map((r) => r.url)]);
}

/**
 * Merges a history file into the saved one. A URL saved on both sides keeps the more recently seen version
 * (its quotes replace the other's) and the earliest first-seen time.
 */
export async function importHistory(
  ctx: StoreContext,
  text: string,
  onProgress?: (p: ImportProgress) => void,
  batchSize = IMPORT_BATCH,
): Promise<ImportResult> {
  const file = parseHistoryFile(text);
  const quotesOf = new Map<string, ExportedQuote[]>();
  for (const q of file.quotes) {
    const list = quotesOf.get(q.url);
    if (list) list.push(q);
    else quotesOf.set(q.url, [q]);
  }
  const total = file.visits.length;
  onProgress?.({ done: 0, total });
  const done: Undo = { added: [], replaced: [] };
  const result: ImportResult = { added: 0, updated: 0 };
  // Saves and deletes go on while the batches are written: the undo must know which articles they changed.
  const watch = ctx.watch?.();
  try {
    for (let start = 0; start < total; start += batchSize) {
      const batch = file.visits.slice(start, start + batchSize);
      // Each batch says how the counts moved, so they are not read again entry by entry after the import.
      const r = await write(ctx, ['visits', 'groups', 'words'], (tx, seq) => importBatch(tx, seq, batch, quotesOf, ctx), (b) => b.delta,
        () => batch.map((v) => v.url));
      done.added.push(...r.undo.added);
      done.replaced.push(...r.undo.replaced);
      result.added += r.added;
      result.updated += r.updated;
      onProgress?.({ done: Math.min(start + batchSize, total), total });
    }
  } catch (e) {
    try {
      await undoImport(ctx, done, (url, seq) => watch?.changedAfter(url, seq) ?? false);
    } catch (undoFailure) {
      throw new StorageError('unavailable', `The import failed (${errorText(e)}) and undoing it failed too (${errorText(undoFailure)}): the history holds part of the file.`, { cause: e });
    }
    throw e;
  } finally {
    watch?.stop();
  }
  return result;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
