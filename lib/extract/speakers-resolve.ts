// Step 3 of quotes: turn each attribution into a speaker and role over the whole article: surnames and pronouns
// back to the fullest name, descriptions to the person holding that role, quote-only paragraphs to the previous speaker.
import type { Quote } from '../model';
import type { Tracer } from './types';
import type { BlockInfo } from './quotes';
import type { Span } from './quotes-spans';
import type { Attribution } from './speakers';
import { bestRole, cleanRole, fullName, isCommonNoun, lastWord, personByRole, POSSESSIVE, type Mention, type Registry } from './speakers-registry';
import { isHonorific, isOrgName, isTitle, withoutElision } from './speakers-phrase';
import { isDescWord } from './words';
import { GERMAN_ARTICLE, GERMAN_BOUNDARY, NOT_NAME_WORDS, ORG_WORDS, ROMANCE_BODIES } from './lexicon';

export interface Candidate {
  text: string;
  info: BlockInfo;
  /** Position of the block among non-heading blocks. */
  n: number;
  span: Span;
  sentence: number;
  att: Attribution | null;
  /** The paragraph holds nothing but quoted words. */
  onlyQuotes: boolean;
}

interface Resolved {
  speaker: string | null;
  role: string | null;
  how: string;
  explicit: boolean;
}

/** Nouns that, after "the", describe one person ("the actor", "the 36-year-old"). */
const PERSON_NOUN = /^(?:actor|actress|singer|coach|player|star|senator|lawmaker|official|minister|president|\d+-year-old)$/iu;
const THE = /^the$/iu;

/**
 * "the actor", "the 36-year-old": a definite description of one person, who must have been named before. Up to two
 * words of letters, digits or hyphens, an optional "the" in front, then the noun; tested word by word because a
 * case-insensitive \p{L} class costs milliseconds to compile on a fresh page.
 */
function isDefinitePerson(desc: string): boolean {
  const ws = desc.split(/\s+/);
  if (!PERSON_NOUN.test(ws[ws.length - 1]!)) return false;
  const pre = ws.slice(0, -1);
  if (pre.length > 3 || (pre.length === 3 && !THE.test(pre[0]!))) return false;
  return pre.every(isDescWord);
}

const snippet = (s: string, n = 60) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function resolveSpeakers(cands: Candidate[], infos: BlockInfo[], reg: Registry, lang: string | null, tracer?: Tracer): Quote[] {
  const res: (Resolved | null)[] = cands.map(() => null);
  const speakers = new Set<string>();
  // Quotes whose own attribution names the speaker ("said Ann Lee", "Lee said").
  const named = new Set<number>();
  // Pass A: names and descriptions stand on their own.
  cands.forEach((c, i) => {
    const p = c.att?.phrase;
    if (!p || p.kind === 'pronoun') return;
    if (p.kind === 'name' && isCommonNoun(reg, p.name)) {
      res[i] = { speaker: null, role: p.name, how: `${c.att!.rule}: "${p.name}" is a common noun (capitalised only at sentence starts): unnamed source`, explicit: true };
    } else if (p.kind === 'name') {
      const speaker = fullName(reg, p.name, c.info.block.index);
      res[i] = { speaker, role: bestRole(reg, speaker) ?? p.role ?? c.att!.appositive, how: `${c.att!.rule}: "${p.name}" → ${speaker}`, explicit: true };
      named.add(i);
      speakers.add(speaker);
    } else {
      const person = personByRole(reg, p.desc);
      if (person) res[i] = { speaker: person, role: bestRole(reg, person), how: `${c.att!.rule}: description "${p.desc}" is the role of ${person}`, explicit: true };
      else if (isDefinitePerson(p.desc)) return;
      else res[i] = { speaker: null, role: p.desc, how: `${c.att!.rule}: unnamed source "${p.desc}"`, explicit: true };
    }
  });
  // Pass B, in reading order: pronouns, same-paragraph and next-paragraph continuations, lead-ins, names in the sentence.
  // The previous quote: who said it, whether its attribution named them, and its sentence (block index, sentence).
  let last: { speaker: string | null; role: string | null; n: number; named: boolean; block: number; sentence: number } | null = null;
  cands.forEach((c, i) => {
    let r = res[i];
    const p = c.att?.phrase;
    // "said the actor": a definite description with no matching role is the person the story is quoting.
    if (!r && p?.kind === 'desc' && last?.speaker && c.n - last.n <= 6 && isDefinitePerson(p.desc)) {
      r = { speaker: last.speaker, role: last.role, how: `${c.att!.rule}: "${p.desc}" refers back to the last speaker`, explicit: true };
    } else if (!r && p?.kind === 'desc') r = { speaker: null, role: p.desc, how: `${c.att!.rule}: unnamed source "${p.desc}"`, explicit: true };
    if (!r && p?.kind === 'pronoun') {
      // (The gender words are English: a French "son" is "his" or "her".)
      // Back to the previous quote's sentence, when it is near and its attribution named the speaker: a person named as a
      // subject since then takes the pronoun; with none, it is that speaker ("“…,” Mr. McHugh said. “…,” he added.").
      const since = last?.named && last.speaker && c.n - last.n <= 2 ? last : null;
      // The sentence right before the quote's: in its paragraph, or the last of the paragraph before.
      const before = infos[c.n - 1];
      const previous = c.sentence > 0 ? { block: c.info.block.index, sentence: c.sentence - 1 } : before ? { block: before.block.index, sentence: before.starts.length - 1 } : undefined;
      const who = pronounTarget(c, reg, speakers, last?.speaker ?? null, p.group, lang === 'en' ? PRONOUN_GENDER[p.pronoun] : undefined, since, previous, lang);
      r = who
        ? { speaker: who, role: bestRole(reg, who), how: `${c.att!.rule}: pronoun "${p.pronoun}" → ${who}`, explicit: true }
        : { speaker: last?.speaker ?? null, role: last?.role ?? null, how: `${c.att!.rule}: pronoun "${p.pronoun}" → previous speaker`, explicit: true };
    }
    if (!r) {
      const sameBlock = cands.findIndex((o, j) => j !== i && o.n === c.n && res[j]?.explicit);
      const prevInBlock = cands.slice(0, i).reverse().find((o) => o.n === c.n);
      const prevIdx = prevInBlock ? cands.indexOf(prevInBlock) : -1;
      // (A quote that goes on from a named one in its paragraph is named too.)
      if (prevIdx >= 0 && res[prevIdx]) {
        r = { ...res[prevIdx]!, how: 'continues the quote before it in the same paragraph', explicit: false };
        if (named.has(prevIdx)) named.add(i);
      } else if (sameBlock >= 0) {
        r = { ...res[sameBlock]!, how: 'attributed by the other quote of the same paragraph', explicit: false };
        if (named.has(sameBlock)) named.add(i);
      }
      // (A quote-only paragraph or a reopened quote goes on with a named quote: named too, so a "she added" after it is
      // still its speaker.)
      else if (last && c.onlyQuotes && continues(infos, last.n, c.n)) {
        r = { speaker: last.speaker, role: last.role, how: 'quote-only paragraph continues the previous speaker', explicit: false };
        if (last.named) named.add(i);
      } else if (last && reopens(c, infos, last.n)) {
        r = { speaker: last.speaker, role: last.role, how: 'the quote left open at the end of the paragraph before reopens here', explicit: false };
        if (last.named) named.add(i);
      }
      else {
        const who = nameInSentence(c, reg, speakers);
        if (who) r = { speaker: who, role: bestRole(reg, who), how: `no speech verb; ${who} is named in the sentence`, explicit: false };
        else r = { speaker: null, role: null, how: 'no attribution found', explicit: false };
      }
    }
    res[i] = r;
    last = { speaker: r.speaker, role: r.role, n: c.n, named: named.has(i), block: c.info.block.index, sentence: c.sentence };
  });
  return cands.map((c, i) => {
    const r = res[i]!;
    if (tracer?.on) tracer.add({ step: 'speaker', decision: r.speaker ?? 'null', reason: `${r.how}${c.att ? ` — in: ${snippet(c.att.evidence, 140)}` : ''}`, node: snippet(c.text) });
    return { text: c.text, speaker: r.speaker, role: finalRole(r.role, r.speaker, lang), block: c.info.block.index };
  });
}

// Words a title never starts with: a pronoun, an auxiliary or a clause opener means the phrase read as a role is
// really part of a sentence ("He", "had dubbed …", "In a letter to …").
const NOT_ROLE_START = /^(?:he|she|they|it|we|i|you|his|her|their|its|this|that|these|those|had|has|have|was|were|is|are|will|would|in|on|at|after|before|during|since|if|because)\b/i;

/** Relations a role may name besides titles ("his longtime friend", "her boyfriend"). */
const RELATIONS = /^(?:friend|boyfriend|girlfriend|fianc[ée]e?|cousin|grandson|granddaughter|neighbou?r|colleague|classmate|roommate|step\w+|partner|ex-\w+)$/i;

/** "Their mother Sharon": the relation is the role, without whose it is, when one of the next three words names a
 * title or relation ("her voice shaking…" keeps its "her", and NOT_ROLE_START then refuses it). */
function withoutOwner(r: string): string {
  const m = /^(?:his|her|their)\s+/i.exec(r);
  if (!m) return r;
  const rest = r.slice(m[0].length);
  return rest.split(/\s+/, 3).some((w) => isTitle(w) || RELATIONS.test(w)) ? rest : r;
}

/** The role as shown to readers: the title words only, none when what was read is not a title. */
function finalRole(role: string | null, speaker: string | null, lang: string | null): string | null {
  if (!role) return null;
  let r: string | null = withoutOwner(cleanRole(role).replace(/[\u2060-\u2064\u200b-\u200d\ufeff]/g, '').trim());
  if (r && lang?.startsWith('de')) r = germanRole(r);
  else if (r && (!lang || lang.startsWith('en')) && !englishRole(r)) r = null;
  else if (r && lang && ROMANCE_CLAUSE[lang.slice(0, 2)]) r = romanceRole(r, ROMANCE_CLAUSE[lang.slice(0, 2)]!);
  if (!r || !/\p{L}/u.test(r) || (speaker && r.toLowerCase() === speaker.toLowerCase()) || NOT_ROLE_START.test(r) || isHonorific(r)) return null;
  return r;
}

/** Who or what speaks in an unnamed source's description, besides titles ("one tester", "critics", "the report"). */
const SOURCE_NOUNS = new Set(
  (
    'man men woman women girl boy people person someone user tester tutor source critic aide protester ' +
    'demonstrator member staffer fellow scholar investor consultant developer commentator co-author officer ' +
    'official teacher expert analyst counterpart think-tank tank friend neighbour neighbor witness victim ' +
    'survivor fan voter worker employee parent guru insider observer coroner billionaire millionaire buyer ' +
    'seller customer client patient caller passenger driver shopper reader viewer listener bystander onlooker ' +
    'firm article report statement letter study survey lawsuit complaint affidavit website document manifesto ' +
    'filing memo poll'
  ).split(' '),
);
/** Person nouns by their ending: "historian", "glaciologist", "meteorologist". */
const PERSON_SUFFIX = /\p{L}{3}(?:ist|ian)s?$/u;

/**
 * An English role names who the speaker is: a title, a person or source noun ("one tester", "the report"), an
 * organisation's word ("the company"), or a possessive ("Loeb's attorney"). Words the attribution caught besides
 * ("To", "another", "the morning to", "writing to") are none.
 */
function englishRole(r: string): boolean {
  if (POSSESSIVE.test(r)) return true;
  const ws = r.split(/\s+/);
  // A proper name alone is the speaker's affiliation ("Ann Lee of Greenpeace"), unless it is a word opening a sentence.
  if (ws.every((w) => /^\p{Lu}/u.test(w)) && !NOT_NAME_WORDS.has(ws[0]!.toLowerCase())) return true;
  return ws.some((w) => {
    if (isTitle(w)) return true;
    const l = w.replace(/[^\p{L}-]+$/u, '').toLowerCase();
    // Plurals ("the researchers", "residents") and compounds ("president-elect") by their parts.
    const one = l.endsWith('s') ? l.slice(0, -1) : l;
    return [l, one, ...one.split('-')].some((x) => x && (SOURCE_NOUNS.has(x) || ORG_WORDS.has(x) || isTitle(x))) || PERSON_SUFFIX.test(l);
  });
}

/** An inflected German adjective before a noun ("ehemalige", "stellvertretende", "frühere", "neuen"), in lower case,
 * by the endings adjectives have and past-tense verbs ("mahnte", "sagte") do not. */
const GERMAN_ADJECTIVE = /^\p{Ll}*(?:ig|isch|lich|end|er|st|neu|alt|iert|groß|jung)(?:e|en|er|es|em)$/u;
/** A capitalised word that modifies the title after it: a genitive ("Münsters") or a place adjective ("Lienzer"). */
const GERMAN_MODIFIER = /^\p{Lu}\p{L}*(?:s|er)$/u;
/** Words that open a phrase after the title ("Experte bei Amnesty", "Chef einer Agentur in Berlin"). */
const GERMAN_PHRASE_WORD = /^(?:bei|beim|in|im|am|an|auf|aus|von|vom|vor|zu|zum|zur|für|mit|der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|und)$/;

/**
 * A German role as the noun phrase around its title word: from an article or the modifiers right before it
 * ("die Lienzer Bürgermeisterin", "Zoo- und Tierparkdirektor") through a phrase after it ("Rüstungsexperte bei Amnesty
 * International"); the words of the sentence around it are left out ("Eindringlich ging Erzbischof" → "Erzbischof",
 * "der Drusenführer kämpferisch" → "der Drusenführer"). Without a title word the phrase is no role.
 */
function germanRole(role: string): string | null {
  const ws = role.split(/\s+/);
  const t = ws.findIndex((w) => isTitle(w));
  if (t < 0) return null;
  let from = t;
  for (let k = t - 1; k >= 0; k--) {
    const w = ws[k]!;
    if (GERMAN_ARTICLE.test(w)) { from = k; break; }
    const compound = w === 'und' && k > 0 && ws[k - 1]!.endsWith('-');
    if (!(isTitle(w) || compound || w.endsWith('-') || GERMAN_MODIFIER.test(w) || (GERMAN_ADJECTIVE.test(w) && !GERMAN_BOUNDARY.has(w)))) break;
    from = k;
  }
  let to = t + 1;
  // After the title: more titles ("Prof. Dr."), or a phrase opened by a preposition or an article; a bare capitalised
  // word there is a name, a lower-case one the sentence going on.
  for (let inPhrase = false; to < ws.length; to++) {
    const w = ws[to]!;
    if (GERMAN_PHRASE_WORD.test(w)) inPhrase = true;
    else if (!(isTitle(w) || (inPhrase && /^\p{Lu}/u.test(w)))) break;
  }
  while (to > t + 1 && GERMAN_PHRASE_WORD.test(ws[to - 1]!)) to--;
  return ws.slice(from, to).join(' ');
}

/** Who speaks in a French, Spanish, Italian or Portuguese description besides titles: relations, people, witnesses. */
const ROMANCE_PERSONS = new Set(
  (
    'père mère fils fille frère sœur mari épouse femme homme habitant habitante témoin victime voisin voisine ami amie ' +
    'proche source élu élue militant militante étudiant étudiante salarié salariée patron patronne accusé accusée ' +
    'prévenu prévenue suspect suspecte détenu détenue infirmier infirmière enquêteur enquêtrice acusado acusada ' +
    'enfermero enfermera sospechoso sospechosa infermiere infermiera indagato indagata enfermeiro enfermeira ' +
    'suspeito suspeita médecin médico medico journaliste periodista giornalista jornalista pensionato pensionata ' +
    'commerciante comerciante commerçant commerçante retraité retraitée jubilado jubilada aposentado aposentada ' +
    'padre madre hijo hija hermano hermana esposa esposo marido mujer hombre vecino vecina testigo víctima fuente ' +
    'amigo amiga estudiante portavoces figlio figlia fratello sorella moglie marito donna uomo testimone vittima fonte ' +
    'amico amica pai mãe filho filha irmão irmã mulher homem testemunha vítima vizinho vizinha'
  ).split(' '),
);
/** Person nouns by their ending: "politologue", "sociólogo", "economista", "journaliste", "mathématicien". */
const ROMANCE_PERSON_SUFFIX = /\p{L}{3}(?:iste|ista|logue|ólogo|óloga|ologo|ologa|icien|icienne)$/u;
/** Words that open what follows a role in the sentence: relative pronouns, verbs, conjunctions. */
const ROMANCE_CLAUSE: Record<string, Set<string>> = {
  fr: new Set('qui que dont où lorsque quand est était a avait sont ont sera serait et mais car donc'.split(' ')),
  es: new Set('quien quienes que cual cuando donde es era fue ha había y pero'.split(' ')),
  it: new Set('chi che cui quando dove è era fu ha aveva e ma'.split(' ')),
  pt: new Set('quem que onde quando é era foi tem tinha e mas'.split(' ')),
};
const ROMANCE_DETERMINER = /^(?:le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|el|los|las|uno|una|este|esta|ese|esa|su|sus|il|lo|gli|i|questo|questa|suo|o|os|a|as|um|uma|seu|sua)$/i;
/** Adjectives that come before the noun ("l'ancien ministre", "la nueva presidenta", "o primeiro secretário"). */
const ROMANCE_PRE_ADJ = /^(?:ancien|ancienne|anciens|nouveau|nouvel|nouvelle|premier|première|jeune|grand|grande|futur|future|actuel|actuelle|ex|ex-\p{L}+|vice|antiguo|antigua|nuevo|nueva|primer|primera|joven|gran|actual|nuovo|nuova|primo|prima|giovane|attuale|novo|nova|primeiro|primeira|jovem|atual)$/iu;

const roleNoun = (w: string, bodies: boolean): boolean => {
  // ("son" is "his" or "her" here, not the relation.)
  if (ROMANCE_DETERMINER.test(w)) return false;
  const b = withoutElision(w).replace(/[^\p{L}-]+$/u, '');
  const l = b.toLowerCase();
  const one = l.endsWith('s') ? l.slice(0, -1) : l;
  if (bodies) return ROMANCE_BODIES.has(l) || ROMANCE_BODIES.has(one);
  return isTitle(b) || isTitle(one) || ROMANCE_PERSONS.has(l) || ROMANCE_PERSONS.has(one) || ROMANCE_PERSON_SUFFIX.test(one);
};

/**
 * A French, Spanish, Italian or Portuguese role as the noun phrase of its title or person noun: from its determiner
 * and the adjectives before it ("l'ancien ministre") through what follows it up to a clause word ("le président du
 * tribunal, qui…"); the phrase of the sentence before a comma is left out. Without such a noun the words are no role
 * ("était", "Mi-mars", "son visage fin cerclé de grandes lunettes").
 */
function romanceRole(role: string, clause: Set<string>): string | null {
  const parts = role.split(/,\s*/);
  for (const bodies of [false, true]) {
    for (let p = parts.length - 1; p >= 0; p--) {
      const ws = parts[p]!.split(/\s+/).filter(Boolean);
      const t = ws.findIndex((w) => roleNoun(w, bodies));
      // A body speaks as the phrase's head ("la préfecture", "le ministère des Armées"), not deep inside it.
      if (t < 0 || (bodies && t > 1)) continue;
      let from = t;
      for (let k = t - 1; k >= 0; k--) {
        const w = ws[k]!;
        // An article and a possessive ("il suo avvocato", "o seu advogado"); an elided article ("l’ancien").
        if (ROMANCE_DETERMINER.test(w)) { from = k > 0 && ROMANCE_DETERMINER.test(ws[k - 1]!) ? k - 1 : k; break; }
        const bare_ = withoutElision(w);
        if (!(ROMANCE_PRE_ADJ.test(bare_) || isTitle(w))) {
          // One other adjective between an article and the noun ("la célèbre avocate").
          if (k === t - 1 && k > 0 && /^\p{Ll}+$/u.test(w) && !clause.has(w) && ROMANCE_DETERMINER.test(ws[k - 1]!)) from = k - 1;
          break;
        }
        from = k;
        // (An elided article opens the phrase: "l’ancien".)
        if (bare_ !== w) break;
      }
      let to = t + 1;
      while (to < ws.length && to - t <= 8 && !clause.has(ws[to]!.toLowerCase())) to++;
      return ws.slice(from, to).join(' ');
    }
  }
  return null;
}

/** He/she: the subject of the nearest sentence before the quote whose subject is a person. Sentences whose subject is
 * itself a pronoun continue the chain; names standing as objects ("threatened Ilhan Omar") are only a fallback. */
function pronounTarget(
  c: Candidate, reg: Registry, speakers: Set<string>, last: string | null, group: boolean, gender?: Gender,
  since?: { speaker: string | null; block: number; sentence: number } | null,
  previous?: { block: number; sentence: number }, lang?: string | null,
): string | null {
  const b = c.info.block.index;
  const at = c.span.outerStart;
  // Names in the quote's own sentence are the pronoun's objects ("He urged Mr. Trump …, saying"), not its referent.
  const { mentions: before, opener: sentenceOpener } = mentionsBefore(reg, b, at, c.sentence);
  // The previous quote's source, unless the pronoun's gender rules it out ("she" after a quote of the actress's son).
  const barrier = since && !(gender && since.speaker && genderOf(reg, since.speaker) === OTHER_GENDER[gender]) ? since : null;
  let fallback: string | null = null;
  const keep = (x: Mention) => {
    const nm = fullName(reg, x.name, x.block);
    // "she" is not the person the article calls an actor's son; "he" is not "the Energy Control lab".
    if (gender && genderOf(reg, nm) === OTHER_GENDER[gender]) return null;
    if (!group && x.determined) return null;
    // A German noun with its article ("Die Mieten", "Das Duo") is no person.
    if (lang === 'de' && nm.includes(' ') && GERMAN_ARTICLE.test(nm.slice(0, nm.indexOf(' ')))) return null;
    // A one-word name counts once it has spoken, or where it stands as the subject after the role the article gives
    // it ("Their mother Sharon admitted"), or opening a sentence once the article also writes it mid-sentence ("Andrew
    // claims…", after "denied by Andrew").
    const known = nm.includes(' ') || speakers.has(nm) || (x.subject && personRole(reg, nm) && (!x.initial || midSentence(reg, x.name)));
    return !NOT_NAME_WORDS.has(nm.toLowerCase()) && (group || (known && !isOrgName(nm))) ? nm : null;
  };
  // "Li Xinggan, director of…, told a press conference that «…» he said": the name opening the quote's own sentence, as
  // its subject, is who "he" is (the sentence's other names are the pronoun's objects).
  // (Not a possessive name: "Ann Lee’s husband wept as he said «…»". A pronoun between is most often the same person,
  // "Henry David Thoreau is as relevant as ever when he writes, «…»", though not always: "Ann Lee watched as he told
  // the court «…»" is left to this rule's mistake.)
  const opener = group ? undefined : sentenceOpener;
  const between = opener ? c.info.masked.slice(opener.offset + opener.name.length, at) : '';
  const own = opener && !/^[’']/.test(between) ? keep(opener) : null;
  if (own) return own;
  for (let k = before.length - 1; k >= 0; ) {
    const m = before[k]!;
    // Back past the previous quote's sentence with no subject found: the pronoun is its speaker (null: the previous one).
    if (barrier && (m.block < barrier.block || (m.block === barrier.block && m.sentence < barrier.sentence))) return null;
    let g = k;
    while (g > 0 && before[g - 1]!.block === m.block && before[g - 1]!.sentence === m.sentence) g--;
    const group_ = before.slice(g, k + 1);
    k = g - 1;
    // (keep() already asks that a one-word name has spoken or has a role.)
    const subjName = group_.filter((x) => x.subject).map(keep).find((x) => x) ?? null;
    if (subjName) return subjName;
    if (!fallback) {
      const names = group_.map(keep).filter((x): x is string => !!x);
      const people = names.filter((nm) => speakers.has(nm) || reg.roles.has(nm) || (nm === names[0] && nm.includes(' ')));
      if (people.length) fallback = last && people.includes(last) ? last : people[0]!;
    }
    // The sentence right before reports a person speaking, not as its subject ("…, said Tom Forte."), and is not about
    // someone named earlier (no he/she in it): the he/she after it is that person. English only.
    if (gender && previous && m.block === previous.block && m.sentence === previous.sentence && !m.personPronoun) {
      const named = group_.filter((x) => x.speechAgent).map(keep).find((x) => x && x.includes(' '));
      if (named) return named;
    }
  }
  return fallback;
}

/** The article writes this name inside a sentence somewhere, where a capital is a name's. */
const midNames = new WeakMap<Registry, Set<string>>();
function midSentence(reg: Registry, name: string): boolean {
  let set = midNames.get(reg);
  if (!set) midNames.set(reg, (set = new Set(reg.mentions.filter((m) => !m.initial).map((m) => m.name))));
  return set.has(name);
}

/** The article gives this name a person's title or relation ("mother", "spokesman"), not a place's description. */
const personRole = (reg: Registry, name: string) => reg.roles.get(name)?.some((r) => r.split(/\s+/).some(isTitle)) ?? false;

type Gender = 'f' | 'm';
/** The English subject pronouns, whose gender the English role words below can contradict. */
const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f' };
const OTHER_GENDER: Record<Gender, Gender> = { f: 'm', m: 'f' };
// English role nouns that say whether the person is a woman or a man ("Oscar-winning actress", "Steenburgen's son"): in
// lower case, or capitalised as the title right before the name ("Congresswoman Ann Lee", "Prince Harry"); elsewhere
// "Duke", "Queen's" or "Prince George's" are as often part of a university's or a county's name.
const FEMALE = 'actress|wife|mother|daughter|sister|queen|princess|duchess|chairwoman|congresswoman|spokeswoman|businesswoman|councilwoman|grandmother|aunt|niece|girlfriend|widow|madam|sportswoman|policewoman|dame|lady';
const MALE = 'husband|father|son|brother|king|prince|duke|chairman|congressman|spokesman|businessman|councilman|grandfather|uncle|nephew|boyfriend|widower|sportsman|policeman|sir|lord';
/** In lower case anywhere in the role, or capitalised as its last word, right before the name ("Congresswoman"). */
const FEMALE_ROLE = new RegExp(`\\b(?:${FEMALE})\\b|(?:^|\\s)(?:${FEMALE.replace(/\b\w/g, (c) => c.toUpperCase())})$`);
const MALE_ROLE = new RegExp(`\\b(?:${MALE})\\b|(?:^|\\s)(?:${MALE.replace(/\b\w/g, (c) => c.toUpperCase())})$`);
const genders = new WeakMap<Registry, Map<string, Gender | null>>();

/** What the article's roles for this person say of their gender, when they say it one way only (once per name). */
function genderOf(reg: Registry, name: string): Gender | null {
  let memo = genders.get(reg);
  if (!memo) genders.set(reg, (memo = new Map()));
  let g = memo.get(name);
  if (g === undefined) {
    const roles = reg.roles.get(name) ?? [];
    const f = roles.some((r) => FEMALE_ROLE.test(r)), m = roles.some((r) => MALE_ROLE.test(r));
    g = f === m ? null : f ? 'f' : 'm';
    // Without a role that says it, the pronouns the narration uses for the person, when they are all of one gender.
    const e = !f && !m ? pronounGenderOf(reg, name) : undefined;
    if (e && (e.m > 0) !== (e.f > 0)) g = e.m > 0 ? 'm' : 'f';
    memo.set(name, g);
  }
  return g;
}

/** The narration's pronoun evidence for a full name: its own, plus its surname's when no one else has that surname. */
function pronounGenderOf(reg: Registry, name: string): { m: number; f: number } | undefined {
  const own = reg.pronounGender.get(name);
  const key = lastWord(name);
  const short = (reg.byLast.get(key) ?? [name]).length <= 1 ? reg.pronounGender.get(key) : undefined;
  if (!own || !short) return own ?? short;
  return { m: own.m + short.m, f: own.f + short.f };
}

/** How many mentions before a quote are read back: more than any pronoun reaches over, few enough that a paragraph of
 * thousands of names and quotes costs each quote a bounded look. */
const LOOK_BACK = 400;

/**
 * Mentions in the four paragraphs before the quote and in earlier sentences of its own, in reading order (the last
 * LOOK_BACK of them), and the mention that opens the quote's own sentence, if any. Mentions are sorted by block and
 * offset, so both ends are found by binary search.
 */
function mentionsBefore(reg: Registry, b: number, at: number, sentence: number): { mentions: Mention[]; opener?: Mention } {
  const ms = reg.mentions;
  const first = (pred: (m: Mention) => boolean) => {
    let lo = 0, hi = ms.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (pred(ms[mid]!)) hi = mid; else lo = mid + 1; }
    return lo;
  };
  const end = first((m) => m.block > b || (m.block === b && m.offset >= at));
  const start = Math.max(first((m) => m.block >= b - 4), end - LOOK_BACK);
  const mentions: Mention[] = [];
  let opener: Mention | undefined;
  for (let k = start; k < end; k++) {
    const m = ms[k]!;
    if (m.block < b || m.sentence !== sentence) mentions.push(m);
    else if (m.initial && !opener) opener = m;
  }
  return { mentions, opener };
}

/** With no verb, a quote is credited to a speaker named in its own sentence ("Trump’s discussion of ‘…’"). */
function nameInSentence(c: Candidate, reg: Registry, speakers: Set<string>): string | null {
  const b = c.info.block.index;
  for (const m of reg.mentions) {
    if (m.block !== b || m.sentence !== c.sentence) continue;
    const nm = fullName(reg, m.name, b);
    if (speakers.has(nm) || reg.roles.has(nm)) return nm;
  }
  return null;
}

/** A paragraph that opens with a quote mark right after a paragraph whose quote ran to its end without closing: the
 * same quotation goes on (a mark inside it may make the paragraph look like more than quotes). */
function reopens(c: Candidate, infos: BlockInfo[], lastN: number): boolean {
  if (lastN !== c.n - 1 || c.span.outerStart !== 0 || c.info.spans[0] !== c.span) return false;
  const prev = infos[c.n - 1]?.spans;
  return prev !== undefined && prev.length > 0 && !prev[prev.length - 1]!.closed;
}

/** A quote-only paragraph continues the last speaker when only short paragraphs (captions, ad slots) stand between. */
function continues(infos: BlockInfo[], lastN: number, n: number): boolean {
  if (n - lastN < 1 || n - lastN > 4) return false;
  for (let k = lastN + 1; k < n; k++) {
    const t = infos[k]!.block.text;
    if (infos[k]!.spans.length || t.split(/\s+/).length > 25) return false;
  }
  return true;
}
