// What a write transaction did to the search rows, noted as it is issued and handed on only once it committed (tx.ts
// write): the background's search memory (search-memory.ts) applies exactly what IndexedDB holds, and an aborted
// write leaves no trace in it.
import type { GroupKey } from './schema';

/** One change to the 'words' store: a row put (as written, unchecked), a row deleted, or every row. */
export type WordsChange = { put: unknown } | { del: GroupKey } | { clear: true };

const notes = new WeakMap<object, WordsChange[]>();

/** Notes a change issued in `tx` (any transaction object: only identity counts). */
export function noteChange(tx: object, change: WordsChange): void {
  const list = notes.get(tx);
  if (list) list.push(change);
  else notes.set(tx, [change]);
}

/** The changes noted in `tx`, in the order they were issued, forgotten once taken. */
export function takeChanges(tx: object): WordsChange[] {
  const list = notes.get(tx) ?? [];
  notes.delete(tx);
  return list;
}
