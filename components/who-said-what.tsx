import { useState } from 'preact/hooks';
import type { Quote } from '../lib/model';
import { groupBySpeaker, type SpeakerGroup } from './group-speakers';
import { plural } from './format';

/**
 * What the popup lists before the reader asks for more: a news story rarely has more speakers or more quotes by one
 * speaker than this, and a page with thousands of quotes (a transcript, a hostile page) still opens at once.
 */
export const FIRST_SPEAKERS = 40;
export const FIRST_QUOTES = 20;

interface Props {
  quotes: ReadonlyArray<Quote>;
  /** Scroll the page to a quote; omitted where there is no page to scroll. */
  onReveal?: (text: string) => void;
}

export function WhoSaidWhat({ quotes, onReveal }: Props) {
  const groups = groupBySpeaker(quotes);
  const [speakers, setSpeakers] = useState(FIRST_SPEAKERS);
  const hidden = groups.length - speakers;
  return (
    <section class="who" aria-labelledby="who-h">
      <h3 id="who-h">Who said what</h3>
      {groups.length === 0 ? (
        <p class="empty">No quotes found</p>
      ) : (
        <>
          <ul class="speakers">
            {groups.slice(0, speakers).map((g) => <Speaker key={g.speaker ?? ''} group={g} onReveal={onReveal} />)}
          </ul>
          {hidden > 0 && (
            <button type="button" class="more" onClick={() => setSpeakers(groups.length)}>
              Show {plural(hidden, 'more speaker')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Speaker({ group: g, onReveal }: { group: SpeakerGroup; onReveal?: (text: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? g.quotes : g.quotes.slice(0, FIRST_QUOTES);
  return (
    <li class="speaker">
      <div class="speaker-head">
        <span class="speaker-name">{g.speaker ?? 'Unattributed'}</span>
        <span class="count">{plural(g.quotes.length, 'quote')}</span>
      </div>
      {g.role && <p class="role">{g.role}</p>}
      <ul class="quotes">
        {shown.map((text, i) => (
          <li key={i}>
            {onReveal ? (
              <button type="button" class="quote quote-button" title="Show in page" onClick={() => onReveal(text)}>
                <q>{text}</q>
              </button>
            ) : (
              <blockquote class="quote"><q>{text}</q></blockquote>
            )}
          </li>
        ))}
      </ul>
      {shown.length < g.quotes.length && (
        <button type="button" class="link show-all" onClick={() => setAll(true)}>
          Show all {plural(g.quotes.length, 'quote')}{g.speaker ? ` by ${g.speaker}` : ''}
        </button>
      )}
    </li>
  );
}
