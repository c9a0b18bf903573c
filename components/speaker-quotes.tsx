// One person's quotes across every saved article, oldest first: how what they said moved over time.
import type { QuoteHit } from '../lib/model';
import type { QuotelensClient } from '../lib/client/types';
import { useLoad } from './use-load';
import { QuoteHitList } from './quote-hit-list';
import { plural } from './format';

interface Props {
  client: QuotelensClient;
  speaker: string;
  onBack: () => void;
  onCurrentPage: (hit: QuoteHit) => boolean;
  onOpen: (hit: QuoteHit) => void;
}

export function SpeakerQuotes({ client, speaker, onBack, onCurrentPage, onOpen }: Props) {
  const result = useLoad(() => client.speakerQuotes(speaker), [client, speaker]);
  const role = result.data?.hits.find((h) => h.role)?.role ?? null;
  return (
    <section class="speaker-page" aria-labelledby="speaker-h">
      <button type="button" class="link back" onClick={onBack}>← All quotes</button>
      <h2 id="speaker-h">{speaker}</h2>
      {role && <p class="role">{role}</p>}
      {result.status === 'error' && <p class="empty" role="alert">Could not load quotes: {result.error}</p>}
      {result.data && (
        <>
          <p class="count-line">{plural(result.data.total, 'quote')}, oldest first</p>
          <QuoteHitList client={client} hits={result.data.hits} onCurrentPage={onCurrentPage} onOpen={onOpen} showSpeaker={false} />
        </>
      )}
    </section>
  );
}
