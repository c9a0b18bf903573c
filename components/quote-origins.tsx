// Where a quote was first seen among the saved articles, and where it was repeated: a quote travels from outlet
// to outlet, and the earliest one is usually closest to the source.
import type { QuoteHit } from '../lib/model';
import type { QuotelensClient } from '../lib/client/types';
import { useLoad } from './use-load';
import { hitMeta } from './format';

interface Props {
  client: QuotelensClient;
  hit: QuoteHit;
  onOpen: (hit: QuoteHit) => void;
}

export function QuoteOrigins({ client, hit, onOpen }: Props) {
  const origins = useLoad(() => client.firstSeen(hit.id), [client, hit.id]);
  if (origins.status === 'loading') return <p class="hint" role="status">Looking for earlier articles…</p>;
  if (origins.status === 'error') return <p class="hint" role="alert">Could not look: {origins.error}</p>;
  const list = origins.data?.occurrences ?? [];
  if (list.length <= 1) return <p class="hint">Only in this article among the ones you have read.</p>;
  return (
    <div class="origins">
      <p class="hint">In {list.length} saved articles, oldest first:</p>
      <ol>
        {list.map((o) => (
          <li key={o.id}>
            <button type="button" class="link" onClick={() => onOpen(o)}>{o.title || o.url}</button>{' '}
            <span class="meta">{hitMeta(o)}</span>
            {o.id === hit.id && <span class="meta"> (this one)</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
