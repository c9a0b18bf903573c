// Search every saved quote by words, speaker or role. Typing is debounced; older answers never replace newer ones.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { QuoteHit } from '../lib/model';
import type { QuotelensClient } from '../lib/client/types';
import { useDebounced, useLoad } from './use-load';
import { QuoteHitList } from './quote-hit-list';
import { plural } from './format';

const PAGE = 20;
const DEBOUNCE_MS = 200;

interface Props {
  client: QuotelensClient;
  query: string;
  onQuery: (q: string) => void;
  onCurrentPage: (hit: QuoteHit) => boolean;
  onOpen: (hit: QuoteHit) => void;
  onSpeaker: (speaker: string) => void;
  /** Shown while the search box is empty. */
  idle?: ComponentChildren;
}

export function QuoteLookup({ client, query, onQuery, onCurrentPage, onOpen, onSpeaker, idle }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const settled = useDebounced(query.trim(), DEBOUNCE_MS);
  const result = useLoad(
    () => (settled ? client.searchQuotes({ query: settled, offset: 0, limit }) : Promise.resolve(null)),
    [client, settled, limit],
  );
  const data = result.data;
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
      {result.status === 'error' && <p class="empty" role="alert">Search failed: {result.error}</p>}
      {!settled && <p class="hint">Search every quote in the articles you have read.</p>}
      {!settled && idle}
      {settled && data && (
        <>
          <p class="count-line" role="status">{data.total === 0 ? 'No quotes match' : plural(data.total, 'quote')}</p>
          <QuoteHitList client={client} hits={data.hits} onCurrentPage={onCurrentPage} onOpen={onOpen} onSpeaker={onSpeaker} />
          {data.hits.length < data.total && (
            <button type="button" class="more" onClick={() => setLimit((l) => l + PAGE)}>Show more</button>
          )}
        </>
      )}
    </section>
  );
}
