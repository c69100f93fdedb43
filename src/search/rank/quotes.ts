/**
 * Quotes in ranking: which statement a hit is cited for, what counts as a speaker's own words (a
 * quote long enough to be a statement, not a few words inside the reporter's sentence), and the
 * quote that answers "what did X say" right after the paragraph reporting it.
 */
import type { Statement } from '../../attribution/types.ts';
import type { Passage } from '../passages.ts';
import { runShare } from '../tokens.ts';
import { QUOTE_AFTER } from '../weights.ts';
import { bitsHeld, held, type QueryContext, topicWeightOf } from './context.ts';
import { Lifts } from './lift.ts';
import type { Scored, ScoringData } from './score.ts';

/** The statement a hit is cited for: the named speaker's, else the one best carrying the topic or phrase. */
export function citedStatement(
  inside: readonly Statement[],
  ctx: QueryContext,
  tokensOf: (s: Statement) => Int32Array,
  sentenceScore: (s: Statement) => number = () => 0,
): Statement | null {
  if (inside.length === 0) return null;
  const byNamed = inside.filter((s) => ctx.speakerNames.has(s.speaker));
  const pool = byNamed.length > 0 ? byNamed : inside;
  let best: Statement | null = null;
  let bestScore = -1;
  let bestSentence = -1;
  for (const s of pool) {
    const own = tokensOf(s);
    let score = ctx.phrase.length > 0 ? 10 * runShare(ctx.phrase, own) : 0;
    score += topicWeightOf(ctx, bitsHeld(own, ctx));
    if (s.kind === 'direct') score += 0.01;
    // Statements alike in what they say of the question: the one in the sentence that answers it
    // ("Opponents said the cost was too high. Roe, who voted against it, argued …" for "Who voted against it?").
    const sentence = sentenceScore(s);
    if (score > bestScore || (score === bestScore && sentence > bestSentence)) {
      best = s;
      bestScore = score;
      bestSentence = sentence;
    }
  }
  return best;
}

/**
 * A direct quote long enough to be the speaker's own statement, not a few words quoted inside the
 * reporter's sentence (called the plan ''reckless'').
 */
export function wholeQuote(st: Statement, data: Pick<ScoringData, 'tokensOfStatement'>): boolean {
  return st.kind === 'direct' && data.tokensOfStatement(st).length >= QUOTE_AFTER.wholeWords;
}

/**
 * "At a rally, Jane Roe showed a clip." / "“Let me help,” the nominee said.": a quote whose source the
 * text only describes, with "the", stands for someone named before it, most likely in the passage
 * right before; that passage reports the quote's speaker as if it named them.
 */
function describedBefore(st: Statement): boolean {
  return st.speakerKind === 'unnamed' && /^the\s/u.test(st.speaker);
}

/**
 * News reports a statement in its own words, then quotes it in the next paragraph ("Roe criticised
 * the plan." / "“It is a disgrace,” she said."). For a question about what someone said, the quote
 * answers it in their words: when a passage among the best is followed by a direct quote of the
 * speaker it reports (or of the speaker asked about), that quote ranks just above it. So does "who
 * said …" in the reader's words: the speaker's own words are the answer. Two more lead-ins need no
 * word of the question in the quote: a passage introducing someone it quotes nothing of ("Tennis
 * great Jane Roe remembered him." / "“He was kind,” she said."), when no one else is asked about;
 * and, for "who said", a passage quoting no one that sums up the remark after it, the quote then
 * ranking just below it.
 */
export function quoteAfterReport(scored: Scored[], ctx: QueryContext, data: ScoringData): Scored[] {
  const q = ctx.question;
  // Not for a phrase typed in quotation marks, to be found word for word: where the words are is the
  // answer. "Who said the plan was rushed" is the reader's paraphrase, and the quote answers it.
  if (!q.aboutSpeech || q.quoted) return scored;
  const lifts = new Lifts(scored);
  for (const s of scored.slice(0, QUOTE_AFTER.best)) {
    const passage = data.passages[s.id] as Passage;
    const next = data.neighbour(s.id, 1);
    if (!next || next.statements.length === 0) continue;
    const own = new Set(passage.statements.map((st) => st.speaker));
    const reported = new Set(own);
    // "Harbour engineer Jane Roe doubts the survey." / "“It was rushed,” Roe said." — introduced in full.
    for (const st of next.statements)
      if (st.kind === 'direct' && data.namesInFull(s.id, st.speaker)) reported.add(st.speaker);
    // "Who said …" of a passage that quotes no one: the quote after it is what it sums up.
    const leadIn = q.asks === 'who-said' && passage.statements.length === 0;
    const quoted = next.statements.some(
      (st) =>
        st.kind === 'direct' &&
        (reported.has(st.speaker) ||
          ctx.speakerNames.has(st.speaker) ||
          describedBefore(st) ||
          (leadIn && wholeQuote(st, data))),
    );
    if (
      !quoted ||
      passage.statements.some(
        (st) =>
          wholeQuote(st, data) &&
          reported.has(st.speaker) &&
          (ctx.speakerNames.size === 0 || ctx.speakerNames.has(st.speaker)),
      )
    )
      continue;
    // The quote must touch what is asked (a word of it), not be any next thing the speaker said —
    // unless the passage only introduces its speaker (the one asked about, if any) and reports
    // nothing of theirs ("Tennis great Jane Roe remembered him fondly." / "“He was kind,” she
    // said."): the quote is what it leads to. After a "who said" lead-in it comes just below.
    const introduces = next.statements.some(
      (st) =>
        st.kind === 'direct' &&
        !own.has(st.speaker) &&
        (ctx.speakerNames.size === 0 || ctx.speakerNames.has(st.speaker)) &&
        data.namesInFull(s.id, st.speaker),
    );
    const touches = topicWeightOf(ctx, held(data.tokens[next.id] as Int32Array, ctx, data.isStop).bits) > 0;
    if (!introduces && !touches && !leadIn) continue;
    lifts.lift(next.id, s.score * (introduces || touches ? QUOTE_AFTER.lift : QUOTE_AFTER.unsure), s);
  }
  return lifts.applied();
}

/**
 * An interview prints the interviewer's question, then the answer ("Q: Would you ban cruise ships?"
 * / "A: No. I would charge them."): the question holds the reader's words, the answer what was said.
 * When a question line is among the best, the answer after it ranks just above it.
 */
export function answerAfterQuestion(scored: Scored[], data: ScoringData): Scored[] {
  let lifts: Lifts | null = null;
  for (const s of scored.slice(0, QUOTE_AFTER.best)) {
    const passage = data.passages[s.id] as Passage;
    if (passage.statements.length > 0 || !INTERVIEW_QUESTION.test(passage.text)) continue;
    const next = data.neighbour(s.id, 1);
    if (!next || !INTERVIEW_LINE.test(next.text) || !next.statements.some((st) => st.kind === 'direct'))
      continue;
    lifts ??= new Lifts(scored);
    lifts.lift(next.id, s.score * QUOTE_AFTER.lift, s, true);
  }
  return lifts ? lifts.applied() : scored;
}

/**
 * A line of an interview: "Q:" or "Q.", "A:" or "A.", or a speaker's label and a colon ("ROE:", "Jane
 * Roe:"), then the words; not "Dr. Roe's question …" nor "U.S. officials want to know: …".
 */
const INTERVIEW_LINE = /^\s*(?:[QA]\s*[:.]|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*:)\s+\S/u;
/** Such a line asking a question. */
const INTERVIEW_QUESTION = new RegExp(`${INTERVIEW_LINE.source}.*\\?["”’]?\\s*$`, 'su');
