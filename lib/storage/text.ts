// Index terms: the folded words (lib/model/fold) of what is saved, less the function words no search narrows by.
import { fold, speakerKey, words } from '../model/fold';
import { siteHost } from '../model/url';

export { fold, speakerKey, words };

/**
 * Function words of the languages the extractor reads most (English, French, Spanish, German). They sit in almost
 * every quote, so indexing them would multiply the term index by two while never narrowing a search.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'do', 'for', 'from', 'had', 'has', 'have', 'he',
  'her', 'his', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'me', 'my', 'no', 'not', 'of', 'on', 'or', 'our', 's',
  'she', 'so', 't', 'that', 'the', 'their', 'them', 'there', 'they', 'this', 'to', 'us', 'was', 'we', 'were', 'what',
  'which', 'who', 'will', 'with', 'would', 'you', 'your',
  // French
  'au', 'aux', 'ce', 'ces', 'd', 'dans', 'de', 'des', 'du', 'en', 'est', 'et', 'il', 'ils', 'j', 'je', 'l', 'la', 'le',
  'les', 'leur', 'm', 'mais', 'n', 'ne', 'nous', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 'se', 'sur', 'un',
  'une', 'vous',
  // Spanish
  'el', 'ella', 'es', 'lo', 'los', 'las', 'para', 'por', 'una', 'y',
  // German
  'das', 'der', 'die', 'ein', 'eine', 'ich', 'ist', 'mit', 'nicht', 'sie', 'und', 'zu',
]);

/** The distinct index terms of some texts: folded words minus function words. */
export function termsOf(...texts: ReadonlyArray<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (!STOPWORDS.has(w)) out.add(w);
  return [...out];
}

/** What a visit is found by: title, site name and host. Changing it needs a migration that re-derives terms. */
export function visitTerms(title: string | null, siteName: string | null, url: string): string[] {
  return termsOf(title, siteName, siteHost(url));
}
