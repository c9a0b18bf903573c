// Roles are the title words the article attaches to a speaker, without the phrase that introduces them.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findArticleBody } from '../../lib/extract/body';
import { findQuotes } from '../../lib/extract/quotes';
import { isTitle } from '../../lib/extract/speakers-phrase';

function quotesOf(paragraphs: string[], lang = 'en') {
  const html = `<html lang="${lang}"><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findQuotes(findArticleBody(doc).blocks, { lang }).map((q) => [q.speaker, q.role]);
}

const FILLER = 'The talks went on through the night in the capital, officials confirmed to reporters on Wednesday.';

describe('roles', () => {
  it.each([
    ['"according to" is not part of the title', ['According to State Department spokesperson Tammy Bruce, talks went on.', FILLER, '“The ball is now in their court,” Bruce said.'], ['Tammy Bruce', 'State Department spokesperson']],
    ['a dateline before the title is not part of it', ['<strong>Talks/ Herald/ WASHINGTON/ J. Doe/</strong> President Donald Trump spoke on Tuesday.', FILLER, '“It must end now,” Trump wrote.'], ['Donald Trump', 'President']],
    ['an apposition after the name is the role', [FILLER, '“There is a real danger,” said Bradley Bowman, senior director at the Foundation for Defense of Democracies.'], ['Bradley Bowman', 'senior director at the Foundation for Defense of Democracies']],
    ['initials before the title are part of it', ['U.S. Sen. Chris Murphy spoke on Tuesday.', FILLER, '“It must end now,” Murphy said.'], ['Chris Murphy', 'U.S. Sen.']],
    ['an honorific is no role', [FILLER, 'On Monday Mr. Kevin Dole left early.', '“We will be back,” Dole said.'], ['Kevin Dole', null]],
    ['a verb before the title keeps the subject out of it', ['Libyan leader Omar Tahir urged U.S. President Ann Weld to end the strikes.', FILLER, '“Stop now,” the leader wrote.'], ['Omar Tahir', 'Libyan leader']],
    ['a clause word ends the role', ['The story of how Oscar-winning actress Ann Weld became a songwriter began in 2007.', FILLER, '“I had never written a song,” she said.'], ['Ann Weld', 'Oscar-winning actress']],
    ['a list of titles is one role', [FILLER, '“We are ready,” said chairman, CEO and president Craig Menear.'], ['Craig Menear', 'chairman, CEO and president']],
    ['a style of address is not part of the role', ['His Honour Judge Neil Ford QC passed sentence.', FILLER, 'Judge Ford said: “There was no malicious intent in this case.”'], ['Neil Ford QC', 'Judge']],
    ['an honorific alone is no role', [FILLER, '“We will be back,” said Mr. Lee Cohen.'], ['Lee Cohen', null]],
    ['a middle initial is inside the name, the role before it', [FILLER, 'Loeb’s attorney Mark J. Heller told us the case was “a legal mess from the start.”'], ['Mark J. Heller', 'Loeb’s attorney']],
    ['a fronted object is not part of the role', [FILLER, 'After meeting the governor, Senator Ann Lee said the talks were “productive but far from over.”'], ['Ann Lee', 'Senator']],
    ['"that’s" before a name is no possessive', ['Readers who think that’s all Lena Fisk wrote are wrong.', FILLER, '“I wrote ten books,” Fisk said.'], ['Lena Fisk', null]],
    ['"or" after a name does not open its apposition', ['Voters may call Dana Voss, or even the mayor, with complaints.', FILLER, '“Call me any time,” Voss said.'], ['Dana Voss', null]],
    ['a list of titles opening the sentence', [FILLER, 'Chairman, CEO and president Craig Menear said the quarter was “the best in our history.”'], ['Craig Menear', 'Chairman, CEO and president']],
    ['a list of titles with an Oxford comma', [FILLER, '“We are ready,” said chairman, CEO, and president Craig Menear.'], ['Craig Menear', 'chairman, CEO, and president']],
    ['a description after the name is not a role', [FILLER, '“I forgive him,” said Jane Doe, her voice shaking as she faced the judge.'], ['Jane Doe', null]],
    ['a hometown is not a role', [FILLER, '“We lost everything in the fire,” said Ann Lee of Portland, Oregon.'], ['Ann Lee', null]],
    ['a street abbreviation is not part of the role', [FILLER, 'Police closed Main St. Officer Dan Ray said the road was “closed for the whole night.”'], ['Dan Ray', 'Officer']],
    ['a relation after his is the role', [FILLER, 'His longtime friend Tom Hale said the plan was “doomed from the very start.”'], ['Tom Hale', 'longtime friend']],
    ['a one-word organisation after of is the role', [FILLER, '“We will keep fighting,” said Ann Lee of Greenpeace.'], ['Ann Lee', 'Greenpeace']],
    ['a word that says nothing of the source is no role', [FILLER, '“We will not sell,” another said.'], [null, null]],
    ['an adjective alone is no role', [FILLER, '“It is over,” the amused said.'], [null, null]],
    ['an unnamed source keeps its person noun', [FILLER, '“Prices will fall,” one tester said.'], [null, 'one tester']],
    ['a plural title is a role', [FILLER, '“We had no choice,” the researchers said.'], [null, 'the researchers']],
    ['no role when the article gives none', [FILLER, '“We will be back,” said Maria Lopez.'], ['Maria Lopez', null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotesOf(paragraphs as string[])).toContainEqual(expected);
  });
});

const FILLER_DE = 'Die Gespräche dauerten bis tief in die Nacht, wie Beamte am Mittwoch in der Hauptstadt bestätigten.';

describe('roles in German: the noun phrase of the title word, not the sentence around it', () => {
  it.each([
    ['a verb and an adverb before the title', ['Eindringlich mahnte Erzbischof Karl Roth die Gläubigen in der Kirche.', FILLER_DE, '„Wir müssen einander helfen“, sagte Roth.'], ['Karl Roth', 'Erzbischof']],
    ['a noun and a preposition before the title', ['Das ist die Aufgabe von Co-Chefin Anna Berg.', FILLER_DE, '„Wir zeigen nur junge Kunst“, sagt Berg.'], ['Anna Berg', 'Co-Chefin']],
    ['a sentence-opening adverb', [FILLER_DE, 'Auch Ex-Minister Jens Kahl meldete sich zu Wort: „Das ist ein Fehler.“'], ['Jens Kahl', 'Ex-Minister']],
    ['an article and an adjective stay', [FILLER_DE, '„Wir bleiben hier“, sagte die stellvertretende Vorsitzende Eva Lind.'], ['Eva Lind', 'die stellvertretende Vorsitzende']],
    ['a phrase after the title stays', [FILLER_DE, '„Das war absehbar“, sagte Mathias Kohl, Rüstungsexperte bei Amnesty International in Deutschland.'], ['Mathias Kohl', 'Rüstungsexperte bei Amnesty International in Deutschland']],
    ['a separable verb after a pronoun', ['Umweltministerin Petra Lorenz stellte am Montag ihren Plan vor.', FILLER_DE, '„Die Flüsse müssen sauberer werden“, fügte sie hinzu.'], ['Petra Lorenz', 'Umweltministerin']],
    ['a separable verb after a body', [FILLER_DE, '„Der Zugverkehr läuft wieder normal“, teilte die Hamburger Hochbahn mit.'], ['Hamburger Hochbahn', null]],
    ['a genitive after the title, then the name', [FILLER_DE, '„Wir haben hart gearbeitet“, sagte der Kapitän des VfL Bochum, Anton Lenz.'], ['Anton Lenz', 'der Kapitän des VfL Bochum']],
    ['verb second after an opening phrase', [FILLER_DE, 'Auf der Pressekonferenz in Mainz sagte Karin Vogt: „Wir bleiben bei unserem Kurs.“'], ['Karin Vogt', null]],
    ['verb second with a pronoun', ['Umweltministerin Petra Lorenz stellte am Montag ihren Plan vor.', FILLER_DE, 'Dann fügte sie hinzu: „Die Flüsse müssen sauberer werden.“'], ['Petra Lorenz', 'Umweltministerin']],
    ['verb second after a clause', [FILLER_DE, 'Die Lage sei ernst, fuhr Bischof Anselm Roth fort: „Wir müssen jetzt zusammenstehen.“'], ['Anselm Roth', 'Bischof']],
    ['the outlet told is not part of the name', [FILLER_DE, '„Das Angebot liegt auf dem Tisch“, sagte Jonas Berger dem Hessischen Rundfunk.'], ['Jonas Berger', null]],
    ['a noun after an adjective is no name', [FILLER_DE, '„Davon wussten wir nichts“, sagte ein hochrangiger Diplomat in Brüssel.'], [null, 'ein hochrangiger Diplomat']],
    ['"von der" before an institution is no particle', [FILLER_DE, '„Das ist ein Durchbruch“, sagt Professorin Lea Stein von der Technischen Universität München.'], ['Lea Stein', 'Professorin']],
    ['a title before a surname alone', [FILLER_DE, '„Die Grenzen bleiben offen“, sagte Innenministerin Berger.'], ['Berger', 'Innenministerin']],
    ['a name, an aside and a dative before the verb', [FILLER_DE, 'Jonas Berger, 65, sagte der Zeitung: „Wir bleiben bei unserem Kurs.“'], ['Jonas Berger', null]],
    ['a doctor’s title and "Dr."', [FILLER_DE, '„Die Station ist voll belegt“, sagte Oberärztin Dr. Mia Brandt.'], ['Mia Brandt', 'Oberärztin Dr.']],
    ['titles by their endings', [FILLER_DE, '„Die Truppe braucht mehr Personal“, sagte die Wehrbeauftragte Eva Hofer.'], ['Eva Hofer', 'die Wehrbeauftragte']],
    ['a hyphenated title', [FILLER_DE, '„Die Netze sind stabil“, sagte Bundesnetzagentur-Chef Paul Wendt.'], ['Paul Wendt', 'Bundesnetzagentur-Chef']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotesOf(paragraphs as string[], 'de')).toContainEqual(expected);
  });
});

describe('roles on a page that states no language', () => {
  it('reads roles as English ones', () => {
    const doc = parseHTML(`<html><body><article><p>${FILLER}</p><p>“We will not sell,” another said.</p><p>“Prices will fall,” one tester said.</p></article></body></html>`).document as unknown as Document;
    expect(findQuotes(findArticleBody(doc).blocks, { lang: null }).map((q) => [q.speaker, q.role])).toEqual([[null, null], [null, 'one tester']]);
  });
});

const FILLER_FR = 'Les discussions se sont poursuivies toute la nuit dans la capitale, selon plusieurs témoins présents sur place.';
const FILLER_ES = 'Las conversaciones continuaron durante toda la noche en la capital, según varios testigos presentes.';

describe('speakers and roles in French, Spanish, Italian and Portuguese', () => {
  it.each([
    ['fr', 'a compound tense: the subject before the auxiliary', [FILLER_FR, 'Le ministre de l’Intérieur, Paul Durand, avait indiqué que «la situation restait très tendue».'], ['Paul Durand', 'Le ministre de l’Intérieur']],
    ['fr', 'an adverbial between auxiliary and participle', [FILLER_FR, 'Mi-mars, la porte-parole du gouvernement avait, de son côté, déclaré que «rien n’était encore décidé».'], [null, 'la porte-parole du gouvernement']],
    ['fr', 'the head of "le chef de la diplomatie", not its object', [FILLER_FR, 'En mars, le chef de la diplomatie belge avait déclaré que «tout restait possible».'], [null, 'le chef de la diplomatie belge']],
    ['fr', 'the words of the sentence before the role are left out, the name after it is the speaker', [FILLER_FR, '«C’est un échec collectif», rappelle en préambule le président du tribunal, Marc Petit.'], ['Marc Petit', 'le président du tribunal']],
    ['fr', 'a present-tense inversion ("estime-t-elle") is the pronoun', ['Julie Caron dirige la clinique depuis 2012.', FILLER_FR, '«Nous manquons de lits chaque hiver», estime-t-elle.'], ['Julie Caron', null]],
    ['fr', 'where it was said is not part of the source', [FILLER_FR, '«Aucune victime n’est à déplorer», a indiqué la gendarmerie dans un communiqué.'], [null, 'la gendarmerie']],
    ['fr', 'the object of "de la" is no speaker', [FILLER_FR, 'La présidente de la Commission a affirmé que «le texte sera revu».'], [null, 'La présidente de la Commission']],
    ['fr', 'an elided article before a title opens no name', [FILLER_FR, 'L’ex-député Marc Olivier a estimé que «la réforme arrive trop tard».'], ['Marc Olivier', 'L’ex-député']],
    ['fr', 'an article, a possessive and the title', [FILLER_FR, '«Il se défendra jusqu’au bout», a assuré son jeune avocat, Paul Morin.'], ['Paul Morin', 'son jeune avocat']],
    ['fr', 'a relative clause is no role', [FILLER_FR, '«Nous restons très prudents», a expliqué Claire Dubois, qui dirige l’association depuis dix ans.'], ['Claire Dubois', null]],
    ['fr', 'a relation is a role', [FILLER_FR, '«Il faut agir très vite», affirme ce père de trois enfants, installé à Lyon.'], [null, 'ce père de trois enfants']],
    ['fr', 'a demonstrative pronoun is no role', [FILLER_FR, 'Dans un message publié en 2015, celui-ci avait en effet affirmé que le climat était «une invention totale».'], [null, null]],
    ['fr', 'an inverted pronoun ("a-t-il") is the pronoun', [FILLER_FR, 'Pierre Morel était présent à l’audience. «Nous allons faire appel», a-t-il annoncé.'], ['Pierre Morel', null]],
    ['fr', '"Maître" is a form of address, the apposition the role', [FILLER_FR, '«Le dossier est vide», estime Maître Anne Roux, avocate de la défense.'], ['Anne Roux', 'avocate de la défense']],
    ['fr', '"selon" opens no name', ['Selon Fitch, la dette publique «reste beaucoup trop élevée».', FILLER_FR, '«Le risque demeure important», souligne Fitch.'], ['Fitch', null]],
    ['fr', 'an adjective after a body’s name is not a name’s honorific', [FILLER_FR, '«La croissance va ralentir», selon le ministère des Affaires étrangères.'], [null, 'le ministère des Affaires étrangères']],
    ['fr', 'a passive with "être" has no speaker', [FILLER_FR, 'Le suspect, arrêté à l’aéroport de Nice, est poursuivi pour «apologie publique du terrorisme».'], [null, null]],
    ['fr', '"M." is a form of address, not an initial', ['Le premier ministre, Pedro Alves, a parlé lundi devant les députés.', FILLER_FR, '«Nous tiendrons nos engagements», a expliqué M. Alves.'], ['Pedro Alves', 'Le premier ministre']],
    ['es', 'an apposition with a title after the name', [FILLER_ES, '«No hay vuelta atrás», dijo Ana Ruiz, profesora de la Universidad de Chile.'], ['Ana Ruiz', 'profesora de la Universidad de Chile']],
    ['es', 'a compound tense', [FILLER_ES, 'La ministra de Salud, Carmen Vidal, había dicho que «no habrá más cierres».'], ['Carmen Vidal', 'La ministra de Salud']],
    ['es', '"según" opens no name', ['Según Moody, la deuda «sigue siendo demasiado alta».', FILLER_ES, '«El riesgo persiste», señaló Moody.'], ['Moody', null]],
    ['es', 'a person noun heads the apposition', [FILLER_ES, '«Aquí nadie duerme tranquilo», dijo Rosa Gil, enfermera del hospital de Vigo.'], ['Rosa Gil', 'enfermera del hospital de Vigo']],
    ['es', 'a title, then the name set off by a comma', [FILLER_ES, '«Vamos a recurrir la sentencia», anunció el portavoz del sindicato, Andrés Mora.'], ['Andrés Mora', 'el portavoz del sindicato']],
    ['es', 'two particles inside a name', [FILLER_ES, 'La jueza, Lucía de la Fuente, declaró que «el proceso sigue abierto».'], ['Lucía de la Fuente', 'La jueza']],
    ['es', 'to whom it was said is not part of the source', [FILLER_ES, '«No vimos nada extraño», contó un vecino a la radio local.'], [null, 'un vecino']],
    ['fr', 'an elided article before a body’s name', [FILLER_FR, 'La croissance a été révisée à la baisse, selon l’Insee, qui parle d’un «ralentissement durable de l’activité».'], ['Insee', null]],
    ['fr', 'a title with "en" in it', [FILLER_FR, '«Nous allons agir», a déclaré le ministre en charge des Transports, Paul Roy.'], ['Paul Roy', 'le ministre en charge des Transports']],
    ['es', 'an implied subject after the quote is the person of the paragraph before', ['La alcaldesa, Marta Soler, presentó el plan el lunes en el pleno municipal.', '«No habrá más retrasos en las obras», aseguró.'], ['Marta Soler', 'La alcaldesa']],
    ['it', 'an implied subject before the quote', ['Il ministro della Salute, Paolo Riva, ha parlato ieri alla Camera per due ore.', 'Ha poi aggiunto: «Non ci saranno nuove chiusure»'], ['Paolo Riva', 'Il ministro della Salute']],
    ['pt', 'a party in brackets after the name', ['As conversas continuaram durante toda a noite na capital.', '«Esse texto é um enorme retrocesso», disse a senadora Joana Prado (PT-BA) ao sair.'], ['Joana Prado', 'a senadora']],
    ['fr', 'an inversion between commas before the quote', ['Julie Caron dirige la clinique depuis 2012.', FILLER_FR, 'Certes, admet-elle, la situation reste «très difficile à gérer».'], ['Julie Caron', null]],
    ['it', 'the auxiliary is not a speech verb', ['Le trattative sono proseguite per tutta la notte nella capitale.', '«Non ci arrenderemo mai», ha detto il sindaco Luca Bianchi.'], ['Luca Bianchi', 'il sindaco']],
    ['pt', 'an unnamed source keeps its title', ['As conversas continuaram durante toda a noite na capital.', '«Não vamos desistir agora», disse o comandante da polícia.'], [null, 'o comandante da polícia']],
  ])('%s: %s', (lang, _name, paragraphs, expected) => {
    expect(quotesOf(paragraphs as string[], lang as string)).toContainEqual(expected);
  });
});

describe('Romance words in English text', () => {
  it.each([
    ['a surname that is a Romance title is a name', [FILLER, '“We will rebuild the store,” said Carla Ministro, who owns it.'], ['Carla Ministro', null]],
    ['a lower-case Romance title is a role', [FILLER, '“He ran the whole crew,” said reputed mob capo Tony Reale.'], ['Tony Reale', 'reputed mob capo']],
    ['a first name that is a Spanish word stays', [FILLER, '“We will win this,” said Juan Segundo, the coach.'], ['Juan Segundo', 'the coach']],
    ['a name in capitals is no Romance title', [FILLER, '“We will win this,” said MIKE ALCALDE.'], ['MIKE ALCALDE', null]],
    ['"fiscal" is an English word', [FILLER, '“We will not vote for it,” said Tom Hale, fiscal hawks in the party agreed.'], ['Tom Hale', null]],
    ['a first name that is a German preposition stays', [FILLER, '“The data are very clear,” said Bei Wang, a researcher at Stanford University.'], ['Bei Wang', 'a researcher at Stanford University']],
    ['a title, then the name set off by a comma', [FILLER, '“The road will reopen on Friday,” said the county sheriff, Ruth Abbott.'], ['Ruth Abbott', 'the county sheriff']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotesOf(paragraphs as string[])).toContainEqual(expected);
  });
});

describe('German titles by their endings', () => {
  it('takes role nouns and compounds, not common nouns that end the same way', () => {
    expect(['Augenzeuge', 'Zeugin', 'Oberärztin', 'Bundesnetzagentur-Chef', 'Wehrbeauftragte'].map(isTitle)).toEqual([true, true, true, true, true]);
    expect(['Flugzeuge', 'Fahrzeuge', 'Werkzeuge'].map(isTitle)).toEqual([false, false, false]);
  });
});
