import { useState } from 'preact/hooks';
import type { QuoteHit } from '../lib/model';
import type { QuotelensClient } from '../lib/client/types';
import { QuoteOrigins } from './quote-origins';
import { hitMeta } from './format';

interface Props {
  client: QuotelensClient;
  hits: ReadonlyArray<QuoteHit>;
  /** Whether a hit's article is the page in the current tab (its quote can be revealed there). */
  onCurrentPage: (hit: QuoteHit) => boolean;
  onOpen: (hit: QuoteHit) => void;
  /** Omitted on a speaker's own page, where the name would lead back to itself. */
  onSpeaker?: (speaker: string) => void;
  /** false on a speaker's own page: the heading already says who. */
  showSpeaker?: boolean;
}

export function QuoteHitList({ client, hits, onCurrentPage, onOpen, onSpeaker, showSpeaker = true }: Props) {
  const [expanded, setExpanded] = useState<string | null>(null);
  return (
    <ul class="hits">
      {hits.map((h) => {
        const here = onCurrentPage(h);
        return (
          <li key={h.id} class="hit">
            <button type="button" class="quote quote-button" onClick={() => onOpen(h)}>
              <q>{h.text}</q>
              <span class="action">{here ? 'Show in this page' : 'Open article'}</span>
            </button>
            {showSpeaker && <p class="who-line">
              {h.speaker && onSpeaker ? (
                <button type="button" class="link speaker-name" onClick={() => onSpeaker(h.speaker!)}>{h.speaker}</button>
              ) : (
                <span class="speaker-name">{h.speaker ?? 'Unattributed'}</span>
              )}
              {h.role && <span class="role">{h.role}</span>}
            </p>}
            <p class="meta">
              <span class="hit-title">{h.title}</span>
              {' · '}
              {hitMeta(h)}
            </p>
            <button
              type="button"
              class="link small-link"
              aria-expanded={expanded === h.id}
              onClick={() => setExpanded(expanded === h.id ? null : h.id)}
            >
              Where else was this said?
            </button>
            {expanded === h.id && <QuoteOrigins client={client} hit={h} onOpen={onOpen} />}
          </li>
        );
      })}
    </ul>
  );
}
