// Stage one, run on every page: is this page ONE story? A score over general properties of story pages: one
// headline over a dense cluster of prose under one parent, with few links in it, a byline, a dateline, structured
// data or a dated story URL; against: many linked headlines (teaser cards), shop markup, code and docs navigation,
// many authors and posts (a forum), form fields, contact links and pagination. The score is the log-odds of
// gradient-boosted depth-2 trees fitted by scripts/fit-detect.ts (checked by cross-validation inside every corpus
// and corpus by corpus on held-out pages); the reasons are the features that moved it most on this page.
import type { Detection } from '../model';
import { LEARNING_RATE, TREES, type Tree } from './detect-model';
import { pageSignals, type PageSignals } from './detect-signals';
import type { PageElements } from './types';

// What the caller hands to detectArticle to keep the elements the analysis will read (the content script imports
// the detector alone).
export { newPageElements, type PageElements } from './types';

// schema.org types of one story, and of pages that are not one story.
const LD_ARTICLE = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle', 'Report', 'LiveBlogPosting', 'ReviewNewsArticle', 'BackgroundNewsArticle', 'SatiricalArticle']);
const LD_OTHER = new Set(['Product', 'ItemList', 'CollectionPage', 'QAPage', 'DiscussionForumPosting', 'FAQPage', 'SearchResultsPage', 'Offer', 'AggregateOffer', 'SoftwareApplication', 'Course', 'Event', 'Recipe', 'Service', 'ProfilePage', 'TechArticle', 'APIReference', 'Question']);

// Folder names that web sites in general give to stories, to documentation, to forums, to shops and services.
const STORY_FOLDERS = new Set(['news', 'article', 'articles', 'story', 'stories', 'blog', 'blogs', 'post', 'posts', 'opinion', 'politics', 'world', 'business', 'sport', 'sports', 'nachrichten', 'actualite', 'actualites', 'noticias', 'notizie']);
const DOCS_FOLDERS = new Set(['docs', 'doc', 'documentation', 'manual', 'reference', 'api', 'wiki', 'help', 'guides', 'tutorial', 'tutorials', 'handbook', 'kb', 'knowledge-base', 'support']);
const FORUM_FOLDERS = new Set(['forum', 'forums', 'threads', 'thread', 'questions', 'topic', 'topics', 'discussion', 'discussions', 'community', 'board', 'boards', 'answers']);
const SHOP_FOLDERS = new Set(['product', 'products', 'shop', 'store', 'item', 'items', 'services', 'service', 'collections', 'collection', 'category', 'categories', 'catalog', 'tag', 'tags', 'search']);

const log1p = (x: number) => Math.log1p(Math.max(0, x));

/** The detector's inputs, by name: each a general property of a page, scaled to about 0..5. */
export function features(s: PageSignals): Record<string, number> {
  const story = s.clusterChars;
  const urlWords = [...s.folders, ...s.hostLabels];
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
    'story folder in URL': +urlWords.some((f) => STORY_FOLDERS.has(f)),
    'docs folder in URL': +urlWords.some((f) => DOCS_FOLDERS.has(f)),
    'forum folder in URL': +urlWords.some((f) => FORUM_FOLDERS.has(f) || f.includes('forum')),
    'shop or service folder in URL': +urlWords.some((f) => SHOP_FOLDERS.has(f)),
    'dateline by the headline': +s.headerDate,
    'byline by the headline': +s.headerBy,
    'og:type=video': +s.ogType.startsWith('video'),
    'superscripts': log1p(s.sups / 3),
    'post or reply markup': log1p(s.postMarks / 3),
    'vote markup': log1p(s.voteMarks / 3),
    'card markup': log1p(s.cardMarks / 3),
    'phone and mail links': log1p(s.contactLinks),
    'nested lists': log1p(s.nestedLists),
    'buttons': log1p(s.buttons),
    'share bar': +(s.shareMarks > 0),
    'comments': +(s.commentMarks > 0),
    'prose to read': log1p(s.prose / 10),
    'text under one grandparent': log1p(s.clusterChars2 / 100),
  };
}

export const featureVector = (s: PageSignals) => Object.values(features(s));
/** Below this much text in one place there is no story to read, whatever the metadata says. */
const MIN_STORY_CHARS = 250;
/** Whether the page has that much text in one place: under one parent, or in one box of one-paragraph boxes. */
export const enoughStory = (s: PageSignals) => s.boxChars >= MIN_STORY_CHARS;

/**
 * Score of the fitted trees on one feature vector, with each feature's share of it: a tree's leaf value shared
 * equally by the features its path tested.
 */
function evaluate(x: number[]): { score: number; parts: number[] } {
  const parts = new Array<number>(x.length).fill(0);
  let score = 0;
  const path: number[] = [];
  for (const tree of TREES) {
    let t: Tree = tree;
    path.length = 0;
    while (typeof t !== 'number') {
      path.push(t[0]);
      t = x[t[0]]! <= t[1] ? t[2] : t[3];
    }
    score += LEARNING_RATE * t;
    for (const f of path) parts[f]! += (LEARNING_RATE * t) / path.length;
  }
  return { score, parts };
}

/** `found`, when given, receives elements the analysis of this page reads (see PageElements). */
export function detectArticle(doc: Document, found?: PageElements): Detection {
  const s = pageSignals(doc, found);
  const named = features(s);
  const names = Object.keys(named), x = Object.values(named);
  const { score, parts } = evaluate(x);
  // "feature = value +contribution": what the page has, and how far that moved the score.
  const reasons = parts
    .map((c, i) => [i, c] as const)
    .filter(([, c]) => Math.abs(c) >= 0.05)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 5)
    .map(([i, c]) => `${names[i]} = ${Number(x[i]!.toFixed(2))} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`);
  let isArticle = score >= 0;
  if (isArticle && !enoughStory(s)) { isArticle = false; reasons.push(`only ${s.boxChars} characters of text together`); }
  if (!reasons.length) reasons.push('no signal either way');
  return { isArticle, score: Math.round(score * 100) / 100, reasons };
}
