/**
 * Place names in running text, without a gazetteer: a capitalised run after a locative preposition,
 * minus dates, titles and function words. Good enough to say where a statement was made when the
 * sentence says so, and where an event happened.
 */
import {
  FUNCTION_WORDS,
  MONTHS_AND_DAYS,
  NAME_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PLACE_AND_MONTH_ABBREVIATIONS,
  TITLE_WORDS,
} from './lexicon.ts';

export interface PlaceMention {
  place: string;
  /** Offset of the place name in the text searched. */
  index: number;
  /** The preposition before it ("in", "from", "at", "to"). */
  preposition: string;
}

const CAP = String.raw`[A-Z][\p{L}’'\-]*\.?`;
const LINK = '(?:de|del|da|la|le|al|el|of)';
const PLACE_RUN = String.raw`(?:The\s+)?${CAP}(?:\s+(?:${CAP}|${LINK}\s+${CAP}))*`;
const MENTION = new RegExp(
  String.raw`\b([Ii]n|[Ff]rom|[Aa]t|to|into|near|outside|inside)\s+(${PLACE_RUN})`,
  'gu',
);

/** Whether a mention says where something is or happens ("in", "at"), not where someone went ("to", "into"). */
export function isWhere(m: PlaceMention): boolean {
  return m.preposition !== 'to' && m.preposition !== 'into';
}

/** Cleans a captured run: trailing possessives and punctuation, more than four words, non-places. */
export function cleanPlace(run: string): string | null {
  let words = run.split(/\s+/u);
  // Stop at the first word that cannot be part of a place name ("Lyon Thursday", "Lyon Today"),
  // and after a word whose period ends a sentence ("in Lyon. Jane Roe said"), not an abbreviation's.
  const stop = words.findIndex(
    (w, i) => i > 0 && (MONTHS_AND_DAYS.has(w) || FUNCTION_WORDS.has(w) || endsSentence(words[i - 1] ?? '')),
  );
  if (stop > 0) words = words.slice(0, stop);
  if (words.length > 4) words = words.slice(0, 4);
  // Trailing punctuation goes after the cut, so a place never ends with a sentence's period and an
  // abbreviation is cut the same way wherever the run ends ("Washington D.C." → "Washington D.C").
  const last = (words[words.length - 1] ?? '').replace(/[.,;:’']+$/u, '');
  words = last ? [...words.slice(0, -1), last] : words.slice(0, -1);
  const first = words[0] ?? '';
  if (first === 'The' && words.length === 1) return null;
  const head = first === 'The' ? (words[1] ?? '') : first;
  if (!head || MONTHS_AND_DAYS.has(head) || (FUNCTION_WORDS.has(head) && head !== 'The')) return null;
  // "M." of "M.I.T.": an initial is no place.
  if (head.replace(/[^\p{L}]/gu, '').length < 2) return null;
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return null;
  if (/’s$|'s$/u.test(words[words.length - 1] ?? '')) return null;
  if (/^\p{Lu}{2,}$/u.test(head) && head.length <= 3 && words.length === 1) return null;
  return words.join(' ');
}

/**
 * A capitalised word whose period ends a sentence: a word of two letters or more with no other
 * period ("Lyon.", not "D.C.") that is no abbreviation standing before a name or a number ("St.",
 * "No.") and no state's abbreviation ("Calif.").
 */
function endsSentence(word: string): boolean {
  const m = /^(\p{Lu}[\p{Ll}’'-]+)\.$/u.exec(word);
  if (!m) return false;
  const bare = m[1] as string;
  return (
    !NAME_ABBREVIATIONS.has(bare) &&
    !NUMBER_ABBREVIATIONS.has(bare) &&
    !PLACE_AND_MONTH_ABBREVIATIONS.has(bare)
  );
}

/**
 * Every place-like mention in `text`, in order.
 *
 * @example findPlaceMentions('talks later in Bergen, Norway')[0].place // 'Bergen'
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const place = cleanPlace(m[2] as string);
    if (!place) continue;
    out.push({
      place,
      index: (m.index ?? 0) + (m[0].length - (m[2] as string).length),
      preposition: (m[1] as string).toLowerCase(),
    });
  }
  return out;
}
