// Stage one, run on every page: is this page one news article? Cheap signals only (no layout, no full walk).
// A linear score over general properties of story pages: structured data saying Article, a dated story URL with a
// sentence-like slug and headline, several long paragraphs under one parent; against: shop, listing, forum and
// documentation markers (prices, many links and form fields, code blocks, a bare home-page URL). The weights were
// fitted by logistic regression on the development pages and rounded; the score is its log-odds.
import type { Detection } from '../model';
import { pageSignals, type PageSignals } from './detect-signals';

// schema.org types of one story, and of pages that are not one story.
const LD_ARTICLE = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle', 'Report', 'LiveBlogPosting', 'ReviewNewsArticle', 'BackgroundNewsArticle', 'SatiricalArticle']);
const LD_OTHER = new Set(['Product', 'ItemList', 'CollectionPage', 'QAPage', 'DiscussionForumPosting', 'FAQPage', 'SearchResultsPage', 'Offer', 'AggregateOffer', 'SoftwareApplication', 'Course', 'Event', 'Recipe', 'Service', 'ProfilePage', 'TechArticle', 'APIReference', 'Question']);

const log1p = (x: number) => Math.log1p(Math.max(0, x));

/** [name, weight, value]: the value of each signal for this page. */
function terms(s: PageSignals): [string, number, number][] {
  const ld = new Set(s.ldTypes);
  const has = (set: Set<string>) => [...ld].some((t) => set.has(t));
  return [
    ['JSON-LD article', 2.06, +has(LD_ARTICLE)],
    ['JSON-LD non-article type', -1.87, +has(LD_OTHER)],
    ['og:type=article', 0.69, +(s.ogType === 'article')],
    ['og:type=website', -1.11, +(s.ogType === 'website')],
    ['og:type=product', -2.08, +(s.ogType === 'product')],
    ['byline markup', 1.15, +s.byline],
    ['long paragraphs under one parent', 0.69, log1p(s.cluster)],
    ['paragraph text under one parent', 0.5, log1p(s.clusterChars / 100)],
    ['home-page URL', -2.87, +(s.pathDepth === 0)],
    ['sentence-like URL slug', 1.58, Math.min(s.slugWords, 8) / 8],
    ['date in URL', 1.53, +s.dateInPath],
    ['code blocks', -0.77, log1p(s.pre)],
    ['price markup', -2.22, +s.price],
    ['many <time> elements', -0.32, log1p(s.times)],
    ['many links', -0.48, log1p(s.links / 10)],
    ['many subheads', -0.17, log1p(s.subheads)],
    ['form fields', -0.48, log1p(s.inputs)],
    ['many list items', -0.14, log1p(s.listItems / 10)],
    ['sentence-like headline', 1.27, Math.min(s.h1Words, 12) / 12],
  ];
}

const BIAS = 0;
/** Below this much paragraph text in one place there is no story to read, whatever the metadata says. */
const MIN_STORY_CHARS = 250;

export function detectArticle(doc: Document): Detection {
  const s = pageSignals(doc);
  let score = BIAS;
  const parts: [string, number][] = [];
  for (const [name, w, v] of terms(s)) {
    if (!v) continue;
    score += w * v;
    parts.push([name, w * v]);
  }
  parts.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const reasons = parts.slice(0, 5).map(([n, c]) => `${n} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`);
  let isArticle = score >= 0;
  if (isArticle && s.clusterChars < MIN_STORY_CHARS) { isArticle = false; reasons.push(`only ${s.clusterChars} characters of paragraph text together`); }
  return { isArticle, score: Math.round(score * 100) / 100, reasons };
}
