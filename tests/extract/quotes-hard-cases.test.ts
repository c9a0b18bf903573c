// Issue #3 hard cases, one row each: paragraphs in, [quote, speaker] pairs out. Snippets are written for the test,
// not copied from the corpus; each row is a general pattern of news writing.
import { describe, expect, it } from 'vitest';
import { paragraphBlocks } from './helpers-dom';
import { findQuotes } from '../../lib/extract/quotes';
import { makeTracer, type Block } from '../../lib/extract/types';

const blocks = (paras: string[]): Block[] => paragraphBlocks(paras);

const find = (paras: string[], lang: string | null) => findQuotes(blocks(paras), { lang, tracer: makeTracer(false) });
type Row = [name: string, paras: string[], want: [string, string | null][], lang?: string];

const EN: Row[] = [
  ['speaker in the next sentence', ['Privacy is what the firm calls “a basic human right for everyone.” Another value is thrift, Dana Kroll said.'], [['a basic human right for everyone.', 'Dana Kroll']]],
  ['quote-only paragraphs continue', ['“We are ready,” said Omar Reyes.', '“The team has trained all winter.”'], [['We are ready,', 'Omar Reyes'], ['The team has trained all winter.', 'Omar Reyes']]],
  ['a new speaker ends the continuation', ['“We are ready,” said Omar Reyes.', '“They are not ready at all,” said Lena Fisk.'], [['We are ready,', 'Omar Reyes'], ['They are not ready at all,', 'Lena Fisk']]],
  ['an aside between name and verb', ['“The vote was rigged from the start,” Paul Abara, who lost the race in May, said.'], [['The vote was rigged from the start,', 'Paul Abara']]],
  ['inverted said X with a role', ['“This will not stand,” said Bradley Bowman, a senior director at the institute.'], [['This will not stand,', 'Bradley Bowman']]],
  ['according to X', ['The deal is “all but done,” according to Maria Lopez, the union’s negotiator.'], [['all but done,', 'Maria Lopez']]],
  ['X told a news agency', ['Ivan Petrov told Reuters the talks had “gone nowhere at all.”'], [['gone nowhere at all.', 'Ivan Petrov']]],
  ['in a statement', ['In a statement, Greenfield Energy said it was “deeply sorry for the outage.”'], [['deeply sorry for the outage.', 'Greenfield Energy']]],
  ['wrote on a social network', ['Jon Harker wrote on X: “Nobody voted for this mess.”'], [['Nobody voted for this mess.', 'Jon Harker']]],
  ['X added: then the quote', ['Ruth Onyango added: “We will appeal the ruling.”'], [['We will appeal the ruling.', 'Ruth Onyango']]],
  ['warned', ['“Prices will rise again,” Mark Tully warned.'], [['Prices will rise again,', 'Mark Tully']]],
  ['insisted', ['“I did nothing wrong,” Sara Blum insisted.'], [['I did nothing wrong,', 'Sara Blum']]],
  ['quipped', ['“At least the coffee was good,” Tom Ives quipped.'], [['At least the coffee was good,', 'Tom Ives']]],
  ['tweeted', ['“See you in court,” Amy Chen tweeted.'], [['See you in court,', 'Amy Chen']]],
  ['surname and pronoun resolve to the fullest name', ['Karen Mills runs the clinic.', '“We need more nurses,” Mills said.', 'Later she added, “The waiting list keeps growing.”'], [['We need more nurses,', 'Karen Mills'], ['The waiting list keeps growing.', 'Karen Mills']]],
  ['a pronoun skips names standing as objects', ['Carl Boyd pleaded guilty on Monday.', 'During the call, he threatened Nina Shah and said, “somebody should stop her for good,” the prosecutors said.'], [['somebody should stop her for good,', 'Carl Boyd']]],
  ['an organisation speaks', ['The Kremlin said the visit was “not on the agenda this year.”'], [['not on the agenda this year.', 'Kremlin']]],
  ['an unnamed source is null with a role', ['“The plan is dead in the water,” a senior official said.'], [['The plan is dead in the water,', null]]],
  ['unnamed authors behind a long subject', ['The authors of the study published in the journal Heart Review argued that the drug was “a risk for older patients.”'], [['a risk for older patients.', null]]],
  ['a group chanting is unnamed', ['Teachers chanted, “Fund our schools now,” outside the building.'], [['Fund our schools now,', null]]],
  ['a role description resolves to the role-holder', ['Britain’s envoy to Japan, Liam Crowe, arrived on Monday.', 'The envoy said the talks would be “frank and open.”'], [['frank and open.', 'Liam Crowe']]],
  ['two people with one surname stay apart', ['Anna Weber and her brother Jonas Weber run the farm.', '“We grow only rye,” Anna Weber said.', '“And I sell all of it,” Jonas Weber said.'], [['We grow only rye,', 'Anna Weber'], ['And I sell all of it,', 'Jonas Weber']]],
  ['multi-paragraph quote', ['“The first year was hard,” coach Ben Ruiz said. “We lost often.', '“But the second year we won the league.”'], [['The first year was hard,', 'Ben Ruiz'], ['We lost often.', 'Ben Ruiz'], ['But the second year we won the league.', 'Ben Ruiz']]],
  ['nested quote', ['“He told me, ‘Go home now,’ and I left,” Ada Park said.'], [['He told me, ‘Go home now,’ and I left,', 'Ada Park']]],
  ['block quote after a lead-in', ['In a video address, Mayor Ellen Brooks warned:', '> The storm will reach the coast tonight and everyone must leave.'], [['The storm will reach the coast tonight and everyone must leave.', 'Ellen Brooks']]],
  ['embedded post after the paragraph that credits it', ['In an Instagram post, Rita Moss noted there should be “zero shame” about it.', '“We lost a pregnancy last year and we talk about it openly now.'], [['We lost a pregnancy last year and we talk about it openly now.', 'Rita Moss']]],
  ['participle after the subject clause', ['“We miss him every day,” Lee Grant weighed in, telling the crowd, “and we always will.”'], [['We miss him every day,', 'Lee Grant'], ['and we always will.', 'Lee Grant']]],
  ['initials before a title open the role', ['“Justice has been served,” said U.S. Attorney Nealy Cox.'], [['Justice has been served,', 'Nealy Cox']]],
  ['a short surname ending the sentence resolves', ['Rusmik Oza heads research at the bank.', '“Markets are nervous,” said Oza. Shares fell.'], [['Markets are nervous,', 'Rusmik Oza']]],
  ['a suffix ends the name', ['“We won,” said John Smith Jr. The crowd cheered.'], [['We won,', 'John Smith Jr.']]],
  ['said a name of an organisation', ['“The data are clear,” said planetary geologist Rosa Lind of the Space Research Laboratory.'], [['The data are clear,', 'Rosa Lind']]],
  ['said an organisation title and name', ['“Rates will hold,” said Bank of England Governor Andrew Bailey.'], [['Rates will hold,', 'Andrew Bailey']]],
  ['agreed: then the quote', ['Jane Smith runs the farm.', 'Smith agreed: “We need more rain this year.”'], [['We need more rain this year.', 'Jane Smith']]],
  ['an adverb between subject and verb', ['Tom Hale met the press on Monday.', 'He instead told the interviewer: “We will not resign over this.”'], [['We will not resign over this.', 'Tom Hale']]],
  ['a lead-in with a colon belongs to the quote after it', ['Kate York and Cate Smith wrote the songs.', '“It is a different muscle,” York said. “You have to take yourself out of it.” Smith agreed: “It is a different job.”'], [['It is a different muscle,', 'Kate York'], ['You have to take yourself out of it.', 'Kate York'], ['It is a different job.', 'Cate Smith']]],
  ['a document speaks for its author', ['“Banks will gain the most,” said a report from Kotak Institutional Equities.', 'Prices will rise “for years to come,” according to a study by the Pew Research Center.'], [['Banks will gain the most,', 'Kotak Institutional Equities'], ['for years to come,', 'Pew Research Center']]],
  ['a city and region inside the aside', ['“The models show it,” Dana Nell, a fellow at the institute in Munich, Germany, and co-author of the study, said.'], [['The models show it,', 'Dana Nell']]],
  ['a name set off by commas after its role', ['Acme’s CTO, Brendan Eich, acknowledged that this was “not a complete solution.”'], [['not a complete solution.', 'Brendan Eich']]],
  ['a person and their team', ['Lucas Paganini led the study.', '“We found water ice,” Paganini and his team wrote.'], [['We found water ice,', 'Lucas Paganini']]],
  ['"he" is not the person the article calls an actress', ['Oscar-winning actress Mary Steen wrote the songs with Kate York.', 'Steen’s son, filmmaker Charlie Dowell, directed the video of it.', '“It was a joy to film,” he said.'], [['It was a joy to film,', 'Charlie Dowell']]],
  ['the quote\'s own clause, then said X', ['The “phase one trade deal” reported last week is fragile, said Ann Weld, an economist.'], [['phase one trade deal', 'Ann Weld']]],
  ['X said at a place, when another asked', ['“I would be surprised,” Mr Trump said at a White House briefing on Monday, when a reporter asked about it.'], [['I would be surprised,', 'Trump']]],
  ['a straight-quoted speech over several paragraphs, post-nominal letters', ['His Honour Judge Neil Ford QC passed sentence.', 'Judge Ford said: "There was no malicious intent in this case.', '"You knew the dangers of a carbon monoxide leak."'], [['There was no malicious intent in this case.', 'Neil Ford QC'], ['You knew the dangers of a carbon monoxide leak.', 'Neil Ford QC']]],
  ['a one-word name after the role the article gives it', ['Ann Ross spoke first.', 'Their mother Sharon admitted she is a fan of the band.', 'She said: “That is because I am old.”'], [['That is because I am old.', 'Sharon']]],
  ['a name in apposition to an object is not the subject', ['Kelly Ross wrote the song.', 'The star slammed the duke and his wife, Meghan, for leaving, and she now explained why.', 'Speaking on a podcast, she said: “I said he was a whinger.”'], [['I said he was a whinger.', 'Kelly Ross']]],
  ['a quote after a sentence ending "X wrote."', ['This was a given, Douglas Edwards wrote. “Page was determined to build the best engine in the world.”'], [['Page was determined to build the best engine in the world.', 'Douglas Edwards']]],
  ['a sentence-opening word the article writes in lower case is not a first name', ['Once Dana Voss joined the board, the mood changed.', 'The firm had once been proud of its record.', '“We started over,” she said.'], [['We started over,', 'Dana Voss']]],
  ['a first name the article also writes capitalised mid-sentence stays', ['Mark Hale runs the depot, a mark of pride in town.', 'Workers like Mark because he listens.', '“We never close,” he said.'], [['We never close,', 'Mark Hale']]],
  ['"he added" after a named quote is that speaker, not a firm named earlier', ['For days after a storm, Metro Power officials say they deal with fires.', '“The covers now vent the gas,” Mr. Dale Hutch said.', '“It also lets smoke escape,” he added.'], [['The covers now vent the gas,', 'Dale Hutch'], ['It also lets smoke escape,', 'Dale Hutch']]],
  ['a person named as a subject after a quote takes the pronoun', ['“We will appeal,” said Ann Lee.', 'Her deputy, Bob Ray, disagreed with the plan.', '“It is a waste of money,” he said.'], [['We will appeal,', 'Ann Lee'], ['It is a waste of money,', 'Bob Ray']]],
  ['a name after "the" is a thing, not the "he" who speaks', ['Dana Tipp runs the bakery chain.', 'Next up is Mexico, where Tipp said the chain is looking for partners.', 'In time, the North America division will lead growth.', '“We are already seeing interest there,” he said.'], [['We are already seeing interest there,', 'Dana Tipp']]],
  ['a person reported speaking in the sentence before, not as its subject, is "she"', ['Anna Berg chairs the old board.', 'The panel has failed, said Kate Dorn of the farm alliance.', 'She said last night: “Standards must stay high.”'], [['Standards must stay high.', 'Kate Dorn']]],
  ['a passive agent in the sentence before does not take "she" from the subject before it', ['Sarah Quinn, the council leader, opened the meeting.', 'The motion was proposed by Tom Baker.', '“We must act now,” she said.'], [['We must act now,', 'Sarah Quinn']]],
  ['an object after "with" is not "she"', ['Maria Lopez, the union president, was blunt on Monday.', 'The union has clashed repeatedly with Mayor Eric Adams.', '“We are not going anywhere,” she said.'], [['We are not going anywhere,', 'Maria Lopez']]],
  ['a first name that is also a word stays at a sentence start', ['Mark Carney met business leaders in Toronto.', 'The talks mark a shift in tone after months of tension.', '“Canada is open for business,” he said.'], [['Canada is open for business,', 'Mark Carney']]],
  ['"Will" opening a sentence is a first name', ['Will Hurd, a former Texas congressman, spoke at the forum on Tuesday.', 'The event will continue through Friday.', '“We need a border policy that works,” Hurd said.'], [['We need a border policy that works,', 'Will Hurd']]],
  ['"said that X" is a person, not a thing', ['Police said that John Smith, 45, was arrested at his home on Friday.', '“I did nothing wrong,” he told reporters.'], [['I did nothing wrong,', 'John Smith']]],
  ['a place after a preposition in the sentence before is not "he"', ['Dana Tipp runs the chain, and Tipp expects growth next.', 'The division will lead growth through Central and South America.', '“We already see interest there,” he said.'], [['We already see interest there,', 'Dana Tipp']]],
  ['a sentence that goes on about "he" keeps him', ['Jim Kell left the firm in 2010.', 'Over the years, he has used his know-how to launch programs, including Six Thirty Labs, an accelerator.', '“The biggest challenge is talent,” he says.'], [['The biggest challenge is talent,', 'Jim Kell']]],
  ['"he said" after a named speaker\'s second quote is that speaker', ['In the mid-2000s, Northern Pacific fishermen sought the label.', '“We were first,” said Bob Alver, head of the fishing group. “It turned into an advantage.”', '“People are watching the resource,” he said.'], [['We were first,', 'Bob Alver'], ['It turned into an advantage.', 'Bob Alver'], ['People are watching the resource,', 'Bob Alver']]],
  ['a lead set in capitals', ['KELLY Osbourne has blasted the prince again.', 'Speaking on a podcast, she said: “I said he was a whinger.”'], [['I said he was a whinger.', 'Kelly Osbourne']]],
  ['a name with a capital particle', ['“It makes you more human,” said James Van Der Beek.'], [['It makes you more human,', 'James Van Der Beek']]],
  ['a reopened quote continues its speaker, narration after it or not', ['Kelly Ross spoke on her podcast.', 'She said: “I said he was a whinger.', '“But then he just left the country.” Fans were stunned by the remark.'], [['I said he was a whinger.', 'Kelly Ross'], ['But then he just left the country.', 'Kelly Ross']]],
  // Cases from a review of the rules above: each must keep its speaker.
  ['a title after a fronted phrase is not a list of titles', ['In a letter to the president, Attorney General Pam Bondi wrote that the plan was “plainly unlawful and cannot stand.”'], [['plainly unlawful and cannot stand.', 'Pam Bondi']]],
  ['a verb and a colon after another speaker\'s verb', ['“We are ready to sign today,” Ann Lee said, and Tom Smith agreed: “Let us get it done now.”'], [['We are ready to sign today,', 'Ann Lee'], ['Let us get it done now.', 'Tom Smith']]],
  ['a role in apposition before the name, then she said', ['Ann Lee praised the deal on Monday.', 'The White House press secretary, Karoline Leavitt, defended the price.', '“It was a fair deal for everyone,” she said.'], [['It was a fair deal for everyone,', 'Karoline Leavitt']]],
  ['a role with a place, then the name set off by commas', ['A neighbor in Dayton, Mary Cole, said the family was “kind and quiet all these years.”'], [['kind and quiet all these years.', 'Mary Cole']]],
  ['a title word inside an organisation says nothing of gender', ['Duke University professor Ann Lee led the study.', '“We were surprised by how fast it spread,” she said.', 'Queen’s University professor John Smith joined it.', '“We did not expect this at all,” he said.'], [['We were surprised by how fast it spread,', 'Ann Lee'], ['We did not expect this at all,', 'John Smith']]],
  ['an outlet reporting is not a speaker of the next quote', ['The minister resigned on Friday, the BBC reported. “It is a sad day for the country and for me.”'], [['It is a sad day for the country and for me.', null]]],
  ['a capitalised lead quoted in its own paragraph', ['KELLY Osbourne said: “I said he was a whinger, and I meant it.”', '“I still do,” Osbourne said.'], [['I said he was a whinger, and I meant it.', 'Kelly Osbourne'], ['I still do,', 'Kelly Osbourne']]],
  ['a statement from a titled person', ['The law is “a disgrace to the state,” according to a statement from Gov. Gavin Newsom.'], [['a disgrace to the state,', 'Gavin Newsom']]],
  ['a two-word region is not the speaker', ['A farmer in Fargo, North Dakota, said the harvest was “the worst in decades.”', 'Ann Lee, a nurse in Cape Town, South Africa, said it was “a very hard winter.”'], [['the worst in decades.', null], ['a very hard winter.', 'Ann Lee']]],
  ['a capitalised title before the name says a gender', ['“We want answers now,” said Congresswoman Ann Lee.', 'Chairman Tom Hale disagreed with the plan.', '“We have the votes for it,” she said.'], [['We want answers now,', 'Ann Lee'], ['We have the votes for it,', 'Ann Lee']]],
  ['a titled person writing is not an outlet', ['The plan was flawed from the start, the Rev. Al Sharpton wrote. “We will march again on Sunday.”'], [['We will march again on Sunday.', 'Al Sharpton']]],
  ['a suffix may end a sentence', ['The ceremony was led by Tom Hale, Esq. “It was an honor to be here,” he said.'], [['It was an honor to be here,', 'Tom Hale']]],
  ['scare quotes, titles and nicknames are left out', ['Critics called the bill “reckless” before the premiere of “Dancing with the Stars.” Doctors know it as “farmer’s lung disease.” China backs the “one country, two systems” formula.'], []],
];

const OTHER: Row[] = [
  ['fr « »', ['« Nous ne céderons rien », a déclaré Marie Dupont.'], [['Nous ne céderons rien', 'Marie Dupont']], 'fr'],
  ['fr dialogue dash', ['— Je ne sais pas encore, dit-il.'], [['Je ne sais pas encore', null]], 'fr'],
  ['de „ “', ['„Wir schaffen das noch“, sagte Angela Merkel.'], [['Wir schaffen das noch', 'Angela Merkel']], 'de'],
  ['de » «', ['»Das ist ein guter Tag«, sagte Olaf Scholz.'], [['Das ist ein guter Tag', 'Olaf Scholz']], 'de'],
  ['es « » and según', ['«La economía va a crecer», según Pedro Sánchez.'], [['La economía va a crecer', 'Pedro Sánchez']], 'es'],
  ['es dialogue dash', ['—No lo sé todavía —dijo Juan Pérez—. Quizá mañana.'], [['No lo sé todavía', 'Juan Pérez'], ['Quizá mañana.', 'Juan Pérez']], 'es'],
  ['ru dialogue dash, the narration between dashes', ['— Да, я приду завтра, — сказал Иван Петров. — Но только вечером.'], [['Да, я приду завтра,', 'Иван Петров'], ['Но только вечером.', 'Иван Петров']], 'ru'],
  ['ru dialogue dash, dashes inside the speech', ['— Моё любимое блюдо – паста: спагетти – 370 г, томаты – две банки.'], [['Моё любимое блюдо – паста: спагетти – 370 г, томаты – две банки.', null]], 'ru'],
  ['de title compound before the name', ['Verteidigungsminister Boris Pistorius sprach am Vormittag.', '„Wir müssen wachsam sein“, sagte Pistorius.'], [['Wir müssen wachsam sein', 'Boris Pistorius']], 'de'],
  ['de title, then a time', ['„Das ist ein guter Tag“, sagte Bürgermeisterin Anna Schmidt am Montag.'], [['Das ist ein guter Tag', 'Anna Schmidt']], 'de'],
  ['de unnamed spokeswoman', ['„Das Verfahren läuft“, teilte eine Sprecherin auf Anfrage mit.', '„Wir prüfen das“, sagte ein Sprecher des Ministeriums.'], [['Das Verfahren läuft', null], ['Wir prüfen das', null]], 'de'],
  ['de a shared compound is one role', ['„Wir stehen vor einer großen Herausforderung“, sagte Zoo- und Tierparkdirektor Andreas Knieriem.'], [['Wir stehen vor einer großen Herausforderung', 'Andreas Knieriem']], 'de'],
  ['es dialogue dash spaced on both sides', ['—No lo sé todavía — dijo Juan Pérez —. Quizá mañana.'], [['No lo sé todavía', 'Juan Pérez'], ['Quizá mañana.', 'Juan Pérez']], 'es'],
  ['ru dialogue dash spaced, no comma', ['— Я приду завтра — сказал Иван Петров.'], [['Я приду завтра', 'Иван Петров']], 'ru'],
  ['ru a dash inside the narration', ['— Мы готовы, — сказал Иван Петров — глава компании. — Начнём завтра.'], [['Мы готовы,', 'Иван Петров'], ['Начнём завтра.', 'Иван Петров']], 'ru'],
  ['es a dash inside the narration', ['—Nos vemos el lunes —dijo Ana Gómez – la alcaldesa – al salir.'], [['Nos vemos el lunes', 'Ana Gómez']], 'es'],
  ['it « »', ['«Non è il momento di mollare», ha detto Giorgia Meloni.'], [['Non è il momento di mollare', 'Giorgia Meloni']], 'it'],
  ['pt “ ”', ['“Vamos vencer esta eleição”, disse Lula da Silva.'], [['Vamos vencer esta eleição', 'Lula da Silva']], 'pt'],
  ['ru « »', ['«Мы готовы к переговорам», заявил Дмитрий Песков.'], [['Мы готовы к переговорам', 'Дмитрий Песков']], 'ru'],
  ['ko subject particle and 고', ['하지만 김민수는 사과하지 않았다. 그는 “나는 잘못한 게 없다”고 말했다.'], [['나는 잘못한 게 없다', '김민수']], 'ko'],
  ['‹ › marks', ['‹Nous partirons demain matin›, a dit Luc Morel.'], [['Nous partirons demain matin', 'Luc Morel']], 'fr'],
];

describe('issue #3 hard cases (en)', () => {
  it.each(EN)('%s', (_name, paras, want, lang = 'en') => {
    expect(find(paras, lang ?? null).map((q) => [q.text, q.speaker])).toEqual(want);
  });
});

describe('other languages, lang from the page', () => {
  it.each(OTHER)('%s', (_name, paras, want, lang) => {
    expect(find(paras, lang ?? null).map((q) => [q.text, q.speaker])).toEqual(want);
  });
});

describe('one paragraph holding thousands of quote marks (a transcript set in one <p>, a hostile page)', () => {
  it('finds every quote run together in one sentence, each credited to the name beside it', () => {
    const para = Array.from({ length: 2000 }, (_, i) => `“We will build wall number ${i},” said Mayor Jane Smith `).join('');
    const got = find([para], 'en');
    expect(got).toHaveLength(2000);
    expect(got[1999]).toMatchObject({ text: 'We will build wall number 1999,', speaker: 'Jane Smith' });
  });

  it('finds no quote where the marks open and never close, straight or single', () => {
    expect(find(['He said "yes and no '.repeat(3000)], 'en')).toEqual([]);
    expect(find(["the teachers' union and 'the ".repeat(3000)], 'en')).toEqual([]);
  });
});
