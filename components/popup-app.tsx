// The toolbar popup: what this page is and who said what in it, the way into quote lookup, and recent reading.
import { useState } from 'preact/hooks';
import type { QuotelensClient, TabRef, TabState } from '../lib/client/types';
import { useLoad } from './use-load';
import { ArticleSummary } from './article-summary';
import { WhoSaidWhat } from './who-said-what';
import { HistoryItems } from './history-items';
import { errorText, QUOTE_GONE } from './format';

const RECENT = 5;

export function PopupApp({ client }: { client: QuotelensClient }) {
  const [override, setOverride] = useState<TabState | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const current = useLoad(async () => {
    const tab = await client.currentTab();
    return { tab, state: tab ? await client.tabState(tab.id) : null };
  }, [client]);
  const recent = useLoad(() => client.listHistory({ offset: 0, limit: RECENT }), [client, override]);

  const tab = current.data?.tab ?? null;
  const state = override ?? current.data?.state ?? null;

  async function analyseAnyway(t: TabRef) {
    setBusy(true);
    setNote(null);
    try {
      setOverride(await client.analyseTab(t.id));
    } catch (e) {
      setNote(`Could not analyse this page: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function reveal(text: string) {
    if (!tab) return;
    const found = await client.revealQuote(tab.id, text).catch(() => false);
    setNote(found ? null : QUOTE_GONE);
  }

  return (
    <div class="app popup">
      <header class="bar">
        <h1 class="brand">Quotelens</h1>
        <button type="button" class="primary" onClick={() => void client.openSidePanel(tab)}>Open quote lookup</button>
      </header>
      <main>
        <CurrentPage
          loading={current.status === 'loading' && !current.data}
          failed={current.status === 'error'}
          tab={tab}
          state={state}
          busy={busy}
          onAnalyse={analyseAnyway}
          onReveal={reveal}
        />
        {note && <p class="note" role="status">{note}</p>}
        <section class="recent" aria-labelledby="recent-h">
          <h2 id="recent-h">Recent articles</h2>
          {recent.status === 'error' && <p class="empty">History is unavailable: {recent.error}</p>}
          {recent.data && recent.data.items.length === 0 && <p class="empty">Nothing saved yet</p>}
          {recent.data && recent.data.items.length > 0 && (
            <HistoryItems items={recent.data.items} onOpen={(url) => void client.openArticle(url)} />
          )}
        </section>
      </main>
    </div>
  );
}

interface CurrentProps {
  loading: boolean;
  failed: boolean;
  tab: TabRef | null;
  state: TabState | null;
  busy: boolean;
  onAnalyse: (tab: TabRef) => void;
  onReveal: (text: string) => void;
}

function CurrentPage({ loading, failed, tab, state, busy, onAnalyse, onReveal }: CurrentProps) {
  if (loading) return <p class="empty" role="status">Reading this page…</p>;
  if (failed || !tab || !state || state.status === 'unavailable' || !state.page) {
    return (
      <section class="current" aria-label="This page">
        <p class="empty">Quotelens can't read this page</p>
        {tab?.url && /^https?:/.test(tab.url) ? (
          // A web page without an answer: most often a tab opened before Quotelens was installed or updated.
          <p class="hint">Reload the page to let Quotelens read it.</p>
        ) : (
          <p class="hint">Browser pages, extension stores and pages still loading are out of reach.</p>
        )}
      </section>
    );
  }
  const { analysis } = state.page;
  if (!analysis) {
    return (
      <section class="current" aria-label="This page">
        <p class="empty">Not a news article</p>
        <button type="button" disabled={busy} onClick={() => onAnalyse(tab)}>
          {busy ? 'Analysing…' : 'Analyse this page anyway'}
        </button>
      </section>
    );
  }
  return (
    <section class="current" aria-label="This page">
      <ArticleSummary analysis={analysis} />
      <WhoSaidWhat key={analysis.url} quotes={analysis.quotes} onReveal={onReveal} />
    </section>
  );
}
