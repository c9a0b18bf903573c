import { describe, expect, it } from 'vitest';
import { paragraphBlocks } from './helpers-dom';
import { findQuotes } from '../../lib/extract/quotes';
import { makeTracer, type Block } from '../../lib/extract/types';

const blocks = (...paras: string[]): Block[] => paragraphBlocks(paras);

const run = (paras: string[], lang: string | null = 'en') => findQuotes(blocks(...paras), { lang, tracer: makeTracer(false) });
const pairs = (paras: string[], lang: string | null = 'en') => run(paras, lang).map((q) => [q.text, q.speaker]);

describe('quote spans', () => {
  it.each([
    ['curly marks', ['“We will win this,” Smith said.'], [['We will win this,', 'Smith']]],
    ['straight marks', ['"We will win this," Smith said.'], [['We will win this,', 'Smith']]],
    ['curly open, straight close', ['He said, “we ought to leave now," the office said.'], [['we ought to leave now,', null]]],
    ['single-quote partial of 3+ words', ['Jane Doe said the plan had ‘been through hell’ last year.'], [['been through hell', 'Jane Doe']]],
    ['apostrophes are not marks', ['Russia’s army can’t move, and the teachers’ union won’t strike, Jane Doe said.'], []],
    ['guillemets (fr)', ['« Nous allons gagner », a déclaré Marie Dupont.'], [[' Nous allons gagner '.trim(), 'Marie Dupont']]],
    ['German „…“', ['„Wir schaffen das noch“, sagte Angela Merkel.'], [['Wir schaffen das noch', 'Angela Merkel']]],
    ['open at paragraph end closes there', ['“It is clear that the war goes on.'], [['It is clear that the war goes on.', null]]],
    ['scare quote of two words is dropped', ['The Pentagon called it “patently false” on Monday.'], []],
    ['complete two-word utterance with attribution is kept', ['“That’s correct,” Volker said.'], [['That’s correct,', 'Volker']]],
    ['title of a work is dropped', ['The band played “We’re Not Gonna Take It” at the rally.'], []],
    ['nickname after a naming cue is dropped', ['Doctors call it a case of what is known as “feather duvet lung.”'], []],
    ['nested quote stays inside', ['“And I said, ‘I want more,’ to them,” Trump said.'], [['And I said, ‘I want more,’ to them,', 'Trump']]],
  ])('%s', (_name, paras, want) => {
    // No page language: every language's speech verbs apply (the fallback), so fr and de rows resolve too.
    expect(pairs(paras as string[], null)).toEqual(want);
  });

  it('never reads headings', () => {
    expect(run(['# “This is a quoted headline here”'])).toEqual([]);
  });

  it('splits a quote broken by the attribution into two entries with one speaker', () => {
    expect(pairs(['“Ukraine is ready,” Tammy Bruce said. “The ball is now in Russia’s court.”'])).toEqual([
      ['Ukraine is ready,', 'Tammy Bruce'],
      ['The ball is now in Russia’s court.', 'Tammy Bruce'],
    ]);
  });

  it('dialogue dashes in Spanish', () => {
    expect(pairs(['—No lo sé todavía —dijo Juan Pérez—. Quizá mañana lo sabremos.'], 'es')).toEqual([
      ['No lo sé todavía', 'Juan Pérez'],
      ['Quizá mañana lo sabremos.', 'Juan Pérez'],
    ]);
  });

  it('a block quote after "X warned:" is a quote of X', () => {
    expect(pairs(['In a video address, Volodymyr Zelenskyy warned:', '> Putin continues to drag out this war and everyone can see it.'])).toEqual([
      ['Putin continues to drag out this war and everyone can see it.', 'Volodymyr Zelenskyy'],
    ]);
  });

  it('a multi-paragraph quote gives one entry per paragraph', () => {
    const q = run(['“You have beaten some really good teams,” coach Bruce Boudreau said. “So keep going.', '“I said the same thing in Washington.”']);
    expect(q.map((x) => x.text)).toEqual(['You have beaten some really good teams,', 'So keep going.', 'I said the same thing in Washington.']);
    expect(new Set(q.map((x) => x.speaker))).toEqual(new Set(['Bruce Boudreau']));
  });
});
