// Search every saved quote by words, narrowed by speaker, role, site and dates. Typing is debounced; older answers
// never replace newer ones.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { QuoteHit } from '../lib/model';
import type { QuotelensClient } from '../lib/client/types';
import { useDebounced, useLoad } from './use-load';
import { QuoteHitList } from './quote-hit-list';
import { QuoteFilters } from './quote-filters';
import { activeFilterCount, toSearch, type LookupFilters, type SearchQuery } from './lookup-filters';
import { plural, siteOf } from './format';

const PAGE = 20;
/** From this many words a query reads like a passage, worth matching loosely when no quote holds every word. */
const SIMILAR_MIN_WORDS = 4;
const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const DEBOUNCE_MS = 200;
/** Completions offered in the speaker and site boxes: enough to jog the memory, short enough to scan. */
const MAX_SUGGESTIONS = 50;

interface Props {
  client: QuotelensClient;
  query: string;
  onQuery: (q: string) => void;
  filters: LookupFilters;
  onFilters: (f: LookupFilters) => void;
  onCurrentPage: (hit: QuoteHit) => boolean;
  onOpen: (hit: QuoteHit) => void;
  onSpeaker: (speaker: string) => void;
  /** Shown while neither words nor filters are given. */
  idle?: ComponentChildren;
}

/** Values seen in results so far this session, most recent first, for the filters' completions. */
function useSeen(values: ReadonlyArray<string>): string[] {
  const seen = useRef<string[]>([]);
  return useMemo(() => {
    const next = [...new Set([...values, ...seen.current])].slice(0, MAX_SUGGESTIONS);
    seen.current = next;
    return next;
    // Keyed on the values' text: a new array with the same names must not reorder the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values.join('\n')]);
}

export function QuoteLookup({ client, query, onQuery, filters, onFilters, onCurrentPage, onOpen, onSpeaker, idle }: Props) {
  const [limit, setLimit] = useState(PAGE);
  // Opened: the background gets ready while the reader starts typing (a failure only leaves the first search slower).
  useEffect(() => { client.prepareSearch().catch(() => {}); }, [client]);
  const request = toSearch(query, filters);
  // Debounced as one string so that a change to any part waits for the typing to stop, and equal requests are equal.
  const settled = useDebounced(request ? JSON.stringify(request) : '', DEBOUNCE_MS);
  const result = useLoad(async () => {
    if (!settled) return null;
    const found = await client.searchQuotes({ ...(JSON.parse(settled) as SearchQuery), offset: 0, limit });
    // A selection looked up from a page often carries more than the quote ("…," the minister said): when no quote
    // holds every word, show the quotes that share most of them instead of nothing.
    if (found.total > 0 || activeFilterCount(filters) > 0 || wordCount(query) < SIMILAR_MIN_WORDS) return { ...found, similar: false };
    const hits = await client.similarQuotes(query);
    return { hits, total: hits.length, similar: hits.length > 0 };
  }, [client, settled, limit]);
  const data = settled ? result.data : null;
  const speakers = useSeen(data?.hits.flatMap((h) => (h.speaker ? [h.speaker] : [])) ?? []);
  const sites = useSeen(data?.hits.map((h) => siteOf(h.siteName, h.url)) ?? []);
  const filtered = activeFilterCount(filters) > 0;
  const changeFilters = (f: LookupFilters) => { setLimit(PAGE); onFilters(f); };

  return (
    <section class="lookup" aria-labelledby="lookup-h">
      <h2 id="lookup-h" class="visually-hidden">Quote lookup</h2>
      <input
        type="search"
        class="search"
        aria-label="Search quotes"
        placeholder="Words, a speaker or a role"
        value={query}
        onInput={(e) => { setLimit(PAGE); onQuery(e.currentTarget.value); }}
      />
      <QuoteFilters value={filters} onChange={changeFilters} speakers={speakers} sites={sites} />
      {result.status === 'error' && <p class="empty" role="alert">Search failed: {result.error}</p>}
      {!settled && <p class="hint">Search every quote in the articles you have read.</p>}
      {!settled && idle}
      {data && (
        <>
          <p class="count-line" role="status">
            {data.total === 0
              ? (filtered ? 'No quotes match these filters' : 'No quotes match')
              : data.similar
                ? `${plural(data.total, 'quote')} sharing most of these words`
                : plural(data.total, 'quote')}
          </p>
          <QuoteHitList client={client} hits={data.hits} onCurrentPage={onCurrentPage} onOpen={onOpen} onSpeaker={onSpeaker} />
          {data.hits.length < data.total && (
            <button type="button" class="more" onClick={() => setLimit((l) => l + PAGE)}>Show more</button>
          )}
        </>
      )}
    </section>
  );
}
