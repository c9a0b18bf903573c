// Two independent limits, each off by default: an age in days and a number of articles.
import { useState } from 'preact/hooks';
import type { Settings } from '../lib/client/types';

interface Props {
  value: Settings;
  onSave: (next: Settings) => void;
}

/** A positive whole number, or null for "no limit"; anything else is refused before it reaches the background. */
function parseLimit(raw: string): number | null | 'invalid' {
  const s = raw.trim();
  if (s === '') return null;
  return /^\d+$/.test(s) && Number(s) > 0 ? Number(s) : 'invalid';
}

export function RetentionForm({ value, onSave }: Props) {
  const [days, setDays] = useState(value.retention.maxAgeDays?.toString() ?? '');
  const [count, setCount] = useState(value.retention.maxArticles?.toString() ?? '');
  const [error, setError] = useState<string | null>(null);

  function submit(e: Event) {
    e.preventDefault();
    const maxAgeDays = parseLimit(days);
    const maxArticles = parseLimit(count);
    if (maxAgeDays === 'invalid' || maxArticles === 'invalid') {
      setError('Use a whole number above 0, or leave the box empty for no limit.');
      return;
    }
    setError(null);
    onSave({ ...value, retention: { maxAgeDays, maxArticles } });
  }

  return (
    <form onSubmit={submit}>
      <label>
        Delete articles not seen for more than{' '}
        <input type="text" inputMode="numeric" size={5} value={days} onInput={(e) => setDays(e.currentTarget.value)} /> days
      </label>
      <label>
        Keep at most{' '}
        <input type="text" inputMode="numeric" size={6} value={count} onInput={(e) => setCount(e.currentTarget.value)} /> articles
      </label>
      <p class="hint">Leave a box empty for no limit.</p>
      {error && <p class="empty" role="alert">{error}</p>}
      <button type="submit" class="primary">Save</button>
    </form>
  );
}
