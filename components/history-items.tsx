import type { Visit } from '../lib/model';
import { formatDate, metaLine, plural, siteOf } from './format';

interface Props {
  items: ReadonlyArray<Visit>;
  onOpen: (url: string) => void;
  /** Shown as a Delete button per row when given. */
  onDelete?: (visit: Visit) => void;
}

/** Saved articles as a list of buttons that open them; newest first as the background returns them. */
export function HistoryItems({ items, onOpen, onDelete }: Props) {
  return (
    <ul class="history">
      {items.map((v) => (
        <li key={v.url} class="history-item">
          <button type="button" class="link history-open" onClick={() => onOpen(v.url)}>
            {v.title || v.url}
          </button>
          <p class="meta">
            {metaLine(siteOf(v.siteName, v.url), formatDate(v.published) ?? formatDate(v.lastSeen), plural(v.quoteCount, 'quote'))}
          </p>
          {onDelete && (
            <button type="button" class="small danger" aria-label={`Delete ${v.title || v.url}`} onClick={() => onDelete(v)}>
              Delete
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
