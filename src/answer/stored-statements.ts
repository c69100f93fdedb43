/**
 * A briefing's statements as its persisted attribution stores them: columns of numbers, and each
 * string field as an index into one table of distinct values, instead of an object per statement
 * with its own copies of its text, speaker and article. Read back, a statement's text is cut from its
 * paragraph at the offsets stored, so it can only quote what its article's file says, and its id is
 * made as attribution makes it; nothing else needs checking against the text.
 */
import type { Statement } from '../attribution/types.ts';
import type { Article } from '../corpus/types.ts';

/** A statement's number fields, in the order stored after its article's index. */
const NUMBERS = ['paragraph', 'sentence', 'textStart', 'textEnd', 'start', 'end'] as const;
/** A statement's string fields, in the order stored. */
const STRINGS = ['speaker', 'speakerKind', 'role', 'kind', 'place', 'placeSource'] as const;
const PER_NUMBERS = NUMBERS.length + 1;
const PER_STRINGS = STRINGS.length;

/** Statements as columns. */
export interface StoredStatements {
  /** Per statement: its article's index in the briefing, then `NUMBERS`. */
  numbers: Int32Array;
  /** Per statement: `STRINGS`, each an index into `values`. */
  strings: Int32Array;
  values: (string | null)[];
}

/** Statements restored between two steps of `restoreStatements`. */
const STATEMENTS_PER_STEP = 1_000;

/**
 * A statement's id, as attribution makes it: article, paragraph, sentence and place in the list.
 * Joined rather than written as a template: a template makes a chain of four to six string pieces
 * that stays as such (16,000 ids of 924 real articles: 96,000 pieces, 3 MB of heap where the flat
 * ids take under 1 MB), a join one flat string.
 */
const idOf = (article: string, paragraph: number, sentence: number, i: number) =>
  [article, paragraph, sentence, i].join(':');

/**
 * Statements stored between two steps of `storeStatements` (16,000 at once: about 20 ms; 2,000 a step
 * held a reload's event loop for 7–13 ms on a busy machine).
 */
const STORED_PER_STEP = 500;

/**
 * The stored form of the statements of `articles`, a few thousand statements per step (a reload
 * writes it beside a briefing that answers).
 *
 * @throws Error when a statement is not cut from its paragraph, or its id is not attribution's: its
 * stored form would not read back as it is.
 */
export function* storeStatements(
  statements: readonly Statement[],
  articles: readonly Article[],
): Generator<void, StoredStatements> {
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const valueIds = new Map<string | null, number>();
  const numbers = new Int32Array(PER_NUMBERS * statements.length);
  const strings = new Int32Array(PER_STRINGS * statements.length);
  for (const [i, s] of statements.entries()) {
    if (i % STORED_PER_STEP === STORED_PER_STEP - 1) yield;
    const a = articleIndex.get(s.article);
    const paragraph = a === undefined ? undefined : articles[a]?.paragraphs[s.paragraph - 1]?.text;
    const fits =
      paragraph?.slice(s.textStart, s.textEnd) === s.text &&
      s.id === idOf(s.article, s.paragraph, s.sentence, i) &&
      NUMBERS.every((field) => s[field] === (s[field] | 0));
    if (!fits) throw new Error(`the statement ${s.id} is not cut from its paragraph`);
    numbers[PER_NUMBERS * i] = a as number;
    NUMBERS.forEach((field, k) => {
      numbers[PER_NUMBERS * i + 1 + k] = s[field];
    });
    STRINGS.forEach((field, k) => {
      const value = s[field];
      let id = valueIds.get(value);
      if (id === undefined) {
        id = valueIds.size;
        valueIds.set(value, id);
      }
      strings[PER_STRINGS * i + k] = id;
    });
  }
  return { numbers, strings, values: [...valueIds.keys()] };
}

/** Which values each string field may take, by field (the speaker's: a name of the briefing's). */
function allowed(
  speakers: ReadonlySet<string>,
): Record<(typeof STRINGS)[number], (v: string | null) => boolean> {
  return {
    speaker: (v) => v !== null && speakers.has(v),
    speakerKind: (v) => v === 'person' || v === 'organization' || v === 'unnamed',
    role: () => true,
    kind: (v) => v === 'direct' || v === 'indirect',
    place: () => true,
    placeSource: (v) => v === null || v === 'text' || v === 'dateline',
  };
}

function fail(): never {
  throw new Error('holds a statement its article does not say');
}

/**
 * The statements a stored form describes, each cut from its article's paragraph, a thousand per step.
 *
 * @throws Error when the form is malformed, or a statement names an article, paragraph, offsets,
 * speaker or kind that is not there.
 */
export function* restoreStatements(
  value: unknown,
  articles: readonly Article[],
  speakers: ReadonlySet<string>,
): Generator<void, Statement[]> {
  const stored = value as Partial<StoredStatements> | null;
  const numbers = stored?.numbers;
  const strings = stored?.strings;
  const values = stored?.values;
  if (!(numbers instanceof Int32Array) || !(strings instanceof Int32Array) || !Array.isArray(values)) fail();
  const count = numbers.length / PER_NUMBERS;
  if (!Number.isInteger(count) || strings.length !== PER_STRINGS * count) fail();
  if (!values.every((v) => v === null || typeof v === 'string')) fail();
  // Whether each value may stand in each field, worked out once per value: field k's value v is
  // allowed when `fits[k * values.length + v]` is 1.
  const rules = allowed(speakers);
  const n = values.length;
  const fits = new Uint8Array(PER_STRINGS * n);
  STRINGS.forEach((name, k) => {
    values.forEach((v, i) => {
      if (rules[name](v)) fits[k * n + i] = 1;
    });
  });
  for (let i = 0; i < strings.length; i++) {
    const v = strings[i] as number;
    if (!(v >= 0 && v < n) || fits[(i % PER_STRINGS) * n + v] !== 1) fail();
  }
  const statements: Statement[] = [];
  for (let i = 0; i < count; i++) {
    if (i % STATEMENTS_PER_STEP === STATEMENTS_PER_STEP - 1) yield;
    const at = PER_NUMBERS * i;
    const article = articles[numbers[at] as number];
    const paragraph = numbers[at + 1] as number;
    const text = article?.paragraphs[paragraph - 1]?.text;
    if (article === undefined || text === undefined || paragraph < 1) fail();
    const sentence = numbers[at + 2] as number;
    const textStart = numbers[at + 3] as number;
    const textEnd = numbers[at + 4] as number;
    const start = numbers[at + 5] as number;
    const end = numbers[at + 6] as number;
    if (!(textStart >= 0 && textStart <= textEnd && textEnd <= text.length)) fail();
    if (!(start >= 0 && start < end && end <= text.length)) fail();
    const codes = PER_STRINGS * i;
    // The fields in the order attribution writes them.
    statements.push({
      id: idOf(article.id, paragraph, sentence, i),
      speaker: values[strings[codes] as number] as string,
      speakerKind: values[strings[codes + 1] as number] as Statement['speakerKind'],
      role: values[strings[codes + 2] as number] as string | null,
      text: text.slice(textStart, textEnd),
      textStart,
      textEnd,
      kind: values[strings[codes + 3] as number] as Statement['kind'],
      place: values[strings[codes + 4] as number] as string | null,
      placeSource: values[strings[codes + 5] as number] as Statement['placeSource'],
      article: article.id,
      paragraph,
      sentence,
      start,
      end,
    });
  }
  return statements;
}
