// Word lists for quote and speaker finding, one place, each with the reason it exists.

/** "warn(,s,ed,ing)" is warn warns warned warning: a stem and its endings ("" the stem alone); other words as they are. */
function inflect(words: string): string[] {
  return words.split(' ').flatMap((w) => {
    const m = /^(.+)\((.*)\)$/.exec(w);
    return m ? m[2]!.split(',').map((end) => m[1] + end) : [w];
  });
}

/** Speech verbs per language, every inflected form listed: news prose attributes quotes with a small closed set of verbs. */
export const SPEECH_VERBS: Record<string, string[]> = {
  en: inflect(
    'say(,s,ing) said tell(,s,ing) told add(,s,ed,ing) warn(,s,ed,ing) insist(,s,ed) quip(,s,ped) ' +
    'tweet(,s,ed,ing) writ(e,es,ing) wrote explain(,s,ed,ing) noted noting argu(e,es,ed,ing) ask(,s,ed,ing) ' +
    'repl(y,ies,ied,ying) continu(e,es,ed,ing) stated recall(,s,ed,ing) claimed claiming acknowledge(,s,d) ' +
    'admit(,s,ted) announce(,s,d) declare(,s,d) stress(,es,ed) emphasise(,d) emphasize(,d) suggest(,s,ed) ' +
    'respond(,s,ed) concede(,d) joke(,s,d) predict(,s,ed) promise(,s,d) vow(,s,ed) urge(,s,d) complain(,s,ed) ' +
    'describ(e,es,ed,ing) called calling posted posting testif(y,ied,ies) reiterate(,d) observe(,d) remark(,ed) ' +
    'exclaim(,ed) shout(,ed) scream(,ed) whisper(,ed) chant(,ed) sing sang cry cried yell(,ed) laugh(,ed) ' +
    'beg(,ged) plead(,ed,s) confirm(,s,ed) den(y,ies,ied) countered retort(,ed) maintain(,s,ed) pointed ' +
    'assert(,s,ed) contend(,s,ed) reported touted caution(,s,ed) boast(,ed) concluded conclude mused muse ' +
    'lament(,ed) accuse(,d) charged criticise(,d) criticize(,d) praise(,d) thank(,ed) chimed dubbed',
  ),
  fr: inflect(
    'dit dire déclar(e,é) affirm(e,é) expliqu(e,é) ajout(e,é) soulign(e,é) estim(e,é) assur(e,é) indiqu(e,é) ' +
    'précis(e,é) martèle martelé lanc(e,é) racont(e,é) répond(,u) confi(e,é) prévient prévenu insist(e,é) avertit ' +
    'averti écrit tweeté rappelle rappelé poursuit poursuivi',
  ),
  de: inflect(
    'sagt(,e,en) gesagt erklärt(,e,en) betont(,e) meint(,e) fügt(e,) schreibt schrieb warnt(,e) kritisiert(,e) so ' +
    'teilt(e,) antwortet(e,) ergänzt(e,) bekräftigte räumte versicherte fordert(e,)',
  ),
  es: inflect(
    'dijo dice decía afirmó afirma explicó explica añadió añade señaló señala aseguró asegura declaró declara ' +
    'indicó indica advirtió advierte agregó agrega sostuvo sostiene escribió manifestó insistió respondió comentó',
  ),
  it: inflect(
    'detto dice dichiarato dichiara spiegato spiega aggiunto aggiunge affermato afferma sottolineato sottolinea ha ' +
    'commentato commenta scritto scrive avvertito ribadito ribadisce osservato',
  ),
  pt: inflect(
    'disse diz afirmou afirma declarou declara explicou explica acrescentou acrescenta ressaltou destacou ' +
    'salientou garantiu escreveu respondeu comentou alertou',
  ),
  ru: inflect(
    'сказал(,а,и) говорит говорил(,а) заявил(,а,и) отметил(,а,и) добавил(,а) пояснил(,а) подчеркнул(,а) ' +
    'написал(,а) сообщил(,а) ответил(,а)',
  ),
  id: inflect('kata(,nya) ujar(,nya) tutur(,nya) bersabda berkata mengatakan menegaskan menjelaskan bertanya menjawab'),
};

/** Phrases that put the source after the words ("according to X"): the source is the noun phrase that follows. */
export const ACCORDING_TO = ['according to', 'selon', 'laut', 'según', 'secondo', 'segundo', 'de acordo com', 'по словам', 'menurut'];

/** Verbs after which a following name is the listener, not the speaker ("X told Reuters", "asked Morrison"). */
export const LISTENER_VERBS = new Set(
  inflect('tell(,s,ing) told urge(,d,s) beg(,ged) thank(,ed) praise(,d) accuse(,d) criticise(,d) criticize(,d) charge(,d) call(,s,ed) describ(e,ed,es,ing)'),
);

/** Titles and role nouns: mark where a role ends and a name begins ("White House press secretary Karoline Leavitt"). */
export const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary spokesman spokeswoman spokesperson coach captain director chief ceo cfo coo ' +
    'chairman chairwoman chair governor gov senator sen rep representative congressman congresswoman mayor judge justice ' +
    'general gen colonel col lt lieutenant sgt sergeant capt cmdr commander admiral officer official chancellor ' +
    'speaker superintendent teacher attorney lawyer ambassador envoy analyst professor prof dr mr mrs ms miss sir dame lord ' +
    'host actor actress singer rapper star founder co-founder cofounder executive administrator manager economist ' +
    'researcher scientist author editor reporter correspondent writer spokespeople leader king queen prince princess pope ' +
    'defenseman defender winger forward goalie quarterback striker midfielder guard center pitcher player owner ' +
    'head deputy adviser advisor counsel prosecutor detective inspector sheriff trooper chef doctor physician nurse ' +
    'student resident activist expert strategist commissioner comptroller treasurer auditor premier councillor councilman ' +
    'councilwoman alderman lawmaker legislator candidate nominee partner principal dean rabbi imam bishop priest pastor ' +
    'cardinal reverend rev father sister brother mother wife husband son daughter'
  ).split(' '),
);

/** Capitalised words that start a sentence or a clause but never a person's name. */
export const NOT_NAME_WORDS = new Set(
  (
    'the a an in on at for and but or so yet if as when while after before since because although though however ' +
    'meanwhile still then now this that these those there here it its he she they we i you his her their our my your ' +
    'according asked during despite earlier later last next first one two also even only just more most some many ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mr mrs ms dr sen rep gov st new what why how who where which yes no not ' +
    'instead until unless with without from by of to up down over under about'
  ).split(' '),
);

/** Words that make a capitalised phrase an organisation rather than a person (pronoun "he/she" never points at them). */
export const ORG_WORDS = new Set(
  (
    'house department ministry ministries office council committee company corp corporation inc ltd llc co university ' +
    'college school association party court times news post agency bank fund group union force forces army navy ' +
    'institute center centre foundation commission board police service services network airlines airways government ' +
    'parliament congress senate kremlin state states kingdom republic club team federation league organization ' +
    'organisation authority administration bureau society trust hospital church mosque museum productions records ' +
    'studios media press journal magazine daily tribune herald reuters associated ap afp bbc cnn nasa fbi cia pentagon ' +
    'nato un eu who campaign project desk'
  ).split(' '),
);

/** Pronouns that stand for a speaker. */
export const PERSON_PRONOUNS = new Set('he she il elle er sie él ella lui lei ele ela он она dia beliau'.split(' '));
export const GROUP_PRONOUNS = new Set('they it we ils elles ellos ellas loro eles elas они'.split(' '));

/** Words between a subject and its speech verb that do not change who speaks ("Volker later said"). */
export const AUX_WORDS = new Set(
  ('also later then previously once recently has had have would will could may might already again simply just ' +
    'quickly firmly further flatly bluntly repeatedly publicly privately earlier separately frequently often since').split(' '),
);

/** Cues right before a quoted phrase that make it a name or a label, not someone's words. */
export const NAMING_CUES =
  /(?:\b(?:known as|dubbed|nicknamed|so-called|so called|termed|titled|entitled|named|the (?:term|phrase|word|words|slogan|hashtag|motto|label|song|film|movie|book|show|series|album|novel|play|program|programme|nickname|name)(?: of)?)|\b(?:knows?|knew|refers? to|referred to) (?:it|them|this|him|her) as|\b(?:called))\s*$/i;

/** Quote marks: opening mark → the closing marks it accepts (German „…“ and mixed curly/straight pairs occur in the wild). */
export const PAIRS: Record<string, string> = {
  '“': '”"',
  '„': '“”"',
  '«': '»',
  '‹': '›',
  '»': '«',
  '「': '」',
  '『': '』',
  '"': '"”',
};

/** Languages that write dialogue with a leading dash rather than quote marks. */
export const DASH_DIALOGUE_LANGS = new Set('fr es it pt ru uk bg pl ca ro sr hr'.split(' '));

/** Languages whose single quotes mark emphasis or paraphrase, never speech (Korean, Japanese, Chinese usage). */
export const NO_SINGLE_QUOTE_LANGS = new Set(['ko', 'ja', 'zh']);
