// The summary: the publisher's key points when present, else 2–4 sentences taken verbatim from the body: the lead
// sentence plus the sentences whose words recur most in the story (term frequency), early ones favoured. Extractive
// and deterministic: nothing is rewritten, quote-only fragments and page furniture are never chosen.
import type { SummarySource } from '../model';
import type { Block } from './types';
import { wordsWithTail } from './words';

/** Function words carry no topic, so they do not count towards a sentence's score. */
const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did ' +
    'it its this that these those he she they we i you his her their our my your him them us not no so than then there ' +
    'here which who whom whose what when where why how all any some more most also just only very can could would should ' +
    'will may might must said says say about after before over under into out up down one two new').split(' '),
);
/** Page furniture that slips into bodies: never summary material. */
const BOILERPLATE = /\b(?:click|subscribe|sign up|newsletter|all rights reserved|read more|follow us|cookies?|advertisement|share this|image:|photo:|getty|copyright)\b|©/i;
const SENTENCE = /[^.!?…]+(?:[.!?…]+["”’»)]*|$)/g;
const ABBREV_END = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|vs)|\b\p{Lu}|(?:\p{Lu}\.)+\p{Lu})\.$/u;
const QUOTE_MARKS = /[“”"«»„]/g;
/** Elided words count once ("don't", "O’Neill"). */
const APOSTROPHES = "'’";

/**
 * A match of ABBREV_END starts at most five characters before the end ("Sept.", "U.S."); with one more character for
 * its \b, the last eight characters decide, so a long sentence is not scanned from its start for every piece.
 */
const ABBREV_TAIL = 8;

function splitSentences(text: string): string[] {
  const raw = text.match(SENTENCE) ?? [];
  const out: string[] = [];
  let cur = '';
  for (const piece of raw) {
    cur += piece;
    const t = cur.trim();
    // Rejoin "Mr." / "U.S." splits: a sentence does not end on an abbreviation followed by more words.
    if (t.endsWith('.') && ABBREV_END.test(t.slice(-ABBREV_TAIL)) && piece !== raw[raw.length - 1]) continue;
    if (t) out.push(t);
    cur = '';
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const OPENING_MARK = /^[“"«„‘']/;
const CLOSING = /[.!?…]["”’»)]*$/;

/** Whether the sentence may be chosen, on its text alone; its length in words is tested apart (it needs the words). */
function usableText(s: string): boolean {
  // Eight words take at least fifteen characters.
  if (s.length < 15 || !CLOSING.test(s) || OPENING_MARK.test(s) || BOILERPLATE.test(s)) return false;
  // Mostly quoted words: a quote fragment, not a statement of what happened.
  const marks = s.match(QUOTE_MARKS)?.length ?? 0;
  if (marks >= 2) {
    let inside = 0;
    let open = false;
    for (const ch of s) {
      if ('“"«„'.includes(ch) && !open) open = true;
      else if ('”"»'.includes(ch) && open) open = false;
      else if (open) inside++;
    }
    if (inside / s.length > 0.5) return false;
  }
  return true;
}

/** A content word of the story: in how many candidate sentences it stands, and the last one it was counted for. */
interface Term {
  tf: number;
  last: number;
}

export function summarize(blocks: Block[], keyPoints: string[]): { sentences: string[]; source: SummarySource } {
  if (keyPoints.length) return { sentences: keyPoints, source: 'key-points' };
  // terms: the sentence's distinct content words (a sentence's score counts each once), as entries of one table that
  // counts the sentences each word stands in.
  const cands: { s: string; pos: number; terms: Term[] }[] = [];
  const table = new Map<string, Term>();
  for (const b of blocks) {
    if (b.kind !== 'p') continue;
    for (const s of splitSentences(b.text)) {
      if (!usableText(s)) continue;
      // One tokenization serves the count and the terms: lowercasing keeps every character a letter, digit or neither,
      // so the words of the lowercased sentence line up with its own unless the length changed (only "İ" does that).
      // The count is of words, apostrophe-joined ones once.
      const lower = s.toLowerCase();
      const all = wordsWithTail(lower, APOSTROPHES);
      const count = lower.length === s.length ? all.length : wordsWithTail(s, APOSTROPHES).length;
      if (count < 8 || count > 60) continue;
      const pos = cands.length;
      const terms: Term[] = [];
      for (const w of all) {
        if (w.length <= 2 || STOPWORDS.has(w)) continue;
        let t = table.get(w);
        if (!t) table.set(w, (t = { tf: 0, last: -1 }));
        if (t.last === pos) continue;
        t.last = pos;
        t.tf++;
        terms.push(t);
      }
      cands.push({ s, pos, terms });
    }
  }
  if (!cands.length) return { sentences: [], source: 'none' };
  const score = (c: (typeof cands)[number]) => {
    let sum = 0;
    for (const t of c.terms) sum += t.tf - 1;
    return sum / Math.sqrt(c.terms.length + 1) + 2 / (1 + c.pos);
  };
  const lead = cands[0]!;
  const want = cands.length >= 12 ? 3 : 2;
  const rest = cands
    .slice(1)
    .map((c) => ({ c, v: score(c) }))
    .sort((a, b) => b.v - a.v || a.c.pos - b.c.pos)
    .slice(0, want - 1 + (cands.length >= 30 ? 1 : 0))
    .map((x) => x.c);
  const chosen = [lead, ...rest].sort((a, b) => a.pos - b.pos).map((c) => c.s);
  return { sentences: chosen, source: 'extractive' };
}
