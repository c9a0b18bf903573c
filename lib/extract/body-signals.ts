// Shared signals for finding the story: which markup is page furniture, how a container's class/id reads.
import { classOf, isHidden } from './text';

/** Never story text: scripts, navigation, forms, embedded media and their captions. */
export const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'button', 'select', 'textarea', 'input', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio', 'figure', 'figcaption', 'picture', 'img', 'menu', 'dialog', 'link', 'meta', 'head', 'title']);

/** ARIA roles of page furniture around a story. */
const SKIP_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'dialog', 'alertdialog', 'search', 'toolbar', 'tablist', 'alert', 'status']);

// Class/id words of furniture around a story, as Readability lists them; a wrapper whose name also reads as the story's
// container ("main-header-and-content") is kept (MAYBE).
export const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const ADS = /(^|[\s_-])(ads?|advert\w*|ad-slot|ad-container|ad-wrapper)([\s_-]|$)/i;
export const MAYBE = /and|article|body|column|content|main|shadow/i;
// Furniture that sits inside the story's own container on news sites in general (share bars, newsletter boxes,
// related-link teasers, captions, bylines, ads): no wrapper name rescues these.
export const FURNITURE = /(^|[\s_-])(share|sharing|social|newsletter|subscribe|subscription|signup|promo|promotion|related|recommend\w*|outbrain|taboola|comments?|cookie|consent|byline|caption|credits?|dateline|timestamp|author-bio|breadcrumbs?|tags|toolbar|more-stories|also-read|see-also|most-popular|trending|sponsored|disclaimer|print)([\s_-]|$)/i;
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe/i;

export function classAndId(el: Element): string {
  return `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
}

const HAS_CAMEL = /[a-z0-9][A-Z]/;
const LAST_HUMP = /[a-z0-9]([A-Z][a-z0-9]*)$/;
const HUMP_BEFORE = /[A-Z]?[a-z0-9]*$/;
/** "noAds", "hasAds", "withComments": the name says what the box is not, or what it holds. */
const NOT_WHAT = new Set(['no', 'non', 'not', 'has', 'with', 'without', 'is']);

/**
 * A class name in camelCase or PascalCase names the box by its last word ("DfpAd-adCaption" is a caption,
 * "ArticlePage-bottomByline" a byline), as hyphenated names do. Those last words are added to the name for the names
 * matched as whole words; the first words of such a name say whose box it is ("printArea", "adFree": not furniture).
 */
function wordsOfName(ci: string): string {
  if (!HAS_CAMEL.test(ci)) return ci;
  let out = ci;
  for (const token of ci.split(/[\s_-]+/)) {
    const hump = LAST_HUMP.exec(token)?.[1];
    if (!hump) continue;
    const before = HUMP_BEFORE.exec(token.slice(0, token.length - hump.length))![0].toLowerCase();
    if (!NOT_WHAT.has(before)) out += ` ${hump}`;
  }
  return out;
}

/** Furniture to leave out entirely, judged from the element alone (`tag`: its localName, when the caller has it). */
export function isFurniture(el: Element, strict: boolean, tag: string = el.localName): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  // Every test below reads an attribute; most elements of a page carry none.
  if (!el.hasAttributes()) return tag === 'form' && fewParagraphs(el);
  if (isHidden(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  // Some sites wrap the whole page in one <form>; a real form holds fields, not paragraphs.
  if (tag === 'form') return fewParagraphs(el);
  if (!strict || tag === 'body' || tag === 'article' || tag === 'main' || tag === 'p' || tag === 'html') return false;
  const ci = classAndId(el);
  if (ci.length < 2) return false;
  const words = wordsOfName(ci);
  if (FURNITURE.test(words)) return !MAYBE.test(ci) || fewParagraphs(el);
  // Weaker names are trusted only on small elements: some pages wrap the whole story in an "ad-margins" box.
  if ((UNLIKELY.test(ci) && !MAYBE.test(ci)) || ADS.test(words)) return fewParagraphs(el);
  return false;
}

/** Paragraphs that make a furniture-named element a story's container after all. */
const STORY_PARAGRAPHS = 5;

/**
 * Fewer than STORY_PARAGRAPHS <p> elements under el, counted as a selector query counts them (a <template>'s contents
 * are not part of the page) and no further than that: some DOMs (linkedom) compile a selector on every call and list
 * every match.
 */
function fewParagraphs(el: Element): boolean {
  let n = 0;
  const count = (parent: Element): boolean => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.localName;
      if (tag === 'p' && ++n >= STORY_PARAGRAPHS) return true;
      if (tag !== 'template' && c.firstElementChild && count(c)) return true;
    }
    return false;
  };
  return !count(el);
}

/** Readability-style weight of a container's class and id: story wrappers up, furniture down. */
export function classWeight(el: Element): number {
  let w = 0;
  for (const s of [classOf(el), el.getAttribute('id')]) {
    if (!s) continue;
    if (NEGATIVE.test(s)) w -= 25;
    if (POSITIVE.test(s)) w += 25;
  }
  return w;
}
