// The whole reading history: searchable by title and site, paged, one delete per article and a guarded clear-all.
import { useState } from 'preact/hooks';
import type { QuotelensClient } from '../lib/client/types';
import { useDebounced, useLoad } from './use-load';
import { HistoryItems } from './history-items';
import { plural } from './format';

const PAGE = 20;

export function HistoryPanel({ client }: { client: QuotelensClient }) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);
  const settled = useDebounced(query.trim(), 200);
  const list = useLoad(() => client.listHistory({ query: settled || undefined, offset: 0, limit }), [client, settled, limit]);

  async function clearAll() {
    setConfirming(false);
    await client.clearHistory();
    list.reload();
  }

  return (
    <section class="history-panel" aria-labelledby="history-h">
      <h2 id="history-h" class="visually-hidden">History</h2>
      <input
        type="search"
        class="search"
        aria-label="Search history"
        placeholder="Title or site"
        value={query}
        onInput={(e) => { setLimit(PAGE); setQuery(e.currentTarget.value); }}
      />
      {list.status === 'error' && <p class="empty" role="alert">History is unavailable: {list.error}</p>}
      {list.data && list.data.total === 0 && <p class="empty">{settled ? 'No saved article matches' : 'Nothing saved yet'}</p>}
      {list.data && list.data.total > 0 && (
        <>
          <p class="count-line" role="status">{plural(list.data.total, 'article')}</p>
          <HistoryItems
            items={list.data.items}
            onOpen={(url) => void client.openArticle(url)}
            onDelete={async (v) => { await client.deleteArticle(v.url); list.reload(); }}
          />
          {list.data.items.length < list.data.total && (
            <button type="button" class="more" onClick={() => setLimit((l) => l + PAGE)}>Show more</button>
          )}
          <div class="clear-all">
            {confirming ? (
              <>
                <span>Delete every saved article and quote?</span>
                <button type="button" class="danger" onClick={() => void clearAll()}>Yes, clear all</button>
                <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
              </>
            ) : (
              <button type="button" class="danger" onClick={() => setConfirming(true)}>Clear all history</button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
