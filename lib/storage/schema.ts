// The 'quotelens' database as the current version sees it. Older shapes exist only inside migrations.ts.
import type { DBSchema } from 'idb';
import type { QuoteRow, Settings, Visit } from '../model';

export const DB_NAME = 'quotelens';

/** A visit as stored: the model's Visit plus what storage derives for its indexes. */
export type StoredVisit = Visit & {
  /** Folded words of title, site name and host, for history search. */
  terms: string[];
};

export interface MetaRows {
  settings: Settings;
}

export interface QuotelensDB extends DBSchema {
  visits: {
    key: string;
    value: StoredVisit;
    indexes: { 'by-lastSeen': number; 'by-site': string; 'by-term': string };
  };
  quotes: {
    key: string;
    value: QuoteRow;
    indexes: { 'by-url': string; 'by-speaker': string; 'by-term': string; 'by-savedAt': number };
  };
  meta: {
    key: keyof MetaRows;
    value: MetaRows[keyof MetaRows];
  };
}
