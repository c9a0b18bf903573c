// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PopupApp } from '@/components/popup-app';
import { FIRST_QUOTES, FIRST_SPEAKERS } from '@/components/who-said-what';
import { createMockClient } from '@/lib/client/mock';
import { analysis, articleState, skippedState, visit } from './fixtures';

afterEach(cleanup);

describe('popup', () => {
  it('shows the title, the publisher key points labelled as theirs, and speakers grouped with role and count', async () => {
    render(<PopupApp client={createMockClient({ tabState: articleState() })} />);
    expect(await screen.findByRole('heading', { name: 'Leaders confirm call on ceasefire' })).toBeTruthy();
    const summary = screen.getByRole('heading', { name: /key points/i });
    expect(summary.textContent).toMatch(/from the publisher/);
    const points = screen.getByText('Talks: the two sides discuss a truce.').closest('ul')!;
    expect(within(points).getAllByRole('listitem')).toHaveLength(2);

    const speakers = screen.getByText('Karoline Leavitt').closest('li')!;
    expect(within(speakers).getByText('White House press secretary')).toBeTruthy();
    expect(within(speakers).getByText('2 quotes')).toBeTruthy();
    expect(within(speakers).getByText('We are very close.')).toBeTruthy();
    const names = [...document.querySelectorAll('.speaker-name')].map((n) => n.textContent);
    expect(names).toEqual(['Karoline Leavitt', 'Tammy Bruce', 'Unattributed']);
  });

  it('labels extractive sentences as taken from the article', async () => {
    const a = analysis({ keyPoints: [], summary: ['First sentence.', 'Second sentence.'], summarySource: 'extractive' });
    render(<PopupApp client={createMockClient({ tabState: articleState(a) })} />);
    const h = await screen.findByRole('heading', { name: /summary/i });
    expect(h.textContent).toMatch(/sentences from the article/);
    expect(screen.queryByText(/from the publisher/)).toBeNull();
  });

  it('says so when an article has no quotes', async () => {
    render(<PopupApp client={createMockClient({ tabState: articleState(analysis({ quotes: [] })) })} />);
    expect(await screen.findByText('No quotes found')).toBeTruthy();
  });

  it('lists the first speakers and quotes of a page with thousands, and the rest on request', async () => {
    // 3000 quotes: 2950 by one speaker, then 50 speakers with one each.
    const quotes = [
      ...Array.from({ length: 2950 }, (_, i) => ({ text: `Point number ${i} of the speech.`, speaker: 'Ada Speaker', role: 'Mayor', block: i })),
      ...Array.from({ length: 50 }, (_, i) => ({ text: `Reaction ${i} to the speech.`, speaker: `Person ${i}`, role: null, block: 3000 + i })),
    ];
    render(<PopupApp client={createMockClient({ tabState: articleState(analysis({ quotes })) })} />);
    const ada = (await screen.findByText('Ada Speaker')).closest('li')!;
    expect(within(ada).getByText('2950 quotes')).toBeTruthy();
    expect(within(ada).getAllByRole('listitem')).toHaveLength(FIRST_QUOTES);
    expect(document.querySelectorAll('.speaker')).toHaveLength(FIRST_SPEAKERS);
    expect(screen.queryByText('Person 45')).toBeNull();

    fireEvent.click(within(ada).getByRole('button', { name: 'Show all 2950 quotes by Ada Speaker' }));
    expect(within(ada).getAllByRole('listitem')).toHaveLength(2950);
    expect(within(ada).getByText('Point number 2949 of the speech.')).toBeTruthy();
    expect(within(ada).queryByRole('button', { name: /Show all/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: `Show ${51 - FIRST_SPEAKERS} more speakers` }));
    expect(document.querySelectorAll('.speaker')).toHaveLength(51);
    expect(screen.getByText('Person 49')).toBeTruthy();
  });

  it('offers "analyse anyway" on a non-article and shows the result', async () => {
    const client = createMockClient({ tab: { id: 7, windowId: 1, url: 'https://news.example/' }, tabState: skippedState(), analysed: articleState() });
    render(<PopupApp client={client} />);
    expect(await screen.findByText('Not a news article')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page anyway' }));
    expect(await screen.findByRole('heading', { name: 'Leaders confirm call on ceasefire' })).toBeTruthy();
    expect(client.calls.find((c) => c.method === 'analyseTab')?.args).toEqual([7]);
  });

  it('says when the tab cannot be read, and when nothing is saved', async () => {
    render(<PopupApp client={createMockClient({ tabState: { status: 'unavailable', page: null } })} />);
    expect(await screen.findByText("Quotelens can't read this page")).toBeTruthy();
    expect(await screen.findByText('Nothing saved yet')).toBeTruthy();
  });

  it('asks for a reload when a web page has no answer (a tab opened before install)', async () => {
    render(<PopupApp client={createMockClient({ tab: { id: 4, windowId: 1, url: 'https://news.example/story' }, tabState: { status: 'unavailable', page: null } })} />);
    expect(await screen.findByText('Reload the page to let Quotelens read it.')).toBeTruthy();
  });

  it('lists recent articles newest first and opens one', async () => {
    const client = createMockClient({ tabState: articleState(), history: [visit(1), visit(3), visit(2)] });
    render(<PopupApp client={client} />);
    const recent = (await screen.findByRole('heading', { name: 'Recent articles' })).closest('section')!;
    await waitFor(() => expect(within(recent).getAllByRole('listitem')).toHaveLength(3));
    const titles = within(recent).getAllByRole('button').map((b) => b.textContent);
    expect(titles).toEqual(['Story number 3', 'Story number 2', 'Story number 1']);
    fireEvent.click(within(recent).getByRole('button', { name: 'Story number 2' }));
    expect(client.calls.at(-1)).toEqual({ method: 'openArticle', args: ['https://site2.example/story-2', undefined] });
  });

  it('opens quote lookup for the current tab and reveals a clicked quote in the page', async () => {
    const tab = { id: 4, windowId: 9, url: 'https://news.example/world/ceasefire-call' };
    const client = createMockClient({ tab, tabState: articleState(), pageQuotes: ['The ball is now in their court.'] });
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: /The ball is now in their court/ }));
    await waitFor(() => expect(client.calls.some((c) => c.method === 'revealQuote')).toBe(true));
    expect(client.calls.find((c) => c.method === 'revealQuote')?.args).toEqual([4, 'The ball is now in their court.']);
    fireEvent.click(screen.getByRole('button', { name: 'Open quote lookup' }));
    expect(client.calls.at(-1)).toEqual({ method: 'openSidePanel', args: [tab] });
  });

  it('renders page text as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const a = analysis({ title: `Title ${evil}`, summary: [evil], quotes: [{ text: evil, speaker: `<b>${evil}</b>`, role: evil, block: 0 }] });
    const { container } = render(<PopupApp client={createMockClient({ tabState: articleState(a) })} />);
    await screen.findByRole('heading', { name: `Title ${evil}` });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.current b')).toBeNull();
    expect(screen.getByText(evil, { selector: 'q' })).toBeTruthy();
  });
});
