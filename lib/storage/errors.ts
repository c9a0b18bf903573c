// Failures the UI must be able to tell apart and explain: storage full, an upgrade waiting for another tab,
// a file that is not a Quotelens history.

export type StorageErrorCode = 'quota' | 'blocked' | 'invalid-import' | 'unavailable';

export class StorageError extends Error {
  constructor(readonly code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** The browser refused a write because the disk quota is used up; the transaction was rolled back. */
export class QuotaError extends StorageError {
  constructor(cause?: unknown) {
    super('quota', 'Browser storage is full: nothing was saved. Delete old articles or lower the history limit.', { cause });
    this.name = 'QuotaError';
  }
}

/** A newer version of the database cannot open while an older connection stays open elsewhere. */
export class BlockedError extends StorageError {
  constructor() {
    super('blocked', 'The history database is being upgraded but another Quotelens page still holds it open: close other Quotelens pages and try again.');
    this.name = 'BlockedError';
  }
}

/** An import was refused; the history is untouched. */
export class ImportError extends StorageError {
  constructor(message: string) {
    super('invalid-import', `Import refused, history unchanged: ${message}`);
    this.name = 'ImportError';
  }
}

const isQuota = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';

/** Turns a browser storage failure into one of ours, keeping anything else as it is. */
export function asStorageError(e: unknown): unknown {
  if (e instanceof StorageError) return e;
  if (isQuota(e)) return new QuotaError(e);
  if (typeof e === 'object' && e !== null && isQuota((e as { cause?: unknown }).cause)) return new QuotaError(e);
  return e;
}
