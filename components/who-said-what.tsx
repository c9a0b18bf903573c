import type { Quote } from '../lib/model';
import { groupBySpeaker } from './group-speakers';
import { plural } from './format';

interface Props {
  quotes: ReadonlyArray<Quote>;
  /** Scroll the page to a quote; omitted where there is no page to scroll. */
  onReveal?: (text: string) => void;
}

export function WhoSaidWhat({ quotes, onReveal }: Props) {
  const groups = groupBySpeaker(quotes);
  return (
    <section class="who" aria-labelledby="who-h">
      <h3 id="who-h">Who said what</h3>
      {groups.length === 0 ? (
        <p class="empty">No quotes found</p>
      ) : (
        <ul class="speakers">
          {groups.map((g) => (
            <li class="speaker" key={g.speaker ?? ''}>
              <div class="speaker-head">
                <span class="speaker-name">{g.speaker ?? 'Unattributed'}</span>
                <span class="count">{plural(g.quotes.length, 'quote')}</span>
              </div>
              {g.role && <p class="role">{g.role}</p>}
              <ul class="quotes">
                {g.quotes.map((text, i) => (
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
