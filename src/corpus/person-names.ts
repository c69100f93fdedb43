/**
 * Just enough name reading for bylines and credits: a person is 2–4 capitalised words (initials and
 * particles such as "de" or "van" allowed), several people are joined by commas and "and".
 * It works on words, not on a list of known names, so it holds for any article.
 */

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
]);
/** Capitalised words that open sentences and headlines, never names. */
const NOT_FIRST_NAME = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'In',
  'On',
  'At',
  'For',
  'Of',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  // Imperatives that open credit lines ("Follow Jane Doe on Twitter", "Contact Jane Doe at …").
  'Follow',
  'Contact',
  'Reach',
  'Email',
  'Write',
  'Read',
]);

export interface NameScan {
  /** The names as written ("Jane Doe and John Roe"), or null when none was found. */
  names: string | null;
  /** Index of the first word after the names. */
  next: number;
}

export interface PersonOptions {
  /** Fewest capitalised words a single person may have: 2 for a person on its own, 1 after "By". */
  minWords: number;
  /** Words that end a name even if capitalised ("Correspondent" in "Jane Doe Correspondent"). */
  stopWords?: ReadonlySet<string>;
}

/** Strips trailing separators from a word ("Doe," → "Doe") and says whether one was there. */
function bare(word: string): { core: string; comma: boolean } {
  const core = word.replace(/[,;:|]+$/, '');
  return { core, comma: core !== word };
}

/** Reads one person starting at `start`; `end` is the index after the name, `comma` whether its
 * last word carried a comma (which ends the name). */
export function scanPerson(
  words: readonly string[],
  start: number,
  options: PersonOptions,
): { end: number; comma: boolean } | null {
  const taken: string[] = [];
  let capitals = 0;
  let comma = false;
  let i = start;
  while (i < words.length && capitals < 4) {
    const { core, comma: hasComma } = bare(words[i] ?? '');
    if (options.stopWords?.has(core.toLowerCase())) break;
    if (taken.length > 0 && PARTICLES.has(core) && !hasComma) {
      taken.push(core);
      i++;
      continue;
    }
    if (!NAME_WORD.test(core)) break;
    if (taken.length === 0 && NOT_FIRST_NAME.has(core)) return null;
    taken.push(core);
    capitals++;
    i++;
    if (hasComma) {
      comma = true;
      break;
    }
  }
  // A trailing particle belongs to whatever follows, not to the name.
  while (taken.length > 0 && PARTICLES.has(taken[taken.length - 1] ?? '')) {
    taken.pop();
    i--;
    comma = false;
  }
  if (capitals < options.minWords || taken.length === 0) return null;
  return { end: i, comma };
}

/**
 * Reads "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Poe" from `start`.
 * Commas only separate people up to the last "and"; a comma after that, or a list without "and",
 * ends the names, because "By Jane Doe, Daily Planet" names one person and her paper.
 */
export function scanNames(words: readonly string[], start: number, options: PersonOptions): NameScan {
  const first = scanPerson(words, start, options);
  if (!first) return { names: null, next: start };
  const ends = [first];
  let last = first;
  let lastJoinedByAnd = -1;
  for (;;) {
    let i = last.end;
    const viaAnd = words[i] === 'and' || words[i] === '&';
    if (viaAnd) i++;
    else if (!last.comma) break;
    const person = scanPerson(words, i, options);
    if (!person) break;
    ends.push(person);
    last = person;
    if (viaAnd) lastJoinedByAnd = ends.length - 1;
  }
  const people = lastJoinedByAnd > 0 ? ends.slice(0, lastJoinedByAnd + 1) : [first];
  const end = people[people.length - 1]?.end ?? start;
  const names = words
    .slice(start, end)
    .join(' ')
    .replace(/[,;:|]+$/, '');
  return { names, next: end };
}
