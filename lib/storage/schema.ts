// The 'quotelens' database as the current version sees it. Older shapes exist only inside migrations.ts.
import type { DBSchema } from 'idb';
import type { QuoteRow, Settings, Visit } from '../model';
import type { Posting } from './postings';

export const DB_NAME = 'quotelens';

/** A visit as stored: the model's Visit plus what storage derives for its indexes. */
export type StoredVisit = Visit & {
  /** Folded words of title, site name and host, for history search. */
  terms: string[];
  /** -lastSeen: the 'by-recent' index lists the newest visits first with one getAll. */
  recency: number;
};

/** A quote as stored: the model's QuoteRow plus its entries in the time-ordered word index. */
export type StoredQuote = QuoteRow & { postings: Posting[] };

export interface MetaRows {
  settings: Settings;
}

export interface QuotelensDB extends DBSchema {
  visits: {
    key: string;
    value: StoredVisit;
    indexes: { 'by-term': string; 'by-recent': number };
  };
  quotes: {
    key: string;
    value: StoredQuote;
    indexes: { 'by-url': string; 'by-speaker': string; 'by-posting': Posting };
  };
  meta: {
    key: keyof MetaRows;
    value: MetaRows[keyof MetaRows];
  };
}
