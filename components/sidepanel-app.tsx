// The side panel: quote lookup (with a speaker's page) and the reading history. Follows the active tab so that a
// hit from the page in front of the reader is revealed in place instead of opened again.
import { useEffect, useState } from 'preact/hooks';
import type { QuoteHit } from '../lib/model';
import type { QuotelensClient } from '../lib/client/types';
import { samePage } from '../lib/client/index';
import { useLoad } from './use-load';
import { QuoteLookup } from './quote-lookup';
import { SpeakerQuotes } from './speaker-quotes';
import { HistoryPanel } from './history-panel';
import { WhoSaidWhat } from './who-said-what';
import { NO_FILTERS, type LookupFilters } from './lookup-filters';
import { QUOTE_GONE } from './format';

type View = 'lookup' | 'history';

export function SidePanelApp({ client }: { client: QuotelensClient }) {
  const [view, setView] = useState<View>('lookup');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LookupFilters>(NO_FILTERS);
  const [speaker, setSpeaker] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [tabNonce, setTabNonce] = useState(0);
  useEffect(() => client.onTabChange(() => setTabNonce((n) => n + 1)), [client]);
  const tab = useLoad(() => client.currentTab(), [client, tabNonce]);
  const tabId = tab.data?.id ?? null;
  // The page in front of the reader, so an empty search box shows who said what there.
  const page = useLoad(
    () => (tabId === null ? Promise.resolve(null) : client.tabState(tabId).catch(() => null)),
    [client, tabId, tab.data?.url],
  );
  const analysis = page.data?.page?.analysis ?? null;

  // "Look up quote" from a page's context menu leaves its text with the background; the panel takes it when it
  // opens, when the background says a new one is waiting (the panel may already be open), and on focus.
  useEffect(() => {
    const take = () => {
      client.pendingLookup().then((text) => {
        if (!text) return;
        setView('lookup');
        setSpeaker(null);
        // The reader asks where this text was said: earlier filters would hide matches they did not think of.
        setFilters(NO_FILTERS);
        setQuery(text);
      }, () => {});
    };
    take();
    const stop = client.onLookupReady(take);
    window.addEventListener('focus', take);
    return () => {
      stop();
      window.removeEventListener('focus', take);
    };
  }, [client]);

  useEffect(() => setNote(null), [view, speaker]);

  const onCurrentPage = (hit: QuoteHit) => samePage(hit.url, tab.data?.url ?? null);
  async function reveal(text: string) {
    if (tabId === null) return;
    const found = await client.revealQuote(tabId, text).catch(() => false);
    setNote(found ? 'Shown in the page' : QUOTE_GONE);
  }

  async function open(hit: QuoteHit) {
    setNote(null);
    const t = tab.data;
    if (t && onCurrentPage(hit)) {
      await reveal(hit.text);
    } else {
      await client.openArticle(hit.url, hit.text);
    }
  }

  return (
    <div class="app panel">
      <header class="bar">
        <h1 class="brand">Quotelens</h1>
        <nav class="tabs" aria-label="Views">
          <button type="button" aria-pressed={view === 'lookup'} onClick={() => setView('lookup')}>Quotes</button>
          <button type="button" aria-pressed={view === 'history'} onClick={() => setView('history')}>History</button>
        </nav>
      </header>
      <main>
        {note && <p class="note" role="status">{note}</p>}
        {view === 'history' ? (
          <HistoryPanel client={client} />
        ) : speaker ? (
          <SpeakerQuotes client={client} speaker={speaker} onBack={() => setSpeaker(null)} onCurrentPage={onCurrentPage} onOpen={open} />
        ) : (
          <QuoteLookup client={client} query={query} onQuery={setQuery} filters={filters} onFilters={setFilters} onCurrentPage={onCurrentPage} onOpen={open} onSpeaker={setSpeaker}
            idle={analysis && analysis.quotes.length > 0 && (
              <section class="on-page" aria-label="On this page">
                <p class="meta">On this page: {analysis.title || analysis.url}</p>
                <WhoSaidWhat key={analysis.url} quotes={analysis.quotes} onReveal={(text) => void reveal(text)} />
              </section>
            )}
          />
        )}
      </main>
    </div>
  );
}
