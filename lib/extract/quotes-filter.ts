// Which quoted spans are someone's words: not scare quotes, titles of works, nicknames or one-word labels.
import { NAMING_CUES } from './lexicon';
import type { Span } from './quotes-spans';
import type { Attribution } from './speakers';

import { hasWordChar, startsUpper, wordsJoined } from './words';

/** Hyphenated and elided words count once ("mother-in-law", "don’t"). */
const JOINERS = "’'-";

export function wordCount(s: string): number {
  return wordsJoined(s, JOINERS).length;
}

/** Scripts without spaces between words: count characters instead (three words ≈ four characters). */
const NO_SPACE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Capitalised Words Throughout with no sentence punctuation: the name of a song, a film, a book or a show. */
function looksLikeTitle(text: string): boolean {
  // American style puts the sentence's full stop inside the marks ("on “Dancing with the Stars.”"): ignore one.
  const t = text.replace(/[.,]$/, '');
  if (/[.!?,;:]/.test(t)) return false;
  const ws = wordsJoined(t, JOINERS);
  if (ws.length < 2) return false;
  return ws.every((w, i) => startsUpper(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** Lowercase words a title keeps between its capitalised words ("Dancing with the Stars"). */
const TITLE_SMALL_WORDS = new Set('a an the and or nor but of in on at to for by with from into over upon as vs de la le du des el y'.split(' '));

/** Nouns a quoted phrase can modify as a label ("the “one country, two systems” formula", "“save the students” marches"). */
const LABEL_HEAD = /^\s*(?:formula|principle|policy|doctrine|slogan|slogans|campaign|movement|marches|march|rally|rallies|protest|protests|sign|signs|banner|banners|chant|chants|hashtag|motto|mantra|label|brand|strategy|model|framework|initiative|agenda|era|tour|programme|program)\b/i;

/** How much text around a quote the cues are looked for in: far more than the longest cue. */
const AROUND = 200;

export function rejectReason(
  text: string,
  span: Span,
  info: { block: { text: string }; masked: string },
  att: Attribution | null,
  _lang: string | null,
): string | null {
  if (!hasWordChar(text)) return 'no words inside the marks';
  if (span.mark === 'block' || span.mark === '—') return null;
  // The words right before and after the marks (the tests below read no further): a paragraph of a thousand quotes
  // is not copied and searched once for each.
  const before = info.block.text.slice(Math.max(0, span.outerStart - AROUND), span.outerStart);
  const after = info.masked.slice(span.outerEnd, span.outerEnd + AROUND);
  const n = NO_SPACE_SCRIPT.test(text) ? Math.ceil(text.replace(/\s/g, '').length / 2) : wordCount(text);
  const attributedRightAfter = att !== null && /after the quote|introduces the quote/.test(att.rule) && /^\s*[,—–-]?\s*\p{L}/u.test(after);
  const complete = startsUpper(text) && /[,.!?…]$/.test(text);
  if (n < 3) {
    // "Star Wars," is a title even before a comma: two capitalised words need a speech verb right beside them.
    if (n === 2 && complete && (attributedRightAfter || (/[:,]\s*$/.test(before) && !looksLikeTitle(text)))) return null;
    return `${n}-word quote without its own attribution: scare quote or label`;
  }
  if (NAMING_CUES.test(before)) return 'preceded by a naming cue ("known as", "dubbed", "the term"): a name, not speech';
  if (LABEL_HEAD.test(after) && !/[.!?]$/.test(text)) return 'followed by a noun it labels (formula, slogan, march): a name, not speech';
  if (looksLikeTitle(text) && !attributedRightAfter) return 'title case without sentence punctuation: a title of a work';
  return null;
}
