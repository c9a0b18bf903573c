import type { PageAnalysis } from '../lib/model';
import { formatDate, metaLine, siteOf } from './format';

/** Title, source line and summary of one analysed page. The publisher's key points are labelled as theirs. */
export function ArticleSummary({ analysis }: { analysis: PageAnalysis }) {
  const { title, url, siteName, published, byline, summary, summarySource } = analysis;
  const fromPublisher = summarySource === 'key-points';
  return (
    <article class="article" aria-labelledby="article-title">
      <h2 id="article-title" class="article-title">{title || url}</h2>
      <p class="meta">{metaLine(siteOf(siteName, url), formatDate(published), byline)}</p>
      {summary.length > 0 && (
        <section class="summary" aria-labelledby="summary-h">
          <h3 id="summary-h">
            {fromPublisher ? 'Key points' : 'Summary'}{' '}
            <span class="source-note">{fromPublisher ? 'from the publisher' : 'sentences from the article'}</span>
          </h3>
          <ul class="summary-list">
            {summary.map((s, i) => <li key={i}>{s}</li>)}
          </ul>
        </section>
      )}
    </article>
  );
}
