// What the lookup's filters mean for a search. The quotes/search message filters speaker, site and dates itself; it
// has no role filter, so role words join the query: roles are indexed as quote terms, which makes "role: press
// secretary" match quotes whose text, speaker or role holds those words (a superset of a strict role match, and exact
// in total and paging, which filtering one returned page in the panel would not be).
import type { SearchQuery } from '../lib/client/types';

export type { SearchQuery };

export interface LookupFilters {
  speaker: string;
  role: string;
  site: string;
  /** `<input type="date">` values, YYYY-MM-DD in the reader's time zone, '' when unset. */
  from: string;
  to: string;
}

export const NO_FILTERS: LookupFilters = { speaker: '', role: '', site: '', from: '', to: '' };


const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a date input's day, plus `days`; null for an empty or malformed value. */
function dayStart(value: string, days = 0): number | null {
  const m = DATE_INPUT.exec(value);
  if (!m) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime();
  return Number.isNaN(t) ? null : t;
}

export function activeFilterCount(f: LookupFilters): number {
  return [f.speaker, f.role, f.site].filter((v) => v.trim() !== '').length
    + (dayStart(f.from) !== null || dayStart(f.to) !== null ? 1 : 0);
}

/** "From" after "To": the range is empty, and the reader should be told rather than shown nothing. */
export function rangeReversed(f: LookupFilters): boolean {
  const from = dayStart(f.from);
  const to = dayStart(f.to);
  return from !== null && to !== null && from > to;
}

/**
 * The search to send, or null when there is nothing to search for. The reader's words go last so the word being
 * typed stays the prefix; the role's words go first as whole words. "To" covers its whole day.
 */
export function toSearch(words: string, f: LookupFilters): SearchQuery | null {
  const query = [f.role.trim(), words.trim()].filter(Boolean).join(' ');
  const req: SearchQuery = { query };
  const speaker = f.speaker.trim();
  const site = f.site.trim();
  const from = dayStart(f.from);
  const toNext = dayStart(f.to, 1);
  if (speaker) req.speaker = speaker;
  if (site) req.site = site;
  if (from !== null) req.from = from;
  if (toNext !== null) req.to = toNext - 1;
  const filtered = req.speaker !== undefined || req.site !== undefined || req.from !== undefined || req.to !== undefined;
  return query || filtered ? req : null;
}
