// The lookup's filters: speaker, role, site and a date range, combinable with the words in the search box. Folded
// away behind one button so the search box stays first; the button counts the filters that are set.
import { useState } from 'preact/hooks';
import { activeFilterCount, rangeReversed, type LookupFilters, NO_FILTERS } from './lookup-filters';

interface Props {
  value: LookupFilters;
  onChange: (next: LookupFilters) => void;
  /** Names and sites already seen in results, offered as completions (typing any other still works). */
  speakers?: ReadonlyArray<string>;
  sites?: ReadonlyArray<string>;
}

type TextField = 'speaker' | 'role' | 'site';
const TEXT_FIELDS: Array<{ key: TextField; label: string; placeholder: string; list?: 'speakers' | 'sites' }> = [
  { key: 'speaker', label: 'Speaker', placeholder: 'Full name', list: 'speakers' },
  { key: 'role', label: 'Role', placeholder: 'e.g. spokesperson', },
  { key: 'site', label: 'Site', placeholder: 'Name or host', list: 'sites' },
];

export function QuoteFilters({ value, onChange, speakers = [], sites = [] }: Props) {
  const count = activeFilterCount(value);
  const [open, setOpen] = useState(count > 0);
  const set = (key: keyof LookupFilters, v: string) => onChange({ ...value, [key]: v });
  const options = { speakers, sites };

  return (
    <div class="filters">
      <div class="filter-bar">
        <button type="button" class="link filter-toggle" aria-expanded={open} aria-controls="lookup-filters"
          onClick={() => setOpen(!open)}>
          {count > 0 ? `Filters (${count})` : 'Filters'}
        </button>
        {count > 0 && (
          <button type="button" class="link" onClick={() => onChange(NO_FILTERS)}>Clear filters</button>
        )}
      </div>
      {open && (
        <fieldset id="lookup-filters" class="filter-grid">
          <legend class="visually-hidden">Filter quotes</legend>
          {TEXT_FIELDS.map((f) => (
            <label key={f.key} class={`filter-field filter-${f.key}`}>
              <span>{f.label}</span>
              <input type="text" value={value[f.key]} placeholder={f.placeholder}
                list={f.list && options[f.list].length > 0 ? `lookup-${f.list}` : undefined}
                onInput={(e) => set(f.key, e.currentTarget.value)} />
            </label>
          ))}
          <label class="filter-field">
            <span>From</span>
            <input type="date" value={value.from} max={value.to || undefined} onInput={(e) => set('from', e.currentTarget.value)} />
          </label>
          <label class="filter-field">
            <span>To</span>
            <input type="date" value={value.to} min={value.from || undefined} onInput={(e) => set('to', e.currentTarget.value)} />
          </label>
          {speakers.length > 0 && <datalist id="lookup-speakers">{speakers.map((s) => <option key={s} value={s} />)}</datalist>}
          {sites.length > 0 && <datalist id="lookup-sites">{sites.map((s) => <option key={s} value={s} />)}</datalist>}
        </fieldset>
      )}
      {rangeReversed(value) && <p class="empty" role="alert">“From” is after “To”: no article can be in that range.</p>}
    </div>
  );
}
