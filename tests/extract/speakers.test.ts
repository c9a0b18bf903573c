import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findQuotes } from '../../lib/extract/quotes';
import { makeTracer, type Block } from '../../lib/extract/types';

function run(paras: string[], lang = 'en') {
  const { document } = parseHTML('<html><body></body></html>');
  const blocks: Block[] = paras.map((text, index) => ({ index, kind: 'p', text, el: document.createElement('p') as unknown as Element }));
  return findQuotes(blocks, { lang, tracer: makeTracer(false) });
}
const who = (paras: string[]) => run(paras).map((q) => q.speaker);

describe('speaker resolution', () => {
  it.each([
    ['inverted verb', ['“Concessions weaken us,” said Bradley Bowman, senior director at the Foundation.'], ['Bradley Bowman']],
    ['surname to full name', ['Putin’s spokesperson Dmitry Peskov spoke Tuesday.', '“There are many questions,” Peskov said.'], ['Dmitry Peskov']],
    ['according to', ['The call was “going well and still in progress”, according to White House spokesman Dan Scavino.'], ['Dan Scavino']],
    ['wrote on a platform', ['“Much remains to be done,” Donald Trump wrote on Truth Social.'], ['Donald Trump']],
    ['told a listener', ['Mary Jones told Reuters: “We will not give up on this.”'], ['Mary Jones']],
    ['aside between name and verb', ['Sir Vince Cable, who replaced Tim Farron in July, said: “We will fight this all the way.”'], ['Vince Cable']],
    ['adverb between name and verb', ['“Can I give it to James?” Ally Brooke tearfully asked.'], ['Ally Brooke']],
    ['pronoun to the person just introduced', ['Coach Bruce Boudreau was upbeat.', '“We are playing well again,” Boudreau said.', 'Wild defenseman Ryan Suter could see the frustration.', '“He is used to scoring goals,” he said.'], ['Bruce Boudreau', 'Ryan Suter']],
    ['quote-only paragraph continues the previous speaker', ['“We are on the 10-yard line,” press secretary Karoline Leavitt said.', '“We have never been closer to a deal.”'], ['Karoline Leavitt', 'Karoline Leavitt']],
    ['organisation as speaker', ['“The talks were useful and constructive,” the Kremlin said.'], ['Kremlin']],
    ['unnamed source is null, never a name', ['President Joe Biden spoke first.', '“Nobody expected this outcome at all,” a senior official said.'], [null]],
    ['participle takes the sentence subject', ['Zippy Duvall wrote to the president.', 'He urged Mr. Trump to act, saying “time is running out for farmers.”'], ['Zippy Duvall']],
  ])('%s', (_n, paras, want) => {
    expect(who(paras as string[])).toEqual(want);
  });

  it('gives the role the article attaches anywhere', () => {
    const q = run(['Putin’s spokesperson Dmitry Peskov spoke Tuesday.', '“There are many questions to settle,” Peskov said.']);
    expect(q[0]).toMatchObject({ speaker: 'Dmitry Peskov', role: 'Putin’s spokesperson' });
    const u = run(['“Nobody expected this outcome at all,” a senior official said.']);
    expect(u[0]).toMatchObject({ speaker: null, role: 'a senior official' });
  });

  it('resolves in French and Indonesian', () => {
    expect(run(['« Nous ne céderons pas sur ce point », a déclaré Emmanuel Macron.'], 'fr')[0]?.speaker).toBe('Emmanuel Macron');
    expect(run(['Umar bin Al-Khaththab berkata, “Wahai Aslam, janganlah berlebihan.” Aslam berkata, “Bagaimana itu?”'], 'id').map((q) => q.speaker)).toEqual(['Umar bin Al-Khaththab', 'Aslam']);
  });

  it('explains each decision when tracing', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const tracer = makeTracer(true);
    findQuotes([{ index: 0, kind: 'p', text: '“We will win this,” said Jane Doe.', el: document.createElement('p') as unknown as Element }], { lang: 'en', tracer });
    expect(tracer.entries.map((e) => e.step)).toEqual(['quotes', 'speaker']);
    expect(tracer.entries[1]!.reason).toMatch(/said X/);
  });
});

describe('he/she against the pronouns the narration uses for each person', () => {
  it.each([
    ['a woman the narration calls "she" is not "he"', ['Dana Voss runs the shelter on Main Street. She opened it in 2004.', '“We never turn anyone away,” said Tom Hale, a volunteer.', 'Voss disagreed with the plan on Monday.', '“We need more help here,” he said.'], ['Tom Hale', 'Tom Hale']],
    ['a man the narration calls "his" is not "she"', ['Sam Ortiz sold his bakery in May.', '“It was time to go,” said Ann Cole, who bought it.', 'Ortiz stayed on to train the staff.', '“He knows every recipe,” she said.'], ['Ann Cole', 'Ann Cole']],
    ['"she added" after quote-only paragraphs of a named quote is its speaker', ['Mara Quinn, 21, was taken to Royal Victoria hospital on 12 April after taking a lethal dose of highly toxic “diet pills” bought online.', '“The drug was in her system, there was no antidote, two tablets was a lethal dose – and she had taken eight,” her mother, Joan, said in a statement yesterday.', '“As Mara deteriorated, the staff did all they could to help her.”', '“She was literally burning up from within.”', 'She added: “They never stood a chance of saving her.”'], ['Joan', 'Joan', 'Joan', 'Joan']],
    ['the subject opening the quote’s own sentence is its "he"', ['Tom Hale reported record rainfall in the valley on Monday.', 'Ann Cole, director of the city water board, told reporters that “the old pipes will hold this winter,” she said.'], ['Ann Cole']],
    ['an object in the quote’s own sentence is not its "he"', ['Sam Ortiz spoke first at the meeting on Monday.', 'He urged Tom Hale to resign, saying “the board has failed the city.”'], ['Sam Ortiz']],
    ['a one-word name opening a sentence is the subject once the article writes it mid-sentence', ['The board met on Monday, and the offer was rejected by Chairman Whitby.', 'Whitby says he wanted to end the talks in person.', 'During the visit, he was seen having long talks with Tom Reyes at the harbour.', 'He later told the BBC: “I made the call to go there myself.”'], ['Whitby']],
    ['an object pronoun says nothing of the subject’s gender', ['Mary Steen, the mayor, thanked him for the grant.', '“It will change the town,” she said.'], ['Mary Steen']],
    ['a possessive name says nothing of its own gender', ['Tom Hale’s wife said her husband was ill.', '“I will be back soon,” he said.'], ['Tom Hale']],
    ['"He" before a capitalised word is a name', ['Janet Yellen arrived in Beijing on Friday. He Lifeng and other officials were waiting.', '“The talks were frank,” she said.'], ['Janet Yellen']],
    ['a possessive opening name is not the pronoun', ['Tom Reyes spoke first at the hearing.', 'Ann Lee’s husband wept in court as he told the judge he would “fight this to the end.”'], ['Tom Reyes']],
    ['two people with one surname say nothing of either', ['Ann Lee and her husband run the farm. Tom Lee said his father had built it.', '“We will keep it going,” said Mia Park, their neighbour.', 'Lee stayed on the porch.', '“It is our home,” she said.'], ['Mia Park', 'Ann Lee']],
  ])('%s', (_n, paras, want) => {
    expect(who(paras as string[])).toEqual(want);
  });
});

describe('subheads', () => {
  const runKinds = (paras: [string, string][]) => {
    const { document } = parseHTML('<html><body></body></html>');
    const blocks = paras.map(([kind, text], index) => ({ index, kind, text, el: document.createElement('p') as unknown as Element })) as Block[];
    return findQuotes(blocks, { lang: 'en', tracer: makeTracer(false) }).map((q) => [q.text, q.speaker]);
  };
  it('a subhead written as a sentence names the person a pronoun after it means', () => {
    expect(runKinds([
      ['p', '“We will find who sold them,” said Detective Sergeant Ann Cole of the county police.'],
      ['heading', 'Maria Lopez urged parents to talk to their children about the pills.'],
      ['p', '“Nobody told us how dangerous they were,” she said.'],
    ])).toEqual([['We will find who sold them,', 'Ann Cole'], ['Nobody told us how dangerous they were,', 'Maria Lopez']]);
  });
  it('a subhead gives no quote and a short one no name', () => {
    expect(runKinds([
      ['heading', '“A deadly pill,” Tom Hale warns'],
      ['p', 'Tom Hale runs the clinic. Ann Cole, a nurse there, sees the victims.'],
      ['heading', 'Maria Lopez speaks.'],
      ['p', '“Nobody told us how dangerous they were,” she said.'],
    ]).map((q) => q[1])).toEqual(['Ann Cole']);
  });
});
