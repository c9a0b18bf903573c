// The whole history as one versioned JSON document, and back. Import checks the entire file before writing
// anything, then merges in one transaction: a refused or failed import leaves the history exactly as it was.
import {
  HISTORY_FORMAT, HISTORY_FORMAT_VERSION, HistoryExportSchema, describeIssues,
  type ExportedQuote, type HistoryExport, type QuoteRow, type Visit,
} from '../model';
import { ImportError } from './errors';
import { readQuote, readVisit, toQuoteRow } from './rows';
import { putVisitIn } from './visits';
import { allRequests, read, write, type StoreContext } from './tx';

/** Rows read per request while exporting, so 100,000 quotes never sit in one getAll. */
const EXPORT_BATCH = 2_000;
/** Articles merged between two progress reports. */
const IMPORT_BATCH = 250;

export interface ImportProgress {
  done: number;
  total: number;
}
export interface ImportResult {
  added: number;
  updated: number;
}

const exportedQuote = (q: QuoteRow): ExportedQuote => ({
  url: q.url, index: q.index, text: q.text, speaker: q.speaker, role: q.role, block: q.block, savedAt: q.savedAt,
});

async function readAll<T>(ctx: StoreContext, store: 'visits' | 'quotes', parse: (raw: unknown) => T | null): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const batch: unknown[] = await read(ctx, [store], (tx) =>
      tx.objectStore(store).getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), EXPORT_BATCH));
    for (const raw of batch) {
      const row = parse(raw);
      if (row !== null) out.push(row);
    }
    if (batch.length < EXPORT_BATCH) return out;
    const last = batch[batch.length - 1] as { url?: string; id?: string };
    after = (store === 'visits' ? last.url : last.id) ?? null;
    if (after === null) return out;
  }
}

/** Everything saved, in key order (so two exports of the same history are identical but for `exportedAt`). */
export async function exportHistory(ctx: StoreContext, now = new Date()): Promise<HistoryExport> {
  const visits = await readAll(ctx, 'visits', (raw) => readVisit(raw, ctx.report));
  const quotes = await readAll(ctx, 'quotes', (raw) => readQuote(raw, ctx.report));
  const saved = new Set(visits.map((v) => v.url));
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
    const id = `${q.url}#${q.index}`;
    if (ids.has(id)) throw new ImportError(`quote ${q.index} of ${q.url} appears twice.`);
    ids.add(id);
  }
  return file;
}

/**
 * Merges a history file into the saved one. A URL saved on both sides keeps the more recently seen version
 * (its quotes replace the other's) and the earliest first-seen time.
 */
export async function importHistory(
  ctx: StoreContext,
  text: string,
  onProgress?: (p: ImportProgress) => void,
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
  return write(ctx, ['visits', 'quotes'], async (tx) => {
    let added = 0;
    let updated = 0;
    for (let start = 0; start < total; start += IMPORT_BATCH) {
      const batch = file.visits.slice(start, start + IMPORT_BATCH);
      const existing = await allRequests(batch.map((v) => tx.objectStore('visits').get(v.url)));
      await allRequests(batch.map(async (incoming, i) => {
        const mineRaw = existing[i];
        const mine = mineRaw ? readVisit(mineRaw, ctx.report) : null;
        const rows = (quotesOf.get(incoming.url) ?? []).map(toQuoteRow);
        if (!mine) {
          added++;
          return putVisitIn(tx, incoming, rows);
        }
        updated++;
        if (mine.lastSeen > incoming.lastSeen) {
          // Ours is newer: keep its content and quotes, only widen the time span.
          const merged: Visit = { ...mine, firstSeen: Math.min(mine.firstSeen, incoming.firstSeen) };
          await tx.objectStore('visits').put({ ...mineRaw!, ...merged });
          return;
        }
        const merged: Visit = { ...incoming, firstSeen: Math.min(mine.firstSeen, incoming.firstSeen) };
        return putVisitIn(tx, merged, rows);
      }));
      // Reported synchronously: awaiting anything but this transaction's requests would let it commit early.
      onProgress?.({ done: Math.min(start + IMPORT_BATCH, total), total });
    }
    return { added, updated };
  });
}
