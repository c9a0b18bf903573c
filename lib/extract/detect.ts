// Stage one, run on every page: is this page ONE story? A linear score over general properties of story pages:
// one headline over a dense cluster of prose under one parent, with few links in it, a byline, structured data or a
// dated story URL; against: many linked headlines (teaser cards), shop markup, code and docs navigation, many
// authors (a forum), form fields and pagination. Weights are fitted by logistic regression (scripts/fit-detect.ts,
// checked corpus by corpus on held-out pages) and rounded; the score is the log-odds.
import type { Detection } from '../model';
import { pageSignals, type PageSignals } from './detect-signals';

// schema.org types of one story, and of pages that are not one story.
const LD_ARTICLE = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle', 'Report', 'LiveBlogPosting', 'ReviewNewsArticle', 'BackgroundNewsArticle', 'SatiricalArticle']);
const LD_OTHER = new Set(['Product', 'ItemList', 'CollectionPage', 'QAPage', 'DiscussionForumPosting', 'FAQPage', 'SearchResultsPage', 'Offer', 'AggregateOffer', 'SoftwareApplication', 'Course', 'Event', 'Recipe', 'Service', 'ProfilePage', 'TechArticle', 'APIReference', 'Question']);

const log1p = (x: number) => Math.log1p(Math.max(0, x));

/** The detector's inputs, by name: each a general property of a page, scaled to about 0..5. */
export function features(s: PageSignals): Record<string, number> {
  const story = s.clusterChars;
  return {
    'JSON-LD article': +s.ldTypes.some((t) => LD_ARTICLE.has(t)),
    'JSON-LD non-article type': +s.ldTypes.some((t) => LD_OTHER.has(t)),
    'og:type=article': +(s.ogType === 'article'),
    'og:type=website': +(s.ogType === 'website'),
    'og:type=product': +(s.ogType === 'product'),
    'byline markup': +s.byline,
    'publication date': +s.dated,
    'long text blocks under one parent': log1p(s.cluster),
    'text under one parent': log1p(story / 100),
    'share of the page text in one place': s.blockChars ? story / s.blockChars : 0,
    'link text in the story text': story ? s.clusterLinkChars / story : 0,
    'home-page URL': +(s.pathDepth === 0),
    'sentence-like URL slug': Math.min(s.slugWords, 8) / 8,
    'date in URL': +s.dateInPath,
    'code blocks': log1p(s.pre),
    'inline code': log1p(s.code / 5),
    'price markup': +s.price,
    'shop markup': log1p(s.shop / 3),
    'many <time> elements': log1p(s.times),
    'many links': log1p(s.links / 10),
    'links per 1000 characters of story': log1p((1000 * s.links) / (story + 500)),
    'navigation links': s.links ? s.navLinks / s.links : 0,
    'linked headlines': log1p(s.linkedHeads),
    'many subheads': log1p(s.subheads),
    'form fields': log1p(s.inputs),
    'many list items': log1p(s.listItems / 10),
    'author markup': log1p(s.authors),
    'many authors': log1p(s.authors - 4),
    'tables': log1p(s.tables),
    'several <article> elements': log1p(s.articles - 1),
    'no or several <h1>': +(s.h1 !== 1),
    'pagination': +s.paging,
    'sentence-like headline': Math.min(s.h1Words, 12) / 12,
  };
}

// Fitted by scripts/fit-detect.ts on wcxb + pages2 + readability (see there for the held-out figures).
export const WEIGHTS: Record<string, number> = {
  'JSON-LD article': 3.07,
  'JSON-LD non-article type': -1.74,
  'og:type=article': 1.05,
  'og:type=website': -0.69,
  'og:type=product': -3.29,
  'byline markup': 0.81,
  'publication date': -0.11,
  'long text blocks under one parent': 0.92,
  'text under one parent': 0.65,
  'share of the page text in one place': 0.63,
  'link text in the story text': -5.25,
  'home-page URL': -1.57,
  'sentence-like URL slug': 2.01,
  'date in URL': 2.47,
  'code blocks': -0.13,
  'inline code': -1.51,
  'price markup': -2.53,
  'shop markup': -0.78,
  'many <time> elements': -0.12,
  'many links': 0.25,
  'links per 1000 characters of story': -0.33,
  'navigation links': -0.75,
  'linked headlines': -0.07,
  'many subheads': -0.26,
  'form fields': -0.49,
  'many list items': -0.31,
  'author markup': 0.83,
  'many authors': -1.16,
  'tables': -0.52,
  'several <article> elements': -0.08,
  'no or several <h1>': -0.04,
  'pagination': 0.09,
  'sentence-like headline': 1.62,
};
export const BIAS = -1.32;
/** Below this much text in one place there is no story to read, whatever the metadata says. */
const MIN_STORY_CHARS = 250;

export function detectArticle(doc: Document): Detection {
  const s = pageSignals(doc);
  let score = BIAS;
  const parts: [string, number][] = [];
  for (const [name, v] of Object.entries(features(s))) {
    const w = WEIGHTS[name] ?? 0;
    if (!v || !w) continue;
    score += w * v;
    parts.push([name, w * v]);
  }
  parts.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const reasons = parts.slice(0, 5).map(([n, c]) => `${n} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`);
  let isArticle = score >= 0;
  if (isArticle && s.clusterChars < MIN_STORY_CHARS) { isArticle = false; reasons.push(`only ${s.clusterChars} characters of text together`); }
  if (!reasons.length) reasons.push('no signal either way');
  return { isArticle, score: Math.round(score * 100) / 100, reasons };
}
