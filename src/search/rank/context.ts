/**
 * What ranking needs of a question, worked out once rather than per passage: each content word with
 * its weight (idf over passages, less for a typo), the pairs of adjacent words, the phrase's words.
 */
import type { Question, QueryTerm } from '../question/analyze.ts';
import { words } from '../text.ts';
import { MISSING_WORD_WEIGHT, TYPO_WEIGHT } from '../weights.ts';

export interface WeightedTerm {
  query: QueryTerm;
  /** The briefing's stems that count as this word. */
  stems: readonly string[];
  /** Inverse passage frequency of the word (of its commonest stem when it has several). */
  idf: number;
  /** What finding it is worth: idf, less for a near spelling. */
  weight: number;
}

export interface QueryContext {
  question: Question;
  /** Every content word the briefing has, speaker names included. */
  all: WeightedTerm[];
  /** The words the answer should be about: `all` without the named speakers' names and roles. */
  topic: WeightedTerm[];
  /** Sum of the topic's weights. */
  topicWeight: number;
  /** Each stem of the topic, with the index of its word in `topic`. */
  stemToTopic: ReadonlyMap<string, number>;
  /** Adjacent content words of the question, as pairs of indexes in `all`. */
  pairs: readonly [number, number][];
  /** Lower-case words of the quoted or "who said" phrase. */
  phraseWords: readonly string[];
  /** Lower-case words of the question, for telling what it already names. */
  asked: ReadonlySet<string>;
  /** Canonical names of the speakers the question names. */
  speakerNames: ReadonlySet<string>;
}

/**
 * @param df  passages holding a stem
 * @param passages  how many passages the briefing has
 */
export function queryContext(question: Question, df: (stem: string) => number, passages: number): QueryContext {
  const idf = (stem: string) => {
    const n = df(stem);
    return Math.log(1 + (passages - n + 0.5) / (n + 0.5));
  };
  const all: WeightedTerm[] = [];
  for (const q of question.terms) {
    if (q.stems.length === 0) continue;
    const weightOf = Math.min(...q.stems.map(idf));
    all.push({ query: q, stems: q.stems, idf: weightOf, weight: weightOf * (q.typo ? TYPO_WEIGHT : 1) });
  }
  // A year or a number narrows, it is not what is asked about ("What did she say in 2021?").
  const topicOnly = all.filter((t) => !t.query.speaker && !/^\d+$/u.test(t.query.word));
  // A question that is only a name ("Blinken?") is about whatever the named person said.
  const topic = topicOnly.length > 0 ? topicOnly : all;
  const stemToTopic = new Map<string, number>();
  topic.forEach((t, i) => {
    for (const s of t.stems) if (!stemToTopic.has(s)) stemToTopic.set(s, i);
  });
  const pairs: [number, number][] = [];
  for (let i = 1; i < all.length; i++) pairs.push([i - 1, i]);
  // Everyday words the briefing lacks still count against a passage's share of the question: what a
  // passage does not hold of the question is missing from the answer, whatever the reason.
  // A year or a number the text lacks is no subject of its own ("What did she say in 2021?").
  const missing = question.terms.filter((q) => q.stems.length === 0 && !q.speaker && !/^\d+$/u.test(q.word)).length;
  return {
    question,
    all,
    topic,
    topicWeight: topic.reduce((sum, t) => sum + t.weight, 0) + missing * MISSING_WORD_WEIGHT,
    stemToTopic,
    pairs,
    phraseWords: question.phrase ? words(question.phrase) : [],
    asked: new Set(words(question.text)),
    speakerNames: new Set(question.speakers.map((m) => m.speaker.name)),
  };
}
