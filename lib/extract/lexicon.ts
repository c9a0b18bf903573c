// Word lists for quote and speaker finding, one place, each with the reason it exists.

/** Speech verbs per language, inflected forms spelled out: news prose attributes quotes with a small closed set of verbs. */
export const SPEECH_VERBS: Record<string, string[]> = {
  en: (
    'say says said saying tell tells told telling add adds added adding warn warns warned warning insist insists insisted ' +
    'quip quips quipped tweet tweets tweeted tweeting write writes wrote writing explain explains explained explaining ' +
    'noted noting argue argues argued arguing ask asks asked asking reply replies replied replying continue continues ' +
    'continued continuing stated recall recalls recalled recalling claimed claiming acknowledge ' +
    'acknowledges acknowledged admit admits admitted announce announces announced declare declares declared stress stresses ' +
    'stressed emphasise emphasised emphasize emphasized suggest suggests suggested respond responds responded concede conceded ' +
    'joke jokes joked predict predicts predicted promise promises promised vow vows vowed urge urges urged complain complains ' +
    'complained describe describes described describing called calling posted posting testify testified ' +
    'testifies reiterate reiterated observe observed remark remarked exclaim exclaimed shout shouted scream screamed ' +
    'whisper whispered chant chanted sing sang cry cried yell yelled laugh laughed beg begged plead pleaded pleads ' +
    'confirm confirms confirmed deny denies denied countered retort retorted maintain maintains maintained ' +
    'pointed assert asserts asserted contend contends contended reported touted ' +
    'caution cautions cautioned boast boasted concluded conclude mused muse lament lamented accuse accused ' +
    'charged criticise criticised criticize criticized praise praised thank thanked chimed dubbed ' +
    'agreed concedes shouts yells screams sings ordered demanded recounted'
  ).split(' '),
  fr: (
    'dit dire déclare déclaré affirme affirmé explique expliqué ajoute ajouté souligne souligné estime estimé ' +
    'assure assuré indique indiqué précise précisé martèle martelé lance lancé raconte raconté répond répondu confie confié ' +
    'prévient prévenu insiste insisté avertit averti écrit tweeté rappelle rappelé poursuit poursuivi annonce annoncé ' +
    'confirme confirmé reconnaît reconnu admet admis déplore déploré dénonce dénoncé regrette regretté commente commenté ' +
    'conclut conclu témoigne témoigné détaille détaillé avoue avoué promis répète répété résume résumé glisse glissé ' +
    'souffle soufflé ironise ironisé lâche lâché tranche tranché constate constaté observe observé plaide plaidé ' +
    'soutient soutenu argue argué relève relevé signale signalé jure juré concède concédé fustige fustigé exclame ' +
    'interroge interrogé'
  ).split(' '),
  de: (
    'sagt sagte sagten gesagt erklärt erklärte erklärten betont betonte meint meinte fügte fügt schreibt schrieb ' +
    'warnt warnte kritisiert kritisierte so teilte teilt antwortete antwortet ergänzte ergänzt bekräftigte ' +
    'räumte versicherte forderte fordert kündigte kündigt hob hebt wandte wies weist gab gibt stellte stellt erzählt ' +
    'erzählte fuhr führte merkte teilten fügten kündigten wiesen gaben'
  ).split(' '),
  es: (
    'dijo dice decía afirmó afirma explicó explica añadió añade señaló señala aseguró asegura declaró declara ' +
    'indicó indica advirtió advierte agregó agrega sostuvo sostiene escribió manifestó insistió respondió comentó ' +
    'dicho afirmado explicado señalado asegurado declarado indicado advertido agregado añadido manifestado comentado ' +
    'reconoció admitió subrayó destacó apuntó precisó anunció recordó concluyó lamentó expresó aseveró puntualizó ' +
    'relató detalló aclaró contó narró prometió promete prometido denunció denuncia denunciado celebró informó informa ' +
    'informado lamenta reconoce subraya destaca apunta precisa recalca recalcó insiste opinó defendió criticó critica ' +
    'replicó preguntó confesó confiesa admite relata resaltó enfatizó gritó corearon tuiteó sentenció advirtieron ' +
    'dijeron afirmaron explicaron señalaron'
  ).split(' '),
  it: (
    'detto dice dichiarato dichiara spiegato spiega aggiunto aggiunge affermato afferma sottolineato sottolinea ' +
    'commentato commenta scritto scrive avvertito ribadito ribadisce osservato riferito annunciato precisato ' +
    'ammesso confermato raccontato racconta garantito garantisce assicurato assicura ricordato ricorda promesso ' +
    'promette denunciato denuncia lamentato lamenta replicato replica risposto risponde chiarito chiarisce rivelato ' +
    'rivela osserva sostenuto concluso conclude evidenziato evidenzia rimarcato insistito insiste avverte ammette ' +
    'conferma dichiarano dicono'
  ).split(' '),
  pt: (
    'disse diz afirmou afirma declarou declara explicou explica acrescentou acrescenta ressaltou destacou ' +
    'salientou garantiu escreveu respondeu comentou alertou dito afirmado contou relatou lembrou reconheceu ' +
    'admitiu informou anunciou avaliou defendeu completou frisou disseram afirmaram lamentou criticou questionou ' +
    'perguntou prometeu avisou denunciou argumentou observou pontuou concluiu reforçou enfatizou comemorou desabafou ' +
    'ressalta destaca defende'
  ).split(' '),
  ru: (
    'сказал сказала сказали говорит говорил говорила заявил заявила заявили отметил отметила отметили ' +
    'добавил добавила пояснил пояснила подчеркнул подчеркнула написал написала сообщил сообщила ответил ответила'
  ).split(' '),
  id: 'kata katanya ujar ujarnya tutur tuturnya bersabda berkata mengatakan menegaskan menjelaskan bertanya menjawab'.split(' '),
};

/**
 * German verbs that report speech only with their separable particle closing the clause ("fügte er hinzu", "teilte das
 * Ministerium mit", "gab sie zu", "wies der Sprecher zurück"); alone, "gab", "stellte" or "fuhr" say something else.
 */
export const GERMAN_PARTICLE_VERBS: Record<string, string[]> = {
  fügte: ['hinzu', 'an'], fügt: ['hinzu', 'an'], teilte: ['mit'], teilt: ['mit'], räumte: ['ein'], räumt: ['ein'],
  kündigte: ['an'], kündigt: ['an'], hob: ['hervor'], hebt: ['hervor'], wandte: ['ein'], wies: ['zurück', 'hin'],
  weist: ['zurück', 'hin'], gab: ['zu', 'an', 'bekannt'], gibt: ['zu', 'an', 'bekannt'], stellte: ['klar', 'fest'],
  stellt: ['klar', 'fest'], fuhr: ['fort'], führte: ['aus'], merkte: ['an'], teilten: ['mit'], fügten: ['hinzu', 'an'],
  kündigten: ['an'], wiesen: ['zurück', 'hin'], gaben: ['zu', 'an', 'bekannt'],
};

/** Phrases that put the source after the words ("according to X"): the source is the noun phrase that follows. */
export const ACCORDING_TO = ['according to', 'selon', 'd’après', "d'après", 'laut', 'según', 'secondo', 'segundo', 'de acordo com', 'по словам', 'menurut'];

/** Verbs after which a following name is the listener, not the speaker ("X told Reuters", "asked Morrison"). */
export const LISTENER_VERBS = new Set(['tell', 'tells', 'told', 'telling', 'urge', 'urged', 'urges', 'beg', 'begged', 'thank', 'thanked', 'praise', 'praised', 'accuse', 'accused', 'criticise', 'criticised', 'criticize', 'criticized', 'charge', 'charged', 'call', 'calls', 'called', 'describe', 'described', 'describes', 'describing']);

/** Titles and role nouns: mark where a role ends and a name begins ("White House press secretary Karoline Leavitt"). */
export const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary spokesman spokeswoman spokesperson coach captain director chief ceo cfo coo cto cio cmo ' +
    'chairman chairwoman chair governor gov senator sen rep representative congressman congresswoman mayor judge justice ' +
    'general gen colonel col lt lieutenant sgt sergeant capt cmdr commander admiral officer official chancellor ' +
    'speaker superintendent teacher attorney lawyer ambassador envoy analyst professor prof dr mr mrs ms miss sir dame lord ' +
    'host actor actress singer rapper star founder co-founder cofounder executive administrator manager economist ' +
    'researcher scientist author editor reporter correspondent writer spokespeople leader king queen prince princess pope ' +
    'defenseman defender winger forward goalie quarterback striker midfielder guard center pitcher player owner ' +
    'head deputy adviser advisor counsel prosecutor detective inspector sheriff trooper chef doctor physician nurse ' +
    'student resident activist expert strategist commissioner comptroller treasurer auditor premier councillor councilman ' +
    'councilwoman alderman lawmaker legislator candidate nominee partner principal dean rabbi imam bishop priest pastor ' +
    'cardinal reverend rev father sister brother mother wife husband son daughter ' +
    'maj det atty supt insp cpl pvt adm pres hon'
  ).split(' '),
);

/**
 * French, Spanish, Italian and Portuguese titles and role nouns. These languages write them in lower case ("le
 * président", "la alcaldesa", "il sindaco"); capitalised, many are surnames ("Giudice", "Alcalde", "Capo"), so
 * isTitle takes them in lower case only.
 */
export const ROMANCE_TITLES = new Set(
  (
    'président présidente ministre procureur procureure avocat avocate porte-parole maire député députée sénateur ' +
    'sénatrice juge directeur directrice secrétaire commissaire préfet préfète ambassadeur ambassadrice professeur ' +
    'professeure docteur chercheur chercheuse entraîneur entraîneuse sélectionneur fondateur fondatrice dirigeant ' +
    'dirigeante conseiller conseillère adjoint adjointe gouverneur responsable délégué déléguée rabbin évêque prêtre ' +
    'presidente presidenta ministro ministra portavoz vocero vocera alcalde alcaldesa abogado abogada diputado ' +
    'diputada senador senadora juez jueza directora jefe jefa fundador fundadora secretario secretaria entrenador ' +
    'entrenadora profesor profesora investigador investigadora gobernador gobernadora concejal concejala consejero ' +
    'consejera embajador embajadora delegado delegada sindaco portavoce avvocato avvocata deputato deputata senatore ' +
    'senatrice giudice direttore direttrice capo fondatore fondatrice segretario segretaria allenatore procuratore ' +
    'professore professoressa ricercatore ricercatrice assessore consigliere governatore ambasciatore prefeito ' +
    'prefeita porta-voz advogado advogada deputado deputada juiz juíza diretor diretora chefe secretário secretária ' +
    'treinador treinadora pesquisador pesquisadora comandante governadora' +
    ' líder pdg cheffe delantero dueño dueña questore vicario ' +
    'ministre-président attaquant défenseur gardien portero atacante centrocampista attaccante difensore portiere ' +
    'avançado zagueiro goleiro legale sottosegretario sottosegretaria rapporteur rapporteure'
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
    'instead until unless with without from by of to up down over under about ' +
    // German: indefinite articles that open a sentence (der/die/das also begin names: Van Der Beek), days and months.
    'ein eine einer eines einem einen montag dienstag mittwoch donnerstag freitag samstag ' +
    'sonntag januar februar märz juni juli oktober dezember auch doch zudem nun dabei daher deshalb jedoch dann damals ' +
    'bereits schon noch außerdem trotzdem allerdings inzwischen mittlerweile zuletzt zuvor danach dennoch ' +
    'nach beim seit für über unter gegen ohne durch zum zur vom' +
    // French, Spanish, Italian, Portuguese: "according to" and sentence-opening adverbs and conjunctions.
    // ("Pero", "Secondo", "Segundo" are also given names: dropped only at a sentence start, by the registry.)
    ' selon según après avant depuis lors mais ainsi alors pourtant cependant ensuite enfin puis tras desde ' +
    'aunque mientras dopo mentre però após depois porém mme mlle maître sra srta à aussi lire'
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
export const PERSON_PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'er', 'sie', 'él', 'ella', 'lui', 'lei', 'ele', 'ela', 'он', 'она', 'dia', 'beliau']);
export const GROUP_PRONOUNS = new Set(['they', 'it', 'we', 'ils', 'elles', 'ellos', 'ellas', 'loro', 'eles', 'elas', 'они']);

/** Words between a subject and its speech verb that do not change who speaks ("Volker later said"). */
export const AUX_WORDS = new Set(
  ('also later then previously once recently has had have would will could may might already again simply just ' +
    'quickly firmly further flatly bluntly repeatedly publicly privately earlier separately frequently often since ' +
    'instead still even never always now too only first afterwards afterward').split(' '),
);

/** French, Spanish, Italian and Portuguese: the languages the Romance rules below are for. */
export const isRomance = (lang: string | null | undefined): boolean => !!lang && /^(?:fr|es|it|pt)$/.test(lang.slice(0, 2));

/**
 * What stands between a subject and its participle in the compound tenses of French, Spanish, Italian and Portuguese
 * ("le ministre avait indiqué", "la ministra había dicho", "il sindaco ha detto"): auxiliaries and the adverbs that
 * sit with them. A bare "a" is the French auxiliary only; elsewhere it is a preposition. "Être" is left out: with a
 * speech verb it makes a passive ("il est poursuivi pour…"), whose subject is not the speaker.
 */
export const ROMANCE_AUX: Record<string, Set<string>> = {
  fr: new Set('a ont avait avaient aurait auraient aura auront déjà aussi également encore alors ensuite pourtant toujours enfin même lui-même elle-même'.split(' ')),
  es: new Set('ha han había habían habría habrían habrá ya también luego entonces incluso'.split(' ')),
  it: new Set('ha hanno aveva avevano avrebbe già anche poi inoltre'.split(' ')),
  pt: new Set('tem têm tinha tinham havia haviam já também depois ainda'.split(' ')),
};
/** Words that end the phrase after an inverted verb in these languages, once it has begun: what follows is where,
 * to whom or how it was said ("a précisé la préfecture dans un communiqué", "relató un testigo a la agencia Efe"). */
export const ROMANCE_PHRASE_END = new Set('à au aux a al ao aos dans em avec con com pour para par devant ante lors durante depuis desde après tras sur'.split(' '));
/** Romance prepositions and contracted articles: a capitalised word after one is its object ("des Français"). */
export const ROMANCE_PREPS = new Set('de du des à au aux en chez pour par avec sur del al con por para di della dello dei degli delle dal dalla do da dos das no na nos nas em com'.split(' '));
/** Bodies that speak through a statement ("le ministère des Affaires étrangères", "la policía"); a name right after
 * one is the body's own name ("le groupe L’Équipe"), not a person's. */
export const ROMANCE_BODIES = new Set(
  (
    'ministère gouvernement police gendarmerie parquet entreprise société syndicat association groupe banque ' +
    'communiqué rapport étude ministerio gobierno policía fiscalía empresa sindicato asociación grupo banco ' +
    'comunicado informe estudio ministero governo polizia procura azienda società sindacato associazione gruppo ' +
    'comunicato rapporto ministério polícia associação relatório estudo journal quotidien hebdomadaire diario ' +
    'periódico giornale quotidiano jornal club équipe equipo squadra'
  ).split(' '),
);
/** Adverbial phrases set off between the auxiliary and the participle ("avait, de son côté, déclaré"). */
export const ROMANCE_ADVERBIAL = /(?:^|[\s,])(?:en effet|de son côté|de leur côté|pour sa part|pour leur part|d['’]ailleurs|par ailleurs|quant à (?:lui|elle)|por su parte|a su vez|por otro lado|da parte sua|dal canto suo|por sua vez|por seu lado)[\s,]*$/iu;

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
export const DASH_DIALOGUE_LANGS = new Set(['fr', 'es', 'it', 'pt', 'ru', 'uk', 'bg', 'pl', 'ca', 'ro', 'sr', 'hr']);

/** Languages whose single quotes mark emphasis or paraphrase, never speech (Korean, Japanese, Chinese usage). */
export const NO_SINGLE_QUOTE_LANGS = new Set(['ko', 'ja', 'zh']);

/**
 * German role nouns, capitalised like names: a title alone or as the end of a compound ("Verteidigungsminister",
 * "Polizeisprecherin", "Bürgermeisterin"). Endings that are also surnames alone (Richter, Meister) count in compounds only.
 * The first list matches as any word's end, so it holds no ending of common nouns ("zeuge" would make "Flugzeuge" one).
 */
export const GERMAN_TITLE = /(?:arzt|ärztin|trainer|landrat|landrätin|virologe|virologin|meteorologe|meteorologin|diplomat|diplomatin|insider|anwohner|anwohnerin|zeugin|augenzeuge|augenzeugin|passant|passantin|nachbar|nachbarin|bewohner|bewohnerin|mitarbeiter|mitarbeiterin|kollege|kollegin|kapitän|kapitänin|ökonom|ökonomin|autor|autorin|athlet|athletin|minister|ministerin|präsident|präsidentin|sprecher|sprecherin|kanzler|kanzlerin|vorsitzende|vorsitzender|chefin|direktorin|leiterin|professorin|anwältin|richterin|trainerin|expertin|experte|abgeordnete|abgeordneter|gründerin|forscherin|wissenschaftler|wissenschaftlerin|analystin|sekretärin|beraterin|botschafter|botschafterin|kommissarin|bischof|pfarrer|pfarrerin|mutter|vater|tochter|ehefrau|ehemann)$|[\p{L}-](?:beauftragte|beauftragter|politiker|politikerin|ologe|ologin|meister|meisterin|richter|leiter|chef|direktor|führer|führerin|berater|anwalt|gründer|forscher|analyst|sekretär|kommissar|professor|rätin)$/u;

/** A German article, definite or indefinite. */
export const GERMAN_ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)$/i;

/** German words that end a name or role phrase: prepositions, the genitive article, conjunctions. */
export const GERMAN_BOUNDARY = new Set('am im auf bei beim nach vor seit für über zum zur vom gegenüber laut dass des und oder aber weil wenn als wie ob gestern heute'.split(' '));
