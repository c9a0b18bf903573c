// Background → the extension's own pages (through runtime.sendMessage, which reaches every open extension page):
// notices about long work a page started, so it can show progress. Nobody answers them; a page that is not
// listening just misses one.
import { z } from '../model';
import { defineProtocol } from './define';

export const ImportProgressSchema = z.object({ done: z.number(), total: z.number() });
export type ImportProgressNotice = z.infer<typeof ImportProgressSchema>;

export const bgToUi = defineProtocol({
  /** Articles of a 'history/import' written so far (sent after each batch). */
  'history/import-progress': { req: ImportProgressSchema, res: z.object({}) },
  /** A "Look up quote" selection is waiting (lookup/pending): an open side panel takes it without a focus change. */
  'lookup/ready': { req: z.object({}), res: z.object({}) },
});

/** Whether a message is the background's notice that a lookup is waiting. */
export function isLookupReady(message: unknown): boolean {
  const m = message as { type?: unknown } | null;
  return typeof m === 'object' && m !== null && m.type === 'lookup/ready';
}

/** The progress a message reports, or null when it is not a well-formed import-progress notice. */
export function importProgressOf(message: unknown): ImportProgressNotice | null {
  const m = message as { type?: unknown; payload?: unknown } | null;
  if (typeof m !== 'object' || m === null || m.type !== 'history/import-progress') return null;
  const p = ImportProgressSchema.safeParse(m.payload);
  return p.success ? p.data : null;
}
