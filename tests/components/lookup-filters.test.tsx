// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SidePanelApp } from '@/components/sidepanel-app';
import { NO_FILTERS, activeFilterCount, toSearch } from '@/components/lookup-filters';
import { createMockClient, type MockClient } from '@/lib/client/mock';
import { hit } from './fixtures';

afterEach(cleanup);

const PLANET = 'https://planet.example/a';
const LEDGER = 'https://www.ledger.example/b';
const quotes = () => [
  hit(1, { text: 'We are closer to peace.', published: '2025-03-18T10:00:00Z' }),
  hit(2, { text: 'Closer than ever before.', speaker: 'Tammy Bruce', role: 'State Department spokesperson', published: '2025-03-18T10:00:00Z' }),
  hit(3, { text: 'Closer to a deal in March.', url: PLANET, id: `${PLANET}#0`, siteName: 'Daily Planet', published: '2025-03-02T12:00:00Z' }),
  hit(4, { text: 'Closer, but not there.', url: LEDGER, id: `${LEDGER}#0`, siteName: 'The Ledger', published: '2025-02-10T12:00:00Z' }),
];

const localDay = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

function typeWords(value: string) {
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search quotes' }), { target: { value } });
}
function setField(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}
function openFilters() {
  fireEvent.click(screen.getByRole('button', { name: /^Filters/ }));
}
const shownTexts = () => [...document.querySelectorAll('.hits q')].map((q) => q.textContent);
const lastSearch = (client: MockClient) =>
  client.calls.filter((c) => c.method === 'searchQuotes').at(-1)?.args[0] as Record<string, unknown> | undefined;

describe('lookup filters: what they send', () => {
  it('puts role words before the reader\'s words, so the word being typed stays the prefix', () => {
    expect(toSearch('clos', { ...NO_FILTERS, role: ' spokesperson ' })).toEqual({ query: 'spokesperson clos' });
  });

  it('covers the whole of the "To" day and starts "From" at local midnight', () => {
    expect(toSearch('', { ...NO_FILTERS, from: '2025-03-01', to: '2025-03-18' })).toEqual({
      query: '', from: localDay(2025, 3, 1), to: localDay(2025, 3, 19) - 1,
    });
  });

  it('searches filters alone, but nothing when neither words nor filters are given', () => {
    expect(toSearch('  ', NO_FILTERS)).toBeNull();
    expect(toSearch('', { ...NO_FILTERS, site: 'Daily Planet' })).toEqual({ query: '', site: 'Daily Planet' });
    expect(toSearch('', { ...NO_FILTERS, from: 'not a date' })).toBeNull();
  });

  it('counts the date range as one filter', () => {
    expect(activeFilterCount({ speaker: 'A', role: '', site: 'b', from: '2025-01-01', to: '2025-02-01' })).toBe(3);
  });
});

describe('lookup filters in the side panel', () => {
  it('labels every filter and narrows the words to one speaker', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    typeWords('closer');
    await screen.findByText('4 quotes');
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    openFilters();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    for (const label of ['Speaker', 'Role', 'Site', 'From', 'To']) expect(screen.getByLabelText(label)).toBeTruthy();
    setField('Speaker', 'Tammy Bruce');
    await screen.findByText('1 quote');
    expect(shownTexts()).toEqual(['Closer than ever before.']);
    expect(lastSearch(client)).toMatchObject({ query: 'closer', speaker: 'Tammy Bruce' });
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeTruthy();
  });

  it('filters by site name or host, and by a date range on the article date', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    typeWords('closer');
    await screen.findByText('4 quotes');
    openFilters();
    setField('Site', 'daily planet');
    await screen.findByText('1 quote');
    expect(shownTexts()).toEqual(['Closer to a deal in March.']);
    setField('Site', 'ledger.example');
    await waitFor(() => expect(shownTexts()).toEqual(['Closer, but not there.']));
    setField('Site', '');
    setField('From', '2025-03-01');
    setField('To', '2025-03-10');
    await waitFor(() => expect(shownTexts()).toEqual(['Closer to a deal in March.']));
    expect(lastSearch(client)).toMatchObject({ query: 'closer', from: localDay(2025, 3, 1), to: localDay(2025, 3, 11) - 1 });
    expect(lastSearch(client)).not.toHaveProperty('site');
  });

  it('searches on filters alone, with the search box empty', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    openFilters();
    setField('From', '2025-03-01');
    await screen.findByText('3 quotes');
    expect(lastSearch(client)).toMatchObject({ query: '', from: localDay(2025, 3, 1) });
    expect(lastSearch(client)).not.toHaveProperty('to');
  });

  it('sends a role as words of the query', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    typeWords('closer');
    await screen.findByText('4 quotes');
    openFilters();
    setField('Role', 'spokesperson');
    await screen.findByText('1 quote');
    expect(lastSearch(client)).toMatchObject({ query: 'spokesperson closer' });
    expect(shownTexts()).toEqual(['Closer than ever before.']);
  });

  it('says when the filters leave nothing, warns of a reversed range, and clears every filter at once', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    typeWords('closer');
    await screen.findByText('4 quotes');
    openFilters();
    setField('Speaker', 'Nobody Known');
    setField('From', '2025-03-10');
    setField('To', '2025-03-01');
    expect(await screen.findByText('No quotes match these filters')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/“From” is after “To”/);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('4 quotes');
    expect((screen.getByLabelText('Speaker') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    expect(lastSearch(client)).toEqual({ query: 'closer', offset: 0, limit: 20 });
  });

  it('keeps the filters across a visit to a speaker\'s page', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    typeWords('closer');
    openFilters();
    setField('Site', 'Example News');
    await screen.findByText('2 quotes');
    fireEvent.click(screen.getAllByRole('button', { name: 'Karoline Leavitt' })[0]!);
    await screen.findByRole('heading', { name: 'Karoline Leavitt' });
    fireEvent.click(screen.getByRole('button', { name: /All quotes/ }));
    await screen.findByText('2 quotes');
    expect((screen.getByLabelText('Site') as HTMLInputElement).value).toBe('Example News');
  });

  it('drops the filters for a "Look up quote" from the page, so no match is hidden', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    openFilters();
    setField('Site', 'The Ledger');
    await screen.findByText('1 quote');
    client.data.pendingLookup = 'closer';
    window.dispatchEvent(new Event('focus'));
    await screen.findByText('4 quotes');
    expect(lastSearch(client)).toEqual({ query: 'closer', offset: 0, limit: 20 });
  });
});
