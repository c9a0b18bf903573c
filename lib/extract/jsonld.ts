// The story's own JSON-LD object (Article and its subtypes), from plain objects, arrays and @graph lists.
const ARTICLE_TYPE = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;
const CDATA = /^\s*<!\[CDATA\[|\]\]>\s*$/g;

export interface LdArticle {
  name?: string;
  headline?: string;
  author?: string;
  /** Every author is an organisation (often the publisher itself), not a person. */
  authorIsOrg?: boolean;
  /** The schema's creator, a weaker claim than author (often a CMS user name). */
  creator?: string;
  publisher?: string;
  datePublished?: string;
  dateCreated?: string;
  inLanguage?: string;
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);

function typeMatches(o: Json, re: RegExp): boolean {
  const t = o['@type'];
  return typeof t === 'string' ? re.test(t) : Array.isArray(t) && t.some((x) => typeof x === 'string' && re.test(x));
}

function nameOf(x: unknown): string | undefined {
  if (typeof x === 'string') return str(x);
  if (isObj(x)) return str(x.name);
  return undefined;
}

const ORG_TYPE = /^(?:Organization|NewsMediaOrganization|Corporation|EducationalOrganization|GovernmentOrganization|NGO|OnlineBusiness|LocalBusiness)$/;

function isOrgs(x: unknown): boolean {
  const list = Array.isArray(x) ? x : [x];
  return list.length > 0 && list.every((a) => isObj(a) && typeMatches(a, ORG_TYPE));
}

function authors(x: unknown): string | undefined {
  const list = Array.isArray(x) ? x : [x];
  const names = list.map(nameOf).filter((n): n is string => Boolean(n) && !/^https?:\/\//.test(n!));
  return names.length ? names.join(', ') : undefined;
}

/** The first article object in page order, looking into arrays and @graph lists; `scripts`: the page's <script>s. */
export function readJsonLd(scripts: ArrayLike<Element>): LdArticle | null {
  const found: Json[] = [];
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    if (s.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let parsed: unknown;
    try { parsed = JSON.parse((s.textContent ?? '').replace(CDATA, '')); } catch { continue; }
    const queue: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    for (const item of queue) {
      if (!isObj(item)) continue;
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      if (typeMatches(item, ARTICLE_TYPE)) found.push(item);
    }
  }
  const best = found[0];
  if (!best) return null;
  const publisher = isObj(best.publisher) ? nameOf(best.publisher) : Array.isArray(best.publisher) ? nameOf(best.publisher[0]) : undefined;
  return {
    name: str(best.name), headline: str(best.headline), author: authors(best.author), authorIsOrg: isOrgs(best.author), creator: authors(best.creator), publisher,
    datePublished: str(best.datePublished), dateCreated: str(best.dateCreated), inLanguage: str(best.inLanguage),
  };
}
