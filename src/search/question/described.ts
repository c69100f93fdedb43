/**
 * "What did the harbour board chair say …?": a question may name a speaker by the words the text uses
 * to introduce them ("Harbour Board Chair Jane Roe", "Jane Roe, a retired pilot") rather than by name.
 * When the matcher finds no one, the person is the one a passage names beside most of those words —
 * found in the text, not in a list of titles.
 */
import type { Speaker } from '../../attribution/types.ts';
import { holdsWord } from '../text.ts';
import { DESCRIBED } from '../weights.ts';
import type { Question } from './analyze.ts';

/** What finding a described speaker needs of the index. */
export interface DescribedLookup {
  /** Passages holding at least `least` of the stem lists (one stem of a list is enough). */
  passagesHolding(stems: readonly (readonly string[])[], least: number): number[];
  /** Whether the passage's article holds one of the stems. */
  articleHolds(passage: number, stems: readonly string[]): boolean;
  /**
   * The person (with statements) the passage names nearest to at least `least` of the stem lists,
   * within `DESCRIBED.reach` words: "Harbour Board Chair Jane Roe", "Jane Roe, a retired pilot";
   * several only when equally near.
   */
  introduced(passage: number, stems: readonly (readonly string[])[], least: number): readonly Speaker[];
}

/**
 * The speaker a description of the question stands for, and the question's terms that describe
 * them, or null when the question names a speaker, describes no one, or the text does not single
 * one out.
 *
 * @example describedSpeaker(analyze('What did the retired harbour pilot say?'), lookup)?.speaker.name // 'Jane Roe'
 */
export function describedSpeaker(
  question: Question,
  lookup: DescribedLookup,
): { speaker: Speaker; terms: Question['terms'] } | null {
  const asked = question.speakerAsked?.toLowerCase();
  if (!asked || question.speakers.length > 0) return null;
  const described = question.terms.filter(
    (t) => !t.unknown && t.stems.length > 0 && holdsWord(asked, t.word),
  );
  // "Norland's harbour board chair": the role is found in one passage, the names it holds
  // ("Norland") anywhere in that passage's article. "Jane Roe's mother" is not "Jane Roe's father".
  const role = described.filter((t) => !t.capital);
  const names = described.filter((t) => t.capital);
  if (role.length < DESCRIBED.minWords) return null;
  const least = Math.max(DESCRIBED.minWords, Math.ceil(role.length * DESCRIBED.share));
  const votes = new Map<Speaker, number>();
  for (const id of lookup.passagesHolding(
    role.map((t) => t.stems),
    least,
  )) {
    if (!names.every((t) => lookup.articleHolds(id, t.stems))) continue;
    for (const s of lookup.introduced(
      id,
      role.map((t) => t.stems),
      least,
    ))
      votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // Two people introduced alike ("two retired pilots"): the description does not say which.
  if (!first || (second && second[1] === first[1])) return null;
  return { speaker: first[0], terms: described };
}
