/**
 * The runs of capitalised words of a typed question, worked out once per question: a run is one name
 * ("Harlow State University", "Jane Q. Roe's"), so a word of it names what the run names, and the
 * word after it may say the name is only a modifier ("the Roe spokesman"). In a question typed in
 * capitals or Title Case, capitals say nothing, and there are no runs.
 */
import { HONORIFICS, TITLE_MODIFIERS, TITLE_WORDS } from '../../attribution/lexicon.ts';
import { keepShape } from '../../shapes.ts';
import { STOP_WORDS, straightApostrophes } from '../text.ts';

export class CapitalRuns {
  /** For each word, the first and last index of its run, or -1 when it is not capitalised. */
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** For each word, whether only spaces separate it from the next ("Roe spokesman", not "Roe, spokesman"). */
  private readonly spaceAfter: boolean[];

  /**
   * @param text  the question as typed
   * @param cased  its words as `casedWords` splits them
   */
  constructor(text: string, cased: readonly string[]) {
    this.start = new Int32Array(cased.length).fill(-1);
    this.end = new Int32Array(cased.length).fill(-1);
    this.spaceAfter = spacing(straightApostrophes(text), cased);
    if (mostlyCapitalised(cased)) return;
    for (let i = 0; i < cased.length; ) {
      if (!isCapital(cased[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < cased.length && isCapital(cased[j + 1])) j++;
      for (let k = i; k <= j; k++) {
        this.start[k] = i;
        this.end[k] = j;
      }
      i = j + 1;
    }
  }

  /** The words of the run holding word `i` (empty when it is not capitalised). */
  runOf(i: number): { from: number; to: number } | null {
    const from = this.start[i] ?? -1;
    return from < 0 ? null : { from, to: this.end[i] as number };
  }

  /** Whether a role word follows word `i`'s run, spaces only between ("the Roe spokesman", "Roe supporters"). */
  beforeRoleWord(i: number, list: readonly string[]): boolean {
    const last = this.runOf(i)?.to ?? i;
    return this.spaceAfter[last] === true && TITLE_WORDS.has(list[last + 1] ?? '');
  }
}

// A question's runs die with it: one kept keeps their class and the code reading them (`shapes.ts`).
keepShape(new CapitalRuns('', []));

/** A capitalised word ("Roe", "U.S.", "Roe's"). */
export function isCapital(w: string | undefined): boolean {
  return w !== undefined && /^\p{Lu}/u.test(w);
}

/** Words that can stand in a name but identify nobody alone ("the", "jr", "u.s."). */
export const WEAK_NAME_WORDS = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'us',
  'u.s',
  'de',
  'la',
  'van',
  'von',
  'al',
  'el',
]);

/**
 * A word that belongs to any name it stands in: a title, an honorific, a middle initial, a function
 * word ("of", "the"), a role modifier ("State" in "Secretary of State"), a weak name word ("Jr.").
 */
export function neutralNameWord(raw: string): boolean {
  const w = raw.toLowerCase();
  return (
    STOP_WORDS.has(w) ||
    WEAK_NAME_WORDS.has(w) ||
    TITLE_WORDS.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    // "Supt Lee", "Capt Roe": a title written without the full stop the lexicon gives it.
    HONORIFICS.has(raw) ||
    HONORIFICS.has(`${raw}.`) ||
    /^\p{L}\.?$/u.test(w)
  );
}

/** A question typed in capitals or Title Case: fewer than a fifth of its words in lower case. */
export function mostlyCapitalised(cased: readonly string[]): boolean {
  const lower = cased.filter((w) => /^\P{L}*\p{Ll}/u.test(w)).length;
  return cased.length > 1 && lower < cased.length * TITLE_CASE_LOWER_SHARE;
}

/** Below this share of lower-case words a text is in Title Case or capitals ("Roe On Taxes"). */
const TITLE_CASE_LOWER_SHARE = 0.2;

/** For each word, whether only whitespace separates it from the next in the text. */
function spacing(text: string, cased: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let at = 0;
  let previousEnd = -1;
  for (const w of cased) {
    const found = text.indexOf(w, at);
    if (found < 0) {
      // A word the splitter rewrote ("US" from "U.S."): unknown spacing, read as not adjacent.
      if (out.length > 0) out[out.length - 1] = false;
      out.push(false);
      previousEnd = -1;
      continue;
    }
    if (out.length > 0 && previousEnd >= 0)
      out[out.length - 1] = /^\s+$/u.test(text.slice(previousEnd, found));
    out.push(false);
    previousEnd = found + w.length;
    at = previousEnd;
  }
  return out;
}
