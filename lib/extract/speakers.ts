// Step 2 of quotes: the attribution of one quote inside its sentence ("…," said X / X said: "…" / according to X).
import { ACCORDING_TO, GERMAN_PARTICLE_VERBS, isRomance, LISTENER_VERBS, ROMANCE_AUX, SPEECH_VERBS } from './lexicon';
import { invertedPronoun, isAbbreviation, isNameSuffix, isOrgName, isTitle, langVerbs, phraseAfter, subjectBefore, type Phrase, MASK } from './speakers-phrase';
import { tokenOffsets } from './words';

export interface Attribution {
  phrase: Phrase;
  appositive: string | null;
  rule: string;
  /** The sentence that decided, for the trace. */
  evidence: string;
}

const verbCache = new Map<string, Set<string>>();
/** Words of any script; speech verbs are single words, so a set lookup per word replaces one huge alternation. */
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** Speech verbs of the page's language plus English (attribution verbs of wire copy are often English); all when unknown. */
export function verbSet(lang: string | null): Set<string> {
  const key = lang ?? '*';
  let set = verbCache.get(key);
  if (!set) {
    const langs = lang && SPEECH_VERBS[lang] ? [lang, 'en'] : Object.keys(SPEECH_VERBS);
    set = new Set(langs.flatMap((l) => [...langVerbs(l)]));
    verbCache.set(key, set);
  }
  return set;
}

export function hasVerb(text: string, lang: string | null): boolean {
  const set = verbSet(lang);
  const ws = text.match(WORD_RE);
  if (ws) for (const w of ws) if (set.has(w.toLowerCase())) return true;
  return false;
}

/** No phrase is a prefix of another, so the first one found at a position is the only candidate there. */
const ACCORDING = new RegExp(`(?:${ACCORDING_TO.join('|')})`, 'giu');
/** Word characters around a phrase: the case-insensitive form of this class matches exactly the same characters. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordCharAt(s: string, i: number, before: boolean): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const start = before && c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(start)!));
}

/**
 * "according to" and its translations as whole words (not inside a longer word): the case-insensitive phrase
 * search, with word edges tested in code, because a case-insensitive \p{L} class costs a fresh page milliseconds.
 */
function findAccording(s: string): { index: number; text: string } | null {
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(s); m; m = ACCORDING.exec(s)) {
    const end = m.index + m[0].length;
    if (!isWordCharAt(s, m.index - 1, true) && !isWordCharAt(s, end, false)) return { index: m.index, text: m[0] };
    ACCORDING.lastIndex = m.index + 1;
  }
  return null;
}
/** Abbreviations that are no part of a name and end no sentence (those of names and titles: isAbbreviation). */
const ABBREV = /(?:^|[\s(])(?:No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs|etc)\.$/u;

/** Sentence starts in masked text: a full stop followed by a capital, a digit or a quote; abbreviations don't end one. */
export function sentenceStarts(masked: string): number[] {
  const starts = [0];
  const re = /[.!?…]+\s+(?=[\p{Lu}\p{N}“"‘'«„\u2063—–])/gu;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const upto = masked.slice(Math.max(0, m.index - 8), m.index + 1);
    // A title's or a name's abbreviation, or initials, end no sentence; a name's suffix ("Jr.", "Esq.") may.
    const word = /[^\s(]*$/.exec(upto)![0];
    if (ABBREV.test(upto) || (isAbbreviation(word) && !isNameSuffix(word))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

function verbsIn(text: string, lang: string | null): { index: number; end: number; verb: string }[] {
  const set = verbSet(lang);
  const out: { index: number; end: number; verb: string }[] = [];
  const ws = text.match(WORD_RE);
  if (!ws) return out;
  const ats = tokenOffsets(text, ws);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!.toLowerCase();
    if (!set.has(w)) continue;
    const particles = lang === 'de' ? GERMAN_PARTICLE_VERBS[w] : undefined;
    if (particles && !closesWith(text, ats[k]! + ws[k]!.length, particles)) continue;
    out.push({ index: ats[k]!, end: ats[k]! + ws[k]!.length, verb: w });
  }
  return out;
}

/** Whether the clause after `from` (up to its punctuation, eight words at most) ends with one of the particles. */
function closesWith(text: string, from: number, particles: string[]): boolean {
  const m = /^[^.,;:!?\u2063]{0,120}/.exec(text.slice(from))![0].trim().split(/\s+/);
  const last = m[m.length - 1]?.toLowerCase();
  return m.length <= 9 && !!last && particles.includes(last);
}

const words = (s: string) => s.match(/\S+/g)?.length ?? 0;

/**
 * A sentence next to the quote's own that holds no quote and whose last speech verb is not a listener verb ("told"):
 * the sentence, that verb and the text before it. A "sentence" longer than any (quotes run together with no full stop)
 * is not read.
 */
function narrationVerb(masked: string, sentS: number, sentE: number, lang: string | null) {
  if (sentE - sentS > 2 * WINDOW) return null;
  const sentence = masked.slice(sentS, sentE);
  if (sentence.includes(MASK)) return null;
  const vs = verbsIn(sentence, lang);
  const v = vs[vs.length - 1];
  if (!v || LISTENER_VERBS.has(v.verb)) return null;
  return { sentence, v, before: sentence.slice(0, v.index) };
}

/** "«…» Another is stewardship, Cook said.": a sentence right after the quote's own that ends in ", X said" and holds
 * no quote of its own credits the paraphrase and the quote before it. */
export function trailingAttribution(masked: string, sentS: number, sentE: number, lang: string | null): Attribution | null {
  const n = narrationVerb(masked, sentS, sentE, lang);
  if (!n || words(n.sentence.slice(n.v.end)) > 6 || !/,\s*(?:\S+\s+){1,4}$/.test(n.before)) return null;
  const s = subjectBefore(n.before, lang);
  if (!s || s.kind === 'desc') return null;
  return { phrase: s, appositive: s.appositive ?? null, rule: `", X ${n.v.verb}" in the next sentence`, evidence: n.sentence };
}

/** "This was a given, Douglas Edwards wrote. «…»": a sentence that ends in "X wrote" (a person's own words
 * paraphrased) and holds no quote credits the quote that opens the next sentence. "…, the BBC reported." credits none:
 * an outlet's report is not its own quote. */
export function leadingAttribution(masked: string, sentS: number, sentE: number, lang: string | null): Attribution | null {
  const n = narrationVerb(masked, sentS, sentE, lang);
  if (!n || /[\p{L}\p{N}]/u.test(n.sentence.slice(n.v.end)) || /^report/.test(n.v.verb)) return null;
  // A named person only: a pronoun there is resolved from the paragraphs before, which read poorly that far from the
  // quote; "the X" names an organisation or an outlet.
  const s = subjectBefore(n.before, lang);
  const outlet = /(?:^|\s)[Tt]he\s+((?:\p{Lu}\S*\s+){1,3})$/u.exec(n.before);
  if (s?.kind !== 'name' || isOrgName(s.name) || (outlet && !isTitle(outlet[1]!.split(/\s+/)[0]!))) return null;
  return { phrase: s, appositive: s.appositive ?? null, rule: `"X ${n.v.verb}." in the sentence before`, evidence: n.sentence };
}

/** Korean marks the subject with a particle (엘제이는, 그는) and closes the quote with 고/라고 before the verb; 그는/그녀는
 * ("he"/"she") points at the topic of an earlier sentence of the paragraph. */
export function koreanAttribution(masked: string, sentS: number, qStart: number, qEnd: number): Attribution | null {
  if (!/^\s*(?:이?라고|고|라며|며|라는)/.test(masked.slice(qEnd, qEnd + 4))) return null;
  const topic = (t: string) => [...t.matchAll(/(?:^|\s)([\p{Script=Hangul}\p{L}]{1,12}?)(?:은|는|이|가)(?=\s)/gu)].map((m) => m[1]!);
  // Read at most WINDOW characters back: in Korean a paragraph is often one "sentence" (no capitals after full stops).
  const here = topic(masked.slice(Math.max(sentS, qStart - WINDOW), qStart));
  let who = here[here.length - 1];
  if (!who || who === '그' || who === '그녀') {
    // Full stops before Hangul open no "sentence" (no capitals), so look back through the paragraph before the quote.
    const earlier = topic(masked.slice(Math.max(0, qStart - 2 * WINDOW), qStart)).filter((w) => w !== '그' && w !== '그녀' && w.length >= 2);
    who = earlier[earlier.length - 1];
  }
  if (!who) return null;
  return { phrase: { kind: 'name', name: who, role: null }, appositive: null, rule: 'Korean subject particle, quote closed by 고', evidence: masked.slice(Math.max(sentS, qStart - WINDOW), qEnd + 20) };
}

/** How far from a quote, before and after it, its sentence is read for who said it: more than news sentences run. */
const WINDOW = 600;

/** Find who the sentence credits the quote to; null when the sentence names no one. */
export function attribute(masked: string, sentS: number, sentE: number, qStart: number, qEnd: number, lang: string | null): Attribution | null {
  // The sentence around the quote, up to WINDOW characters each side: a "sentence" of a thousand quotes without a full
  // stop between them is not read whole for each.
  const pre = masked.slice(Math.max(sentS, qStart - WINDOW), qStart);
  const post = masked.slice(qEnd, Math.min(sentE, qEnd + WINDOW));
  const evidence = masked.slice(qStart - pre.length, qEnd + post.length).replace(/\u2063+/g, '«…»');
  const postVerbs = verbsIn(post, lang);
  const preVerbs = verbsIn(pre, lang);
  // 0. The verb that introduces the quote directly ("he said, “…”", "Aslam berkata, “…”") outranks a relay after it.
  const intro = preVerbs[preVerbs.length - 1];
  if (intro && /^[\s,:]*$/.test(pre.slice(intro.end))) {
    const s = subjectOf(pre, sentS, intro, masked, lang);
    if (s) return { phrase: s, appositive: s.appositive ?? null, rule: `"X ${intro.verb}, «…»" introduces the quote`, evidence };
    // "Añadió: «…»", "Ha aggiunto: «…»": a verb with no subject before it, in a language that drops subject pronouns.
    if (dropsSubject(lang) && noSubject(pre.slice(0, intro.index), lang)) return { phrase: IMPLIED, appositive: null, rule: `"${intro.verb}: «…»" with its subject implied`, evidence };
  }
  // 1. Right after the quote: ", Bruce said" / ", said Bradley Bowman".
  let v = postVerbs[0];
  // "the «…» reported last week is fragile, said X": a verb right after the quote and followed by a time or a
  // preposition (a participle of the quoted noun) is not the attribution when another verb follows.
  if (v && postVerbs[1] && words(post.slice(0, v.index)) === 0 && /^\s*(?:last|this|next|earlier|later|yesterday|today|tonight|tomorrow|in|on|at|during|since|over)\b/i.test(post.slice(v.end))) v = postVerbs[1];
  if (v && !introducesNext(post, v, postVerbs) && !post.slice(0, v.index).includes(MASK) && words(post.slice(0, v.index)) <= 14) {
    const before = post.slice(0, v.index);
    // Compound tenses put an auxiliary before an inverted verb ("», a déclaré X", "ha detto X").
    if (!/[\p{L}\p{N}]/u.test(before.replace(/(?<![\p{L}])(?:a|ont|avait|ha|hanno|hat|haben)(?![\p{L}])/giu, ''))) {
      if (!LISTENER_VERBS.has(v.verb)) {
        const { phrase, appositive } = phraseAfter(post.slice(v.end), lang);
        if (phrase) return { phrase, appositive, rule: `inverted "${v.verb} X" after the quote`, evidence };
        // "«…», ha aggiunto.": nothing after the verb, whose subject the language leaves implied.
        if (dropsSubject(lang) && /^[\s.,;:!?)]*$/.test(post.slice(v.end))) return { phrase: IMPLIED, appositive: null, rule: `"«…», ${v.verb}." with its subject implied`, evidence };
      }
    } else {
      // "«…» Benioff weighed in, telling Cook": a participle after a comma takes the subject of the clause before it.
      const participle = /ing$/.test(v.verb) && /,\s*$/.test(before);
      // "«…» announced in October, said Derek Scissors": the inverted verb after the quote's own clause.
      if (!participle && /,\s*$/.test(before) && !LISTENER_VERBS.has(v.verb)) {
        const { phrase, appositive } = phraseAfter(post.slice(v.end), lang);
        if (phrase?.kind === 'name') return { phrase, appositive, rule: `inverted ", ${v.verb} X" after the quote's clause`, evidence };
      }
      const s = participle ? sentenceSubject(before.replace(/^[\s,;:—–-]+/, ''), lang) : subjectBefore(before, lang);
      if (s) return { phrase: s, appositive: s.appositive ?? null, rule: `"X ${v.verb}" after the quote`, evidence };
    }
  }
  // 2. "according to X" anywhere in the sentence outranks the verbs around it.
  const inPost = findAccording(post);
  const acc = inPost ?? findAccording(pre);
  if (acc) {
    const src = inPost ? post : pre;
    const { phrase, appositive } = phraseAfter(src.slice(acc.index + acc.text.length), lang);
    if (phrase) return { phrase, appositive, rule: `"${acc.text} X"`, evidence };
  }
  // 3. A speech verb before the quote, nearest first: "Peskov said, …" / "X told Reuters the U.S. was …".
  for (let k = preVerbs.length - 1; k >= 0; k--) {
    const pv = preVerbs[k]!;
    const second = lang === 'de' ? germanVerbSecond(pre, pv) : null;
    if (second) return { ...second, rule: `"… ${pv.verb} X:" (verb second) before the quote`, evidence };
    const s = subjectOf(pre, sentS, pv, masked, lang);
    if (s) return { phrase: s, appositive: s.appositive ?? null, rule: `"X ${pv.verb}" before the quote`, evidence };
    if (!LISTENER_VERBS.has(pv.verb) && k === preVerbs.length - 1) {
      const { phrase, appositive } = phraseAfter(pre.slice(pv.end), lang);
      if (phrase && phrase.kind === 'name' && /^\s*[\p{Lu}]/u.test(pre.slice(pv.end)) && /[:,]\s*$/.test(pre)) {
        return { phrase, appositive, rule: `inverted "${pv.verb} X:" before the quote`, evidence };
      }
    }
  }
  // 4. A speech verb later in the sentence: "… mutually shared by Ukraine and the U.S., he warned."
  for (const pv of postVerbs) {
    if (introducesNext(post, pv, postVerbs)) break;
    const s = subjectOf(post, sentS, pv, masked, lang);
    if (s) return { phrase: s, appositive: s.appositive ?? null, rule: `"X ${pv.verb}" later in the sentence`, evidence };
  }
  return null;
}

/**
 * German puts the verb second: after an opening phrase ("Auf dem Parteitag sagte Ricarda Lang: «…»") or a clause
 * ("…, fuhr Schick fort: «…»") the subject follows the verb, when the quote comes after a colon or comma. After a clause
 * only a full name, a titled one, one inside a separable verb or a pronoun counts ("Olaf Scholz, 65, sagte der Zeitung:"
 * is his; "…, sagte Reportern:" names no one); after an opening phrase a description too.
 */
function germanVerbSecond(pre: string, pv: { index: number; end: number; verb: string }): { phrase: Phrase; appositive: string | null } | null {
  if (!/[:,]\s*$/.test(pre)) return null;
  const lead = pre.slice(0, pv.index);
  const front = GERMAN_FRONT.test(lead);
  if (!front && !/,\s*$/.test(lead)) return null;
  const { phrase, appositive } = phraseAfter(pre.slice(pv.end), 'de');
  if (!phrase) return null;
  const named = phrase.kind === 'name' && (front || phrase.name.includes(' ') || !!phrase.role || !!GERMAN_PARTICLE_VERBS[pv.verb]);
  return named || phrase.kind === 'pronoun' || (front && phrase.kind === 'desc') ? { phrase, appositive } : null;
}

/** A German sentence that opens with a preposition or an adverb, so its verb comes before its subject. */
const GERMAN_FRONT = /(?:^|[.!?]\s+)(?:Am|Im|Auf|Bei|Beim|Nach|Vor|Seit|Für|Über|Zum|Zur|Vom|In|An|Mit|Zu|Von|Aus|Während|Dort|Dann|Danach|Später|Zuvor|Zudem|Auch|Nun|Jetzt|Dabei|Damals|Heute|Gestern|Bereits|Schon|Außerdem|Anschließend)\s[^.!?]*$/u;

/** The subject a Spanish, Italian or Portuguese verb leaves implied: resolved like "he" or "she". */
const IMPLIED: Phrase = { kind: 'pronoun', pronoun: 'implied subject', group: false };
const dropsSubject = (lang: string | null): boolean => isRomance(lang) && lang !== 'fr';
/** Whether the sentence before a verb holds no word but auxiliaries and adverbs ("Ha poi aggiunto", "Ya había dicho"). */
function noSubject(text: string, lang: string | null): boolean {
  const aux = lang ? ROMANCE_AUX[lang] : undefined;
  const start = Math.max(text.lastIndexOf('.'), text.lastIndexOf('\u2063'));
  return (text.slice(start + 1).match(/[\p{L}’'-]+/gu) ?? []).every((w) => aux?.has(w.toLowerCase()));
}

/**
 * "«…» Smith agreed: «…»": a verb whose clause ends in a colon right before the next quote introduces that quote,
 * unless another speech verb stands between (""«…»," Ann Lee said, and Tom Smith agreed: «…»": "said" is Ann Lee's).
 */
function introducesNext(post: string, v: { end: number }, verbs: { index: number }[]): boolean {
  const m = /^[^.!?\u2063]*:\s*\u2063/.exec(post.slice(v.end));
  if (!m) return false;
  const colon = v.end + m[0].lastIndexOf(':');
  return !verbs.some((o) => o.index >= v.end && o.index < colon);
}

/** The subject of a speech verb; a participle after a comma ("…, saying") takes the subject of the sentence. */
function subjectOf(text: string, sentS: number, v: { index: number; end: number; verb: string }, masked: string, lang: string | null): (Phrase & { appositive?: string | null }) | null {
  // "Certes, concède-t-elle, …": an inverted pronoun after the verb is its subject.
  const inv = invertedPronoun(text.slice(v.end), lang);
  if (inv) return inv;
  const before = text.slice(0, v.index);
  if (/ing$/.test(v.verb) && /,\s*$/.test(before)) return sentenceSubject(masked.slice(sentS, sentS + WINDOW), lang);
  // "…, called Omar a “…” and said, “…”": a coordinated verb shares the sentence's subject.
  if (/\b(?:and|y|et|und|e)\s*$/.test(before)) return sentenceSubject(masked.slice(sentS, sentS + WINDOW), lang);
  return subjectBefore(before, lang);
}

const LEAD_PREP = /^(?:in|on|at|after|before|during|while|when|as|with|for|from|meanwhile|however|still|but|and|then|later|earlier|speaking)\b/i;

/** The first noun phrase of a sentence, after any opening adverbial clause ("In a statement, Big Machine …"). */
function sentenceSubject(sentence: string, lang: string | null) {
  let t = sentence.trimStart();
  if (LEAD_PREP.test(t) && t.includes(',')) t = t.slice(t.indexOf(',') + 1).trimStart();
  const ws = t.split(/\s+/);
  const out: string[] = [];
  for (const w of ws) {
    if (w.includes(MASK) || out.length >= 6) break;
    if (!/^\p{Lu}/u.test(w) && out.length && !/^(?:of|de|van|der|bin|al)$/.test(w)) break;
    out.push(w.replace(/[,;:]+$/, ''));
    if (/[,;:]$/.test(w)) break;
  }
  return out.length ? subjectBefore(out.join(' '), lang) : null;
}
