// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SidePanelApp } from '@/components/sidepanel-app';
import { createMockClient } from '@/lib/client/mock';
import { FIRST_QUOTES } from '@/components/who-said-what';
import { ARTICLE_URL, analysis, articleState, hit, visit } from './fixtures';

afterEach(cleanup);

const OTHER_URL = 'https://other.example/a';
const quotes = () => [
  hit(1, { text: 'We have never been closer to peace.' }),
  hit(2, { text: 'Closer than ever, she said.', url: OTHER_URL, id: `${OTHER_URL}#0`, title: 'Another story', siteName: 'Other', savedAt: 5 }),
  hit(3, { text: 'The ball is now in their court.', speaker: 'Tammy Bruce', role: 'State Department spokesperson' }),
];

function type(value: string) {
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search quotes' }), { target: { value } });
}

describe('side panel quote lookup', () => {
  it('searches as the reader types (debounced) and shows quote, speaker, role, article and site', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    type('c');
    type('clo');
    type('closer');
    expect(await screen.findByText('2 quotes')).toBeTruthy();
    const searches = client.calls.filter((c) => c.method === 'searchQuotes');
    expect(searches.map((c) => (c.args[0] as { query: string }).query)).toEqual(['closer']);
    // The lookup told the background to get ready once, when it opened, before any search.
    expect(client.calls.filter((c) => c.method === 'prepareSearch')).toHaveLength(1);
    expect(client.calls.findIndex((c) => c.method === 'prepareSearch')).toBeLessThan(client.calls.findIndex((c) => c.method === 'searchQuotes'));
    const first = screen.getByText('We have never been closer to peace.').closest('li')!;
    expect(within(first).getByText('Karoline Leavitt')).toBeTruthy();
    expect(within(first).getByText('White House press secretary')).toBeTruthy();
    expect(within(first).getByText('Leaders confirm call on ceasefire')).toBeTruthy();
    expect(within(first).getByText(/Example News/)).toBeTruthy();
  });

  it('reveals a hit of the current page in place and opens any other in its article', async () => {
    const client = createMockClient({ tab: { id: 3, windowId: 1, url: `${ARTICLE_URL}#top` }, quotes: quotes(), pageQuotes: ['We have never been closer to peace.'] });
    render(<SidePanelApp client={client} />);
    type('closer');
    const here = await screen.findByRole('button', { name: /We have never been closer to peace\..*Show in this page/ });
    fireEvent.click(here);
    expect(await screen.findByText('Shown in the page')).toBeTruthy();
    expect(client.calls.find((c) => c.method === 'revealQuote')?.args).toEqual([3, 'We have never been closer to peace.']);
    fireEvent.click(screen.getByRole('button', { name: /Closer than ever.*Open article/ }));
    await waitFor(() => expect(client.calls.at(-1)).toEqual({ method: 'openArticle', args: [OTHER_URL, 'Closer than ever, she said.'] }));
  });

  it('lists a speaker\'s quotes across articles, oldest first', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    type('closer');
    const [name] = await screen.findAllByRole('button', { name: 'Karoline Leavitt' });
    fireEvent.click(name!);
    expect(await screen.findByRole('heading', { name: 'Karoline Leavitt' })).toBeTruthy();
    await screen.findByText(/2 quotes, oldest first/);
    const texts = [...document.querySelectorAll('.hits q')].map((q) => q.textContent);
    expect(texts).toEqual(['Closer than ever, she said.', 'We have never been closer to peace.']);
    fireEvent.click(screen.getByRole('button', { name: /All quotes/ }));
    expect(await screen.findByRole('searchbox', { name: 'Search quotes' })).toBeTruthy();
  });

  it('shows where a quote was first seen and where it was repeated, oldest first', async () => {
    const repeated = hit(9, { text: 'We have never been closer to peace.', url: OTHER_URL, id: `${OTHER_URL}#3`, title: 'Earlier story', siteName: 'Other', savedAt: 1 });
    const client = createMockClient({ quotes: [...quotes(), repeated] });
    render(<SidePanelApp client={client} />);
    type('never closer');
    const item = (await screen.findAllByText('We have never been closer to peace.'))[1]!.closest('li')!;
    const toggle = within(item).getByRole('button', { name: 'Where else was this said?' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await within(item).findByText('In 2 saved articles, oldest first:')).toBeTruthy();
    const titles = within(item).getAllByRole('listitem').map((li) => li.querySelector('button')!.textContent);
    expect(titles).toEqual(['Earlier story', 'Leaders confirm call on ceasefire']);
  });

  it('shows who said what on the current page while the search box is empty, and reveals a clicked quote', async () => {
    const client = createMockClient({ tab: { id: 5, windowId: 1, url: ARTICLE_URL }, tabState: articleState(), pageQuotes: ['We are very close.'] });
    render(<SidePanelApp client={client} />);
    const onPage = await screen.findByRole('region', { name: 'On this page' });
    expect(within(onPage).getByText('Karoline Leavitt')).toBeTruthy();
    fireEvent.click(within(onPage).getByRole('button', { name: 'We are very close.' }));
    expect(await screen.findByText('Shown in the page')).toBeTruthy();
    type('peace');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'On this page' })).toBeNull());
  });

  it('a new page starts from the first quotes again, whatever was shown in full on the last', async () => {
    const many = (url: string) => analysis({ url, quotes: Array.from({ length: 30 }, (_, i) => ({ text: `Point ${i} of the speech.`, speaker: 'Ada Speaker', role: null, block: i })) });
    const client = createMockClient({ tab: { id: 5, windowId: 1, url: ARTICLE_URL }, tabState: articleState(many(ARTICLE_URL)) });
    render(<SidePanelApp client={client} />);
    const onPage = await screen.findByRole('region', { name: 'On this page' });
    fireEvent.click(within(onPage).getByRole('button', { name: 'Show all 30 quotes by Ada Speaker' }));
    expect(within(onPage).getByText('Point 29 of the speech.')).toBeTruthy();
    client.data.tab = { id: 5, windowId: 1, url: OTHER_URL };
    client.changeTab(articleState(many(OTHER_URL)));
    await waitFor(() => expect(screen.getByRole('region', { name: 'On this page' }).querySelectorAll('.quotes li')).toHaveLength(FIRST_QUOTES));
    expect(screen.getByRole('button', { name: 'Show all 30 quotes by Ada Speaker' })).toBeTruthy();
  });

  it('says when nothing matches', async () => {
    render(<SidePanelApp client={createMockClient({ quotes: quotes() })} />);
    type('zebra');
    expect(await screen.findByText('No quotes match')).toBeTruthy();
  });

  it('searches a pending lookup given on open', async () => {
    const client = createMockClient({ quotes: quotes(), pendingLookup: 'ball court' });
    render(<SidePanelApp client={client} />);
    expect(await screen.findByText('The ball is now in their court.')).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Search quotes' }) as HTMLInputElement).value).toBe('ball court');
  });

  it('an open panel takes a new lookup as soon as the background announces it', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    await screen.findByText('Search every quote in the articles you have read.');
    client.announceLookup('ball court');
    expect(await screen.findByText('The ball is now in their court.')).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Search quotes' }) as HTMLInputElement).value).toBe('ball court');
  });

  it('a looked-up passage with the attribution around the quote still finds the quote', async () => {
    const client = createMockClient({ quotes: quotes(), pendingLookup: '“The ball is now in their court,” Tammy Bruce told reporters.' });
    render(<SidePanelApp client={client} />);
    expect(await screen.findByText('1 quote sharing most of these words')).toBeTruthy();
    expect(screen.getByText('The ball is now in their court.')).toBeTruthy();
    expect(client.calls.some((c) => c.method === 'similarQuotes')).toBe(true);
  });

  it('a short query that matches nothing says so, without loose matching', async () => {
    const client = createMockClient({ quotes: quotes() });
    render(<SidePanelApp client={client} />);
    type('court jester');
    expect(await screen.findByText('No quotes match')).toBeTruthy();
    expect(client.calls.some((c) => c.method === 'similarQuotes')).toBe(false);
  });

  it('renders quote text literally', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(<SidePanelApp client={createMockClient({ quotes: [hit(1, { text: `Said ${evil}`, speaker: evil, title: evil })] })} />);
    type('said');
    expect(await screen.findByText(`Said ${evil}`)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('side panel history', () => {
  it('pages, searches by title, deletes one and clears all after confirmation', async () => {
    const history = Array.from({ length: 25 }, (_, i) => visit(i + 1));
    const client = createMockClient({ history });
    render(<SidePanelApp client={client} />);
    fireEvent.click(screen.getByRole('button', { name: 'History' }));
    expect(await screen.findByText('25 articles')).toBeTruthy();
    expect(document.querySelectorAll('.history-item')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(document.querySelectorAll('.history-item')).toHaveLength(25));

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search history' }), { target: { value: 'number 12' } });
    expect(await screen.findByText('1 article')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Story number 12' }));
    expect(await screen.findByText('No saved article matches')).toBeTruthy();
    expect(client.data.history).toHaveLength(24);

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search history' }), { target: { value: '' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all history' }));
    expect(client.calls.some((c) => c.method === 'clearHistory')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear all' }));
    expect(await screen.findByText('Nothing saved yet')).toBeTruthy();
  });
});
