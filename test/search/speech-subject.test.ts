import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SUBJECT_WORDS,
  SPEECH_VERB_WORDS,
  subjectBeforeVerb,
} from '../../src/search/question/speech-subject.ts';

/**
 * What the question reader did before: one regular expression per shortest subject length. The
 * reader of words must find the same auxiliary, subject and verb on any question.
 */
function byPattern(q: string, minWords: number) {
  const pattern = new RegExp(
    String.raw`\b(?:did|does|do|has|have|had|would|will|could|is|was|were)\s+((?:[^\s?]+\s+){${minWords - 1},${MAX_SUBJECT_WORDS - 1}}?[^\s?]+)\s+(?:first\s+|also\s+|actually\s+|publicly\s+|really\s+)?(?:${SPEECH_VERB_WORDS.join('|')})\b`,
    'iu',
  );
  const m = pattern.exec(q);
  return m ? { index: m.index, subject: m[1], verbEnd: m.index + m[0].length } : null;
}

function byWords(q: string, minWords: number) {
  const m = subjectBeforeVerb(q, minWords);
  return m ? { index: m.index, subject: m.subject, verbEnd: m.verbEnd } : null;
}

describe('the subject of a question’s verb of speech', () => {
  it('GIVEN “What did the harbour master tell Roe?” THEN the subject is “the harbour master”, up to “tell”', () => {
    const q = 'What did the harbour master tell Roe?';
    expect(subjectBeforeVerb(q, 1)).toEqual({
      index: 5,
      subject: 'the harbour master',
      subjectStart: 9,
      verbEnd: 32,
    });
  });

  it('GIVEN an adverb before the verb (“did Roe first say”) THEN it is no part of the subject', () => {
    expect(subjectBeforeVerb('When did Roe first say it?', 1)?.subject).toBe('Roe');
  });

  it('GIVEN a shortest length THEN a longer subject is read (“State” used as a noun is passed over by the caller)', () => {
    const q = 'What did the Montclair State professor read into it?';
    expect(subjectBeforeVerb(q, 1)?.subject).toBe('the Montclair');
    expect(subjectBeforeVerb(q, 3)?.subject).toBe('the Montclair State professor');
  });

  it('GIVEN a question mark inside the words THEN no subject runs over it', () => {
    expect(subjectBeforeVerb('Did Roe? say it', 1)).toBeNull();
  });

  it('GIVEN a word that holds an auxiliary (“undo”, “x_did”) or a verb (“saying” is one, “sayings” not) THEN only whole words count', () => {
    expect(subjectBeforeVerb('undo Roe say', 1)).toBeNull();
    expect(subjectBeforeVerb('x_did Roe say', 1)).toBeNull();
    expect(subjectBeforeVerb('did Roe sayings', 1)).toBeNull();
    expect(subjectBeforeVerb('(did Roe say?', 1)?.index).toBe(1);
  });

  it('GIVEN any question made of auxiliaries, verbs, adverbs, names and punctuation THEN the words give what the pattern gave', () => {
    const word = fc.constantFrom(
      'did',
      'Does',
      'do',
      'has',
      'will',
      'is',
      'say',
      'Said',
      'saying',
      'sayings',
      'state',
      'told',
      'read',
      'first',
      'also',
      'Roe',
      'the',
      'mayor',
      "Roe's",
      'it?',
      '?',
      'x_did',
      '(did',
      'say?',
      "say's",
      'say,',
      'about',
      'Ada',
      'undo',
    );
    const question = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 16 }), fc.constantFrom(' ', '  ', '\t', ' \u00a0'))
      .map(([words, space]) => words.join(space));
    fc.assert(
      fc.property(question, fc.integer({ min: 1, max: MAX_SUBJECT_WORDS }), (q, min) => {
        expect(byWords(q, min)).toEqual(byPattern(q, min));
      }),
      { numRuns: 3000 },
    );
  });
});
