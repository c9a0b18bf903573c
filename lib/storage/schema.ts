// The 'quotelens' database as the current version sees it. Older shapes exist only inside migrations.ts.
import type { DBSchema } from 'idb';
import type { QuoteRow, Settings, Visit } from '../model';

export const DB_NAME = 'quotelens';

/** A visit as stored: the model's Visit plus what storage derives for its indexes. */
export type StoredVisit = Visit & {
  /** Folded words of title, site name and host, for history search. */
  terms: string[];
  /** -lastSeen: the 'by-recent' index lists the newest visits first with one getAll. */
  recency: number;
};

/** One quote inside its group: the model's QuoteRow less what the group holds once (id, url, savedAt) and its words. */
export type GroupQuote = Omit<QuoteRow, 'id' | 'url' | 'savedAt' | 'terms'>;

/**
 * The quotes of one article saved at one time, in their order on the page: one row, so that a save writes two
 * records (the visit and this) instead of one per quote, and a word said in several of the article's quotes is one
 * index entry. An article has one group, or more when a revisit kept some quotes from an earlier save (they keep
 * the time they were first saved).
 */
export interface StoredGroup {
  url: string;
  /** -savedAt: with the URL, the key, so the store and every index list the newest groups first. */
  t: number;
  quotes: GroupQuote[];
  /** quotes.length, for the 'by-size' index the quote count is read from (Chrome counts a store entry by entry). */
  size: number;
  /** Distinct non-empty speaker keys of the quotes, for the multi-entry 'by-speaker' index. */
  speakers: string[];
}

/**
 * What a quote search reads of a group (schema v6): its words, and each quote's words and speaker, without the
 * quotes' texts. Searching reads many groups to show a few: a row a fifth of the group's size costs Chrome about a
 * fifth as much to hand out. Same key as its group; written and deleted with it.
 */
export interface StoredWords {
  url: string;
  t: number;
  /** Distinct words of the group's quotes, for the multi-entry word index 'by-term' (postings.ts). */
  terms: string[];
  /** Per quote, in the group's order: its word positions in `terms`, one character each (char code = position). */
  w: string[];
  /** Per quote, in the group's order: its speaker key ('' when unknown). */
  who: string[];
}

export type GroupKey = [t: number, url: string];

export interface MetaRows {
  settings: Settings;
}

export interface QuotelensDB extends DBSchema {
  visits: {
    key: string;
    value: StoredVisit;
    indexes: { 'by-term': string; 'by-recent': number };
  };
  groups: {
    key: GroupKey;
    value: StoredGroup;
    indexes: { 'by-url': string; 'by-speaker': string; 'by-size': number };
  };
  words: {
    key: GroupKey;
    value: StoredWords;
    indexes: { 'by-term': string };
  };
  meta: {
    key: keyof MetaRows;
    value: MetaRows[keyof MetaRows];
  };
}
