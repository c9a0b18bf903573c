// Reading the noun phrase next to a speech verb: a name with its role, a pronoun, or an unnamed description.
import { AUX_WORDS, GERMAN_ARTICLE, GERMAN_BOUNDARY, GERMAN_PARTICLE_VERBS, GERMAN_TITLE, GROUP_PRONOUNS, NOT_NAME_WORDS, ORG_WORDS, PERSON_PRONOUNS, isRomance, ROMANCE_ADVERBIAL, ROMANCE_AUX, ROMANCE_BODIES, ROMANCE_PHRASE_END, ROMANCE_PREPS, ROMANCE_TITLES, SPEECH_VERBS, TITLE_WORDS } from './lexicon';

export type Phrase =
  | { kind: 'name'; name: string; role: string | null }
  | { kind: 'pronoun'; pronoun: string; group: boolean }
  | { kind: 'desc'; desc: string };

/** Lowercase words that end a subject phrase when reading backwards or forwards: verbs, conjunctions, prepositions of time. */
export const BOUNDARY_WORDS = new Set(
  ('that which who whom whose how why what whether and but or nor said says told added when while because if as than then where after before ' +
    'since though although on in at during by from with without into about over under is was are were be been being has had have ' +
    'not also later would will could should may might can do did does so yet against').split(' '),
);
/** Connectors that may sit inside a capitalised run ("Secretary of State", "Foundation for Defense of Democracies"). */
const RUN_CONNECTORS = new Set(['of', 'for', 'de', 'van', 'der', 'von', 'den', 'bin', 'binti', 'al', 'da', 'di', 'du', 'del', 'la', 'le', 'ibn', 'el', 'dos', 'das', 'y', 'and', '&']);
const PARTICLES = new Set(['de', 'van', 'der', 'von', 'den', 'bin', 'binti', 'al', 'da', 'di', 'du', 'del', 'la', 'le', 'ibn', 'el', 'dos', 'das']);
const DETERMINERS = /^(?:the|a|an|one|some|two|three|several|many|other|le|la|les|un|une|der|die|das|ein|eine|el|los|las|il|lo|gli|o|os|as)$/i;
const PUNCT_END = /[,;:.!?()\[\]"“”«»—–]$/;
const PUNCT_START = /^[,;:.!?()\[\]"“”«»—–]/;
const CAP = /^\p{Lu}/u;
const MASK = '\u2063';

export const lower = (w: string): string => w.toLowerCase().replace(/[.’']/g, '');
/** Forms of address: no role on their own, and not part of one ("Mr.", "Frau"); "Dr." is a title. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'messrs', 'mme', 'mlle', 'sra', 'srta', 'herr', 'frau']);
export const isHonorific = (w: string): boolean => HONORIFICS.has(w.replace(/\.$/, '').toLowerCase());
/** French "M." or "MM." (Monsieur, Messieurs) before a name: a form of address, not an initial ("M. Passos Coelho"). */
export const isMonsieur = (w: string, lang: string | null): boolean => !!lang?.startsWith('fr') && /^MM?\.$/.test(w);
/** An elided article or pronoun at a word's start: "l’avocat", "d’après", "qu’il". */
const ELIDED = /^(?:[lLdDjJ]|[qQ]u)['’](?=\p{L})/u;
/** The word without its elided article ("l’ancien" → "ancien"). */
export const withoutElision = (w: string): string => w.replace(ELIDED, '');
/**
 * Short words written with a dot that stand in or next to a name ("Jr.", "Dr.", "Gov.", "St."). A short word not
 * listed here is a short name ending its sentence ("said Oza.", "Xi.").
 */
const ABBREVIATIONS = new Set([...HONORIFICS, 'dr', 'jr', 'sr', 'st', 'mt', 'ft', 'gov', 'sen', 'rep', 'reps', 'gen', 'col', 'lt', 'maj', 'sgt', 'capt', 'cmdr', 'adm', 'prof', 'rev', 'hon', 'esq', 'pres', 'supt', 'atty', 'insp', 'det', 'cpl', 'pvt', 'hr', 'fr']);
/** A name's last word ("John Smith Jr."): after it the name, and possibly the sentence, ends. */
const NAME_SUFFIX = /^(?:Jr|Sr|Esq)\.$/;
export const isNameSuffix = (w: string): boolean => NAME_SUFFIX.test(w);
/** An initial ("W."), initials ("U.S.", "D.C."), or a listed abbreviation with its dot. */
export function isAbbreviation(w: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(w) || (/^\p{Lu}\p{Ll}{0,4}\.$/u.test(w) && ABBREVIATIONS.has(w.slice(0, -1).toLowerCase()));
}
/** Strip a possessive and trailing punctuation: "Trump’s" → "Trump". */
export function bare(w: string): string {
  let b = w.replace(/[,;:!?)"”’\]]+$/u, '').replace(/[’']s$/u, '');
  // Keep the dot of initials and abbreviations ("W.", "Jr.", "U.S."), drop a sentence's full stop.
  if (b.endsWith('.') && !isAbbreviation(b)) b = b.slice(0, -1);
  return b;
}

/** Title words are ASCII letters and hyphens; lower() drops dots and apostrophes, bare() touches only the end. */
function asciiNonStarter(c: number): boolean {
  return c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39);
}

/** Words recur across a page (role windows overlap): remember each verdict (bounded, pure function of the word). */
const titleCache = new Map<string, boolean>();

export function isTitle(w: string): boolean {
  if (asciiNonStarter(w.charCodeAt(0))) return false;
  let v = titleCache.get(w);
  if (v === undefined) {
    if (titleCache.size > 20000) titleCache.clear();
    const l = lower(bare(w));
    // German role nouns are capitalised like every German noun: a lower-case word is never one.
    v = TITLE_WORDS.has(l) || (l.length > 5 && CAP.test(w) && GERMAN_TITLE.test(l)) || romanceTitle(w);
    titleCache.set(w, v);
  }
  return v;
}

/** A prefix of a compound title: "vice-président", "ex-ministre", "eurodéputé", "vicepresidenta", "exministro". */
const ROMANCE_PREFIX = /^(?:vice|ex|co|euro|sous|sub|pro)-?/u;

/**
 * A French, Spanish, Italian or Portuguese title, in lower case or in capitals ("PDG") but not capitalised as a name is
 * ("Giudice", "Alcalde"), after an elided article ("l’avocat") and in compounds ("primeiro-ministro", "ex-ministre").
 */
function romanceTitle(w: string): boolean {
  const b = withoutElision(bare(w));
  // (In capitals only as a short acronym, "PDG": "MIKE ALCALDE" is a name set in capitals.)
  if (/^\p{Lu}\p{Ll}/u.test(b) || /^\p{Lu}{5,}$/u.test(b)) return false;
  const l = b.toLowerCase();
  const parts = l.split('-');
  return ROMANCE_TITLES.has(l) || (parts.length > 1 && (ROMANCE_TITLES.has(parts[0]!) || ROMANCE_TITLES.has(parts[parts.length - 1]!))) ||
    (ROMANCE_PREFIX.test(l) && ROMANCE_TITLES.has(l.replace(ROMANCE_PREFIX, '')));
}

/** Tokens recur across a page and across quotes: remember the verdict (bounded, pure function of the token). */
const nameTokenCache = new Map<string, boolean>();

export function isNameToken(w: string): boolean {
  // A name starts with a capital: any other ASCII first character (lowercase, digit, punctuation) settles it, and
  // most words of a text are lowercase. bare() only trims the end, so the first character stays (or nothing is left).
  // The General Punctuation block (curly quotes, dashes, the quote mask U+2063) holds no capital either.
  const c = w.charCodeAt(0);
  if ((c < 128 && !(c >= 65 && c <= 90)) || (c >= 0x2000 && c <= 0x206f)) return false;
  let v = nameTokenCache.get(w);
  if (v === undefined) {
    if (nameTokenCache.size > 20000) nameTokenCache.clear();
    v = nameTokenTest(w);
    nameTokenCache.set(w, v);
  }
  return v;
}

function nameTokenTest(w: string): boolean {
  const b = bare(w);
  if (!CAP.test(b) || b.includes(MASK)) return false;
  if (isTitle(b) || NOT_NAME_WORDS.has(lower(b))) return false;
  // An elided article before a common noun ("L’eurodéputé", "D’après") opens no name; "L’Oréal", "D’Alema" do.
  if (/^[LDJ][’'][\p{Ll}]/u.test(b)) return false;
  return /^\p{Lu}[\p{L}\p{M}’'\-.]*$/u.test(b);
}

/** Split a phrase's words into a trailing person/organisation name and what precedes it (the role). */
export function analyzeWords(words: string[], lang: string | null = null): Phrase | null {
  const ws = words.filter(Boolean);
  if (!ws.length) return null;
  if (ws.length === 1) {
    const p = lower(ws[0]!);
    if (PERSON_PRONOUNS.has(p)) return { kind: 'pronoun', pronoun: p, group: false };
    if (GROUP_PRONOUNS.has(p)) return { kind: 'pronoun', pronoun: p, group: true };
  }
  let k = ws.length;
  // Honorifics written after the name ("Umar ra", "Al-Hasan Al-Bashri ra") in languages that use them.
  let tailDrop = 0;
  // (Not in French, Spanish, Italian or Portuguese, whose adjectives follow their noun: "des Affaires étrangères".)
  if (lang && lang !== 'en' && !isRomance(lang)) {
    while (tailDrop < 2 && k - tailDrop > 1 && /^\p{Ll}{1,10}$/u.test(ws[k - tailDrop - 1]!) && !isTitle(ws[k - tailDrop - 1]!)) tailDrop++;
    if (tailDrop && isNameToken(ws[k - tailDrop - 1]!)) k -= tailDrop;
    else tailDrop = 0;
  }
  const stop = k;
  while (k > 0) {
    const w = ws[k - 1]!;
    if (isNameToken(w) || (PARTICLES.has(w.toLowerCase()) && k < stop && k > 1)) k--;
    else break;
  }
  // Leading particles belong to the role side ("de" cannot start a name).
  while (k < stop && PARTICLES.has(ws[k]!)) k++;
  // French "M." (Monsieur) before a name is its form of address ("M. Passos Coelho"), not an initial.
  if (stop - k > 1 && isMonsieur(ws[k]!, lang)) k++;
  const nameWords = ws.slice(k, stop).map((w, i, a) => (i === a.length - 1 ? bare(w) : w.replace(/[,;:]+$/, '')));
  const before = ws.slice(0, k);
  const prev = before[before.length - 1]?.toLowerCase();
  if (lang === 'de') {
    // "Naomi Halas von der Rice University": "von der" before two or more capitalised words is an affiliation, not a
    // particle ("Ursula von der Leyen").
    const v = nameWords.findIndex((w, x) => x > 0 && (w === 'von' || w === 'vom') && nameWords.length - x - (nameWords[x + 1] === 'der' || nameWords[x + 1] === 'dem' ? 2 : 1) >= 2);
    if (v > 0) return { kind: 'name', name: nameWords.slice(0, v).join(' '), role: [...before, ...nameWords.slice(v)].join(' ') };
    // German capitalises every noun: a run after a preposition or a later article is its object ("des Auswärtigen
    // Amts"), and one capitalised word after an opening article or an inflected adjective is a noun ("der Trainer", "ein
    // hochrangiger Diplomat"). A body's name or a longer name keeps its article ("das Innenministerium", "die Deutsche
    // Bahn"); the adjective is read in its own case, so a title before a surname is none ("Innenminister Faeser").
    if (nameWords.length && prev) {
      const word = before[before.length - 1]!;
      const lead = before.length === 1 && GERMAN_ARTICLE.test(prev);
      const object = !lead && GERMAN_OBJECT.has(prev);
      const noun = nameWords.length === 1 && (lead || (/^\p{Ll}+(?:e|er|en|es|em)$/u.test(word) && !isTitle(word))) && !GERMAN_BODY.test(nameWords[0]!);
      if (object || noun) return { kind: 'desc', desc: ws.join(' ') };
    }
  }
  // "ambassador to Britain": the capitalised word is the object of a preposition, so the phrase is a description; in
  // French, Spanish, Italian and Portuguese also after a body's noun ("directeur du groupe L’Équipe") or a preposition
  // and an article ("le procureur de la République", "do ministério da Saúde").
  const prev2 = before[before.length - 2]?.toLowerCase();
  const romanceObject = isRomance(lang) && !!prev && (ROMANCE_PREPS.has(prev) || ROMANCE_BODIES.has(prev) || (DETERMINERS.test(prev) && !!prev2 && ROMANCE_PREPS.has(prev2)));
  if (nameWords.length && prev && (/^(?:to|of|at|for|in|from|on|with|by)$/.test(prev) || romanceObject)) {
    // "ambassador to Britain Liu Xiaming": the first capitalised word closes the role, the rest is the name.
    if (nameWords.length >= 3) return { kind: 'name', name: nameWords.slice(1).join(' '), role: [...before, nameWords[0]].join(' ') };
    return { kind: 'desc', desc: ws.join(' ') };
  }
  // "Teachers chanted", "Analysts said": a capitalised plural of a role noun is a group, not a name.
  if (nameWords.length === 1 && /\p{Ll}s$/u.test(nameWords[0]!) && (isTitle(nameWords[0]!.slice(0, -1)) || isTitle(nameWords[0]!.replace(/es$/, '')))) {
    return { kind: 'desc', desc: ws.join(' ') };
  }
  if (nameWords.length) {
    const role = before.join(' ').replace(/^(?:the|and|but)\s+/i, '').trim();
    const orgLike = before.length > 0 && DETERMINERS.test(before[before.length - 1]!) && nameWords.length <= 4;
    return { kind: 'name', name: nameWords.join(' '), role: !orgLike && role && /\p{L}/u.test(role) ? role : null };
  }
  const desc = ws.join(' ');
  return /\p{L}/u.test(desc) ? { kind: 'desc', desc } : null;
}

const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'outside', 'of']);
/** First words of two-word place names ("North Dakota", "South Africa", "New York"), never of a person's. */
const REGION_START = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'san', 'santa', 'saint', 'st.', 'los', 'las', 'costa', 'sri', 'hong', 'puerto', 'rhode', 'united', 'great', 'upper', 'lower']);

/** An aside between name and verb ("Smith, who replaced Jones in July, said"): drop it, keep it as a role when it is one. */
function stripAsides(text: string): { text: string; appositive: string | null } {
  let t = text.trimEnd();
  let appositive: string | null = null;
  let afterAnd = false;
  for (let guard = 0; guard < 4 && t.endsWith(','); guard++) {
    const body = t.slice(0, -1);
    const cut = body.lastIndexOf(',');
    if (cut < 0) break;
    const aside = body.slice(cut + 1).trim();
    const head = body.slice(0, cut).trim();
    const firstWord = aside.split(/\s+/)[0] ?? '';
    // A name set off by commas ("his predecessor, Fiona Hill, had") is the subject itself, not an aside; after a
    // place it is that place's region when it is one word ("in Washington, D.C., said") or before an aside that goes on
    // with "and" ("in Munich, Germany, and co-author of the study, said"), while "A neighbor in Dayton, Mary Cole, said"
    // keeps its subject.
    if (aside.split(/\s+/).every((w) => isNameToken(w) || PARTICLES.has(w))) {
      const hw = head.split(/\s+/);
      const region = afterAnd || !aside.includes(' ') || REGION_START.has(firstWord.toLowerCase());
      const place = region && isNameToken(hw[hw.length - 1]!) && hw.slice(-3, -1).some((w) => PLACE_PREPS.has(w.toLowerCase()));
      if (!place) return { text: body.slice(cut + 1).trim(), appositive: head || null };
      t = body.slice(0, cut + 1).trim();
      continue;
    }
    if (!/^(?:who|which|whose|a|an|the|\p{Ll}|\d)/u.test(firstWord) && !aside.split(/\s+/).some(isTitle) && !/[’']s$/.test(firstWord)) break;
    // "On Monday, the People’s Daily, the mouthpiece of the party, warned": once one aside is gone, a named phrase
    // after an opening adverbial (nothing named before it) is the subject itself.
    const headWords = head.split(/\s+/);
    if (guard > 0 && aside.split(/\s+/).some(isNameToken) && !isNameToken(headWords[headWords.length - 1] ?? '')) {
      return { text: aside, appositive };
    }
    if (!/^(?:who|which|whose)\b/.test(aside) && !/^\d+$/.test(aside)) appositive = aside;
    afterAnd = /^and\s/.test(aside);
    t = body.slice(0, cut + 1).trim();
  }
  return { text: t, appositive };
}

const TOKENS = /\S+/g;

/** A German word that ends a phrase; not the "und" of a shared compound ("Zoo- und Tierparkdirektor", "-Autor und -Experte"). */
function germanBoundary(lw: string, words: string[], i: number): boolean {
  if (!GERMAN_BOUNDARY.has(lw)) return false;
  return !((lw === 'und' || lw === 'oder') && ((words[i - 1] ?? '').endsWith('-') || (words[i + 1] ?? '').startsWith('-')));
}

const verbSets = new Map<string, Set<string>>();
/** The speech verbs of one language, lower-cased (empty for a language without a list), built once per language. */
export function langVerbs(lang: string): Set<string> {
  let set = verbSets.get(lang);
  if (!set) verbSets.set(lang, (set = new Set((SPEECH_VERBS[lang] ?? []).map((v) => v.toLowerCase()))));
  return set;
}

/** The text before a Romance participle without the auxiliaries and adverbials that end it ("…, avait, de son côté,"). */
function withoutAuxiliaries(pre: string, aux: Set<string>): string {
  let t = pre;
  for (let guard = 0; guard < 8; guard++) {
    // (By index, not by regexes anchored at the end, which rescan a long word or run of spaces from every start.)
    let e = t.length;
    while (e > 0 && /[\s,]/.test(t[e - 1]!)) e--;
    const bare_ = t.slice(0, e);
    const adv = ROMANCE_ADVERBIAL.exec(bare_);
    if (adv) {
      t = bare_.slice(0, adv.index + (/^[\s,]/.test(adv[0]) ? 1 : 0));
      continue;
    }
    const sp = Math.max(bare_.lastIndexOf(' '), bare_.lastIndexOf('\n'), bare_.lastIndexOf('\t'), bare_.lastIndexOf(',')) + 1;
    if (sp >= bare_.length || !aux.has(bare_.slice(sp).toLowerCase())) break;
    t = bare_.slice(0, sp);
  }
  return t;
}

/** The subject phrase that ends right before a speech verb. */
export function subjectBefore(pre: string, lang: string | null = null): (Phrase & { appositive?: string | null }) | null {
  const aux = lang ? ROMANCE_AUX[lang.slice(0, 2)] : undefined;
  if (aux) pre = withoutAuxiliaries(pre, aux);
  // Runs of non-space, as split(/\s+/) less its empty ends would list them, without the second array.
  let words: string[] = pre.match(TOKENS) ?? [];
  while (words.length && (AUX_WORDS.has(words[words.length - 1]!.toLowerCase()) || /^\p{Ll}{3,}ly$/u.test(words[words.length - 1]!))) words.pop();
  const lastW = words[words.length - 1] ?? '';
  // "«…», a-t-il dit": the auxiliary's inverted pronoun.
  const inverted = /^\p{L}+-/u.test(lastW) ? invertedPronoun(lastW.slice(lastW.indexOf('-')).toLowerCase(), lang) : null;
  if (inverted) return inverted;
  const lp = lastW.toLowerCase();
  if (PERSON_PRONOUNS.has(lp)) return { kind: 'pronoun', pronoun: lp, group: false };
  if (GROUP_PRONOUNS.has(lp)) return { kind: 'pronoun', pronoun: lp, group: true };
  // "the ministry’s claim", "the state": a possessive or a bare determiner before the "verb" makes it a noun.
  if (/[’']s?$/.test(lastW) || DETERMINERS.test(lastW)) return null;
  const { text, appositive } = stripAsides(words.join(' '));
  words = text.match(TOKENS) ?? [];
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 12; i--) {
    const w = words[i]!;
    if (w.includes(MASK)) break;
    // "chairman, CEO and president Craig Menear": a list of titles before the name is one role. Its "and" comes right
    // before its last title; a title before a comma joins only once that "and" is in ("the governor, Senator Ann Lee"
    // is a fronted object and a role).
    if (out.length && (w === 'and' || w.endsWith(',')) && (out[0] === 'and' || isTitle(out[0]!))) {
      const listAnd = w === 'and' && i > 0 && isTitle(words[i - 1]!);
      const listTitle = w !== 'and' && out.includes('and') && isTitle(w);
      if (listAnd || listTitle) {
        out.unshift(w);
        continue;
      }
    }
    // A title's abbreviation ("Gov.") opens the role, and so do initials before a title ("U.S. Attorney"), after a
    // determiner at most; another dot ends a sentence before the name ("Main St. Officer Dan Ray"), and an honorific
    // ("Mr.") is no role. A middle initial ("Mark J. Heller") is inside the name.
    let opens = false;
    if (PUNCT_END.test(w) && out.length && !(w.length === 2 && w[1] === '.' && CAP.test(w) && isNameToken(words[i - 1] ?? ''))) {
      const initials = /^(?:\p{Lu}\.){2,}$/u.test(w);
      if (!isAbbreviation(w) || NAME_SUFFIX.test(w) || isHonorific(w) || !(isTitle(w) || (initials && isTitle(out[0]!)))) break;
      opens = true;
    }
    const lw = w.toLowerCase();
    if ((BOUNDARY_WORDS.has(lw) || (lang === 'de' && germanBoundary(lw, words, i))) && !(RUN_CONNECTORS.has(lw) && out.length && CAP.test(out[0]!) && i > 0 && CAP.test(words[i - 1]!))) break;
    // The page language's own speech verb ("«…», sagte Bürgermeisterin Anna Schmidt") is not part of the role.
    if (lang && lang !== 'en' && langVerbs(lang).has(lw.replace(/[,;:]$/, ''))) break;
    out.unshift(w.replace(/[,;:]$/, ''));
    if (DETERMINERS.test(w) || PUNCT_START.test(w)) break;
    if (opens) {
      const prev = words[i - 1] ?? '';
      // More of the role before it: initials ("U.S. Sen."), or a title ("Tierparkdirektor Dr.").
      if ((isAbbreviation(prev) && !NAME_SUFFIX.test(prev) && !isHonorific(prev)) || isTitle(prev)) continue;
      if (DETERMINERS.test(prev)) out.unshift(prev);
      break;
    }
  }
  const first = words.length - out.length;
  // "Paganini and his team wrote": the named person leads the group.
  if (out.length >= 2 && /^(?:his|her|their)$/i.test(out[0]!) && first >= 2 && words[first - 1]!.toLowerCase() === 'and') {
    const lead = subjectBefore(words.slice(0, first - 1).join(' '), lang);
    if (lead?.kind === 'name') return { ...lead, appositive };
  }
  // "The authors of the research published in the journal X argued": a phrase that follows a preposition is that
  // preposition's object; the subject is the head of the whole clause.
  const prep = first > 0 ? words[first - 1]!.toLowerCase() : '';
  const romance = isRomance(lang);
  if (out.length && (OBJECT_PREPS.has(prep) || (romance && ROMANCE_PREPS.has(prep))) && (DETERMINERS.test(out[0]!) || CAP.test(out[0]!))) {
    const whole = clauseBefore(words, first - 1, romance);
    if (whole.length > 2 && (DETERMINERS.test(whole[0]!) || CAP.test(whole[0]!))) {
      const cut = whole.findIndex((w, k) => k > 0 && (OBJECT_PREPS.has(w.toLowerCase()) || (romance && ROMANCE_PREPS.has(w.toLowerCase()))));
      const head = analyzeWords(cut > 0 ? whole.slice(0, cut) : whole, lang);
      // "A report from Kotak Institutional Equities said": the document's author speaks.
      const doc = cut > 0 && head?.kind === 'desc' ? documentSource(whole.slice(0, cut), whole, cut) : null;
      if (doc) return { ...doc, appositive };
      if (head?.kind === 'name') return { kind: 'name', name: head.name, role: head.role ?? (cut > 0 ? whole.slice(cut).join(' ') : null), appositive };
      if (head?.kind === 'desc') return { kind: 'desc', desc: whole.join(' ').replace(/^(?:the|a|an)\s+/i, ''), appositive };
    }
  }
  const ph = analyzeWords(out, lang);
  if (!ph) return null;
  return { ...ph, appositive };
}

/** Prepositions whose object cannot be the subject of the verb that follows. */
const OBJECT_PREPS = new Set(['in', 'at', 'from', 'by', 'with', 'of', 'on', 'into', 'for', 'to']);
/** Words that end a clause when reading backwards: a subject never reaches across them. */
const CLAUSE_STOP = new Set(['that', 'which', 'who', 'whom', 'and', 'but', 'or', 'said', 'says', 'told', 'while', 'when', 'because', 'if', 'as', 'than', 'where', 'after', 'before', 'since', 'though', 'although', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);
/** The same in French, Spanish, Italian and Portuguese: relative pronouns and conjunctions. */
const ROMANCE_CLAUSE_STOP = new Set(['que', 'qui', 'et', 'mais', 'y', 'pero', 'che', 'e', 'ma', 'mas', 'quien', 'cui', 'quem']);

/** The words from the clause start (a punctuation break, a conjunction or the sentence start) through `upto`. */
function clauseBefore(words: string[], upto: number, romance: boolean): string[] {
  let k = upto;
  while (k > 0 && words.length - k < 20) {
    const w = words[k - 1]!;
    const lw = w.toLowerCase();
    if (PUNCT_END.test(w) || w.includes(MASK) || CLAUSE_STOP.has(lw) || (romance && ROMANCE_CLAUSE_STOP.has(lw))) break;
    k--;
  }
  return words.slice(k).map((w) => w.replace(/[,;:]$/, ''));
}

/** The phrase after an inverted verb ("said Bradley Bowman, senior director at …"). */
export function phraseAfter(post: string, lang: string | null = null): { phrase: Phrase | null; appositive: string | null } {
  const romance = isRomance(lang);
  const inv = invertedPronoun(post, lang);
  if (inv) return { phrase: inv, appositive: null };
  // A dialogue dash closing the narration ("—dijo Juan Pérez—.") ends the phrase like a comma; an elided article before
  // a name is no part of it ("selon l’Insee", "secondo l’Istat").
  const words = (romance ? post.replace(/(^|\s)[lL][’'](?=\p{Lu})/gu, '$1') : post).replace(/[—–]/g, ', ').match(TOKENS) ?? [];
  const out: string[] = [];
  let end = false;
  let genitive = false;
  let i = 0;
  for (; i < words.length && out.length < 12; i++) {
    const w = words[i]!;
    if (w.includes(MASK)) break;
    const lw = w.toLowerCase();
    // "said chairman, CEO and president Craig Menear": a list of titles before the name is one role.
    if ((lw === 'and' ? out.length > 0 && isTitle(words[i + 1] ?? '') : w.endsWith(',') && isTitle(w) && titleListAhead(words, i + 1)) && out.every(isTitle)) {
      out.push(w);
      continue;
    }
    if (lang === 'de' && out.length) {
      const prevW = out[out.length - 1]!;
      // "die Sprecherin des Ministeriums", "der Chef des Bundesamts für Verfassungsschutz": a genitive after a title
      // goes on with the role, and so does a preposition inside it before a capitalised word.
      if ((lw === 'des' || lw === 'der') && isTitle(prevW)) { genitive = true; out.push(w); continue; }
      if (genitive && /^(?:für|von|der|des)$/.test(lw) && CAP.test(words[i + 1] ?? '')) { out.push(w); continue; }
      // "sagte Thomas Müller dem Bayerischen Rundfunk": a dative after the name is who was told.
      if ((lw === 'dem' || lw === 'der' || lw === 'den') && isNameToken(prevW) && !isTitle(prevW) && !genitive) break;
      // "fügte er hinzu", "teilte das Ministerium mit": the verb's particle closes the clause.
      if (GERMAN_PARTICLES.has(lw.replace(/[.,;:!?]+$/, '')) && (i === words.length - 1 || PUNCT_END.test(w))) break;
    }
    if ((BOUNDARY_WORDS.has(lw) || (lang === 'de' && germanBoundary(lw, words, i))) && !(RUN_CONNECTORS.has(lw) && out.length && CAP.test(words[i + 1] ?? ''))) break;
    if (romance && out.length && ROMANCE_PHRASE_END.has(lw)) break;
    // A bracket after the name holds its party or place ("Tabata Amaral (PSB-SP)", "Dianne Feinstein (D-Calif.)").
    if (out.length && /^[(\[]/.test(w)) break;
    out.push(w.replace(/[,;:.!?]+$/, (m) => (m === '.' && isAbbreviation(w) ? '.' : '')));
    // A dot ends the phrase unless it is an initial or an abbreviation inside a name ("George W. Bush", "Gov."), or
    // initials before a title ("U.S. Attorney Jane Cox"): "D.C." or "U.K." may end the sentence.
    // A suffix ("Jr.") is a name's last word.
    if (PUNCT_END.test(w) && (NAME_SUFFIX.test(w) || !(isAbbreviation(w) && (!/^(?:\p{Lu}\.){2,}$/u.test(w) || isTitle(words[i + 1] ?? ''))))) {
      end = true;
      break;
    }
  }
  let appositive: string | null = null;
  if (end && /,$/.test(words[i] ?? '')) {
    const rest = words.slice(i + 1).join(' ');
    const m = /^([^,.;:]{3,120})/.exec(rest);
    // (In French, Spanish, Italian and Portuguese any apposition: the role filter keeps only a title's or a person
    // noun's phrase, "vecina del barrio", "economista de BBVA".)
    if (m && ((romance && !ROMANCE_RELATIVE.test(m[1]!)) || /^(?:a|an|the)\s/i.test(m[1]!) || m[1]!.split(/\s+/).some(isTitle))) appositive = m[1]!.trim();
  }
  const hometown = end && /,$/.test(words[i] ?? '') && CAP.test(words[i + 1] ?? '');
  const phrase = nameThenOrganisation(out, lang, hometown) ?? documentSource(out, words, i) ?? analyzeWords(out, lang);
  // "said the mayor, Tom Hale.", "a dit le maire de Lyon, Jean Dupont.": a description, then the name set off by a
  // comma that ends the sentence or the clause.
  if (phrase?.kind === 'desc' && end && /,$/.test(words[i] ?? '')) {
    const named = nameRun(words, i + 1);
    if (named) return { phrase: { kind: 'name', name: named, role: phrase.desc }, appositive: null };
  }
  return { phrase, appositive };
}

/** French inversion right after a verb: "«…», explique-t-il", "Certes, concède-t-elle, …": the pronoun. */
export function invertedPronoun(afterVerb: string, lang: string | null): Phrase | null {
  const inv = lang?.startsWith('fr') ? /^(?:-t)?-(il|elle|ils|elles)(?![\p{L}-])/u.exec(afterVerb) : null;
  return inv ? { kind: 'pronoun', pronoun: inv[1]!, group: inv[1]!.endsWith('s') } : null;
}

/** The particles of German separable speech verbs. */
const GERMAN_PARTICLES = new Set(Object.values(GERMAN_PARTICLE_VERBS).flat());
/** German articles and prepositions: a capitalised word after one is a noun or its object, not a person's name. */
const GERMAN_OBJECT = new Set(['des', 'der', 'dem', 'den', 'von', 'vom', 'zur', 'zum', 'im', 'am', 'beim', 'bei', 'aus', 'mit', 'für', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'die', 'das']);

/** A German body's name by its ending ("Innenministerium", "Landeskriminalamt", "Staatsanwaltschaft"). */
const GERMAN_BODY = /(?:ministerium|amt|amts|behörde|gericht|polizei|verband|bund|partei|regierung|konzern|bank|gruppe|verein|stiftung|institut|agentur|kommission|werke|bahn|rat|staatsanwaltschaft|senat|verwaltung|kanzlei|union)$/iu;

/** A relative clause after a name ("Claire Dubois, qui dirige…") is no apposition. */
const ROMANCE_RELATIVE = /^\s*(?:qu['’]|(?:qui|que|dont|où|quien|quienes|cuyo|cuya|donde|che|cui|dove|quem|cujo|cuja|onde)(?!\p{L}))/iu;

/** A full name of two to five words from `k` that ends at a punctuation mark or the text's end, or null. */
function nameRun(words: string[], k: number): string | null {
  const nm: string[] = [];
  for (; k < words.length && nm.length < 5; k++) {
    const w = words[k]!;
    if (w.includes(MASK) || !(isNameToken(w) || (nm.length && PARTICLES.has(w) && isNameToken(words[k + 1] ?? '')))) return null;
    nm.push(w);
    if (PUNCT_END.test(w) && !(w.length === 2 && w[1] === '.')) break;
  }
  const last = nm[nm.length - 1];
  if (nm.length < 2 || !last || !(PUNCT_END.test(last) || k >= words.length) || /[’']s\W*$/.test(last)) return null;
  return nm.map((w, x) => (x === nm.length - 1 ? bare(w) : w.replace(/[,;:]+$/, ''))).join(' ');
}

/** What a body publishes in its own words: "a report from X", "the statement by X" credit X. */
const DOCUMENTS = new Set(['report', 'statement', 'study', 'survey', 'letter', 'filing', 'complaint', 'release', 'memo', 'analysis', 'note', 'paper', 'review', 'audit', 'assessment', 'lawsuit', 'ruling', 'post', 'notice', 'announcement']);
const SOURCE_PREP = /^(?:from|by|of)$/i;

/** "said a report from Kotak Institutional Equities": the document's author, when `out` ends in a document noun and the word at `i` of `words` is from/by/of. */
function documentSource(out: string[], words: string[], i: number): Phrase | null {
  const last = out[out.length - 1];
  if (!last || !DOCUMENTS.has(lower(bare(last))) || !SOURCE_PREP.test(words[i] ?? '')) return null;
  const src: string[] = [];
  for (let k = i + 1; k < words.length && src.length < 8; k++) {
    const w = words[k]!;
    // "a statement from Gov. Gavin Newsom": the person, without the title; "by Trump's campaign": a description.
    if (!src.length && (DETERMINERS.test(w) || isTitle(w))) continue;
    if (/[’']s$/.test(w) && !CAP.test(words[k + 1] ?? '')) return null;
    // An organisation's name may hold a title word ("Pew Research Center", "National Guard").
    const capital = CAP.test(w) && !w.includes(MASK);
    if (!(capital || (src.length && RUN_CONNECTORS.has(w.toLowerCase()) && CAP.test(words[k + 1] ?? '')))) break;
    src.push(w);
    if (PUNCT_END.test(w) && !isAbbreviation(w)) break;
  }
  if (!src.length || !src.some(isNameToken) || !CAP.test(src[src.length - 1]!)) return null;
  return { kind: 'name', name: src.map((w, k) => (k === src.length - 1 ? bare(w) : w.replace(/[,;:]+$/, ''))).join(' '), role: null };
}

/** From `k` on, more titles (with commas) and then "and" and a title: the rest of a list of titles. */
function titleListAhead(words: string[], k: number): boolean {
  for (let n = 0; k < words.length && n < 6; k++, n++) {
    const w = words[k]!;
    if (w === 'and') return isTitle(words[k + 1] ?? '');
    if (!isTitle(w)) return false;
  }
  return false;
}

/**
 * "said planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory": after an inverted verb, a person's name
 * of two words or more followed by of/at/from and an organisation is the speaker; the organisation joins the role.
 */
function nameThenOrganisation(out: string[], lang: string | null, hometown: boolean): Phrase | null {
  const p = out.findIndex((w, k) => k >= 2 && AFFILIATION.has(w) && isNameToken(out[k - 1]!) && isNameToken(out[k - 2]!));
  if (p < 0 || p === out.length - 1) return null;
  const head = analyzeWords(out.slice(0, p), lang);
  if (head?.kind !== 'name' || !head.name.includes(' ') || isOrgName(head.name)) return null;
  // "Ann Lee of Portland, Oregon": a town and its region is a hometown, not an affiliation ("of Greenpeace" is one).
  if (hometown) return { kind: 'name', name: head.name, role: head.role };
  const org = out.slice(p + 1).join(' ');
  return { kind: 'name', name: head.name, role: head.role ? `${head.role} ${out[p]} ${org}` : org };
}
const AFFILIATION = new Set(['of', 'at', 'from']);

export function isOrgName(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_WORDS.has(lower(w)));
}

export { MASK };
