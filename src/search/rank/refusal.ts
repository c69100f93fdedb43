/**
 * Refusal before searching: a question is refused when the briefing lacks what it is about — a name
 * it never uses, or most of the question's weight in words it has no trace of. A typo, a date, a
 * short word or an unknown role alone never refuses a question (ranking then shows the closest
 * passages as related when none answers).
 */
import { TITLE_WORDS } from '../../attribution/lexicon.ts';
import type { Statement } from '../../attribution/types.ts';
import { isDateName, type Question } from '../question/analyze.ts';
import { isEverydayWord } from '../question/common-words.ts';
import { casedWords, STOP_WORDS, term, words as wordsOf } from '../text.ts';
import { familyName } from '../tokens.ts';
import { REFUSAL } from '../weights.ts';

/** Why the question cannot be answered from the briefing, or null to go on and rank. */
export function refuseBefore(question: Question): string | null {
  if (question.terms.length === 0 && !question.phrase) return 'The question has no words to search for.';
  if (question.missingNames.length > 0) {
    return `The briefing does not mention ${question.missingNames.map(capitalised).join(', ')}.`;
  }
  // A word the briefing has no trace of, and that is not everyday English, is what the question is
  // about: a name typed in lower case, a term of art.
  // A misspelt word of a speaker's name ("Colum Roe" for Callum Roe) is that speaker's, not missing.
  const rare = question.terms.filter(
    (t) => t.unknown && !t.speaker && !isEverydayWord(t.word) && t.word.length >= 3,
  );
  // One such word among many is as likely a reader's rare word for what the text says otherwise.
  if (rare.length > 0 && rare.length / question.terms.length >= REFUSAL.rareShare)
    return `The briefing does not mention ${rare.map((t) => `“${t.word}”`).join(', ')}.`;
  // "What did Blinken say about football?": a speaker the briefing quotes, on a subject it never mentions.
  // A weekday or a month is when, not what: "What did Roe say on Monday?" is about Roe.
  const topic = question.terms.filter((t) => !t.speaker && !isDateName(t.word));
  if (question.speakers.length > 0 && topic.length > 0 && topic.every((t) => t.unknown)) {
    return `The briefing has nothing on ${topic.map((t) => `“${t.word}”`).join(', ')}.`;
  }
  // Everyday words the briefing lacks: when they are most of the question, it is about another
  // subject ("a recipe for banana bread"); a few are a reader's paraphrase.
  const unknown = question.terms.filter((t) => t.unknown).length;
  if (unknown >= 2 && unknown / question.terms.length >= REFUSAL.unknownShare && !question.phrase) {
    return 'The briefing does not cover this.';
  }
  return null;
}

/**
 * "What did Jane Roe's mother say": the one asked about is described by words that no passage holds
 * together (with a neighbour), so the briefing says nothing of such a person. Null when some passage
 * does, or the question names one of the briefing's speakers.
 */
export function describesNoOne(
  question: Question,
  together: (stems: readonly (readonly string[])[]) => boolean,
  inOneArticle: (stems: readonly (readonly string[])[]) => boolean = () => true,
): string | null {
  const asked = question.speakerAsked;
  if (!asked || question.speakers.length > 0) return null;
  const lower = asked.toLowerCase();
  const words = question.terms.filter((t) => lower.includes(t.word));
  const the = asked.replace(/^(?:the|a|an)\s+/iu, 'the ');
  // "the mayor of Velmora": an office and the place or body it is of, which some article must name
  // both of (one story's mayor is not another town's).
  const qualified = QUALIFIED.exec(asked);
  if (qualified && TITLE_WORDS.has((qualified[1] as string).toLowerCase())) {
    const of = new Set(wordsOf(`${qualified[1]} ${qualified[2]}`));
    const named = question.terms.filter((t) => of.has(t.word));
    if (named.length >= 2 && !inOneArticle(named.map((t) => t.stems)))
      return `The briefing mentions no one as ${the}.`;
  }
  // A description that names someone ("Jane Roe's mother") must be found together; a description
  // alone ("the Army veteran") is how the reader puts it, and the text may put it otherwise.
  if (!/\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(asked)) return null;
  const described = words;
  if (described.length < 2) return null;
  if (together(described.map((t) => t.stems))) return null;
  return `The briefing mentions no one as ${the}.`;
}

/** An office qualified by a named place or body: "the mayor of Velmora", "the governor of the Bank". */
const QUALIFIED = /\b(\p{L}+)\s+(?:of|from|in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/** What `quotedNowhere` reads of the index. */
export interface QuotedSource {
  /** Passages whose text holds a stem. */
  holding(stem: string): Iterable<number>;
  /** Statements made in a passage and in the passages beside it in its article. */
  statementsAround(id: number): readonly Statement[];
  /** Whether the briefing only ever writes the word capitalised. */
  isName(word: string): boolean;
}

/**
 * "What did Jane Roe say about the vote?" of a briefing that names Roe only where others speak of
 * her: no statement is hers, and every statement around each mention is another named speaker's, so
 * none can be hers under another description ("the Republican nominee riffed …" may be; "Trump said"
 * is not). Null when the question names a speaker the briefing quotes, or asks by description.
 */
export function quotedNowhere(question: Question, source: QuotedSource): string | null {
  const asked = question.speakerAsked;
  if (!asked || question.speakers.length > 0 || !question.aboutSpeech) return null;
  const typed = casedWords(asked);
  // A name, as typed or as the briefing writes it; "Roe's lawyer", "the harbour pilot", "the Geneva
  // talks" are descriptions (a name takes no article).
  if (
    typed.length === 0 ||
    STOP_WORDS.has((typed[0] as string).toLowerCase()) ||
    !typed.every((w) => /^\p{Lu}/u.test(w) || source.isName(w.toLowerCase()))
  ) {
    return null;
  }
  const family = (familyName(typed.join(' ')) as string).toLowerCase();
  const stem = term(family);
  if (!stem) return null;
  let others = 0;
  for (const id of source.holding(stem)) {
    for (const s of source.statementsAround(id)) {
      if (s.speakerKind === 'unnamed' || casedWords(s.speaker.toLowerCase()).includes(family)) return null;
      // "Ines Marl, chief economist at Harbour Analytics": one who speaks for the body asked about.
      if (s.role !== null && casedWords(s.role.toLowerCase()).includes(family)) return null;
      others++;
    }
  }
  if (others === 0) return null;
  return `The briefing quotes nothing ${typed.join(' ')} said; it names them only where others speak.`;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
