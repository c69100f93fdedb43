/**
 * Who a question's verb of speech has speak: "What did the harbour master tell Roe" → "the harbour
 * master"; "…, according to the mayor?" → "the mayor". Read from the question's words, not by one
 * regular expression per subject length: those (a hundred verbs after up to eight words, eight
 * times over) compiled to 127 KB of bytecode each and took 10–15 ms on their first run, a cost paid
 * by the first question of each rare shape a process was asked.
 */

/** Verbs of speech and stance a question asks about ("What did she say", "who warned"). */
export const SPEECH_VERB_WORDS: readonly string[] = `
say says said saying tell tells told speak speaks spoke talk talked claim claims claimed argue argues argued
warn warns warned describe describes described call calls called think thinks thought believe believes believed
complain complains complained insist insisted suggest suggested predict predicted promise promised vow vowed
joke joked blame blamed accuse accused criticize criticized criticise criticised praise praised write wrote writes
tweet tweeted admit admitted declare declared announce announced deny denied respond responded react reacted
explain explained add added note noted state stated comment commented urge urged compare compared mean meant
feel felt read push pushed
`
  .trim()
  .split(/\s+/u);
const VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_WORDS);

/** Auxiliaries a subject follows: "did the mayor say", "has Roe told". */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'did does do has have had would will could is was were'.split(' '),
);
/** Adverbs between a subject and its verb that are no part of the subject ("did Roe first say"). */
const ADVERBS: ReadonlySet<string> = new Set('first also actually publicly really'.split(' '));
/** Most words a subject is read over. */
export const MAX_SUBJECT_WORDS = 8;

/** The subject of a verb of speech after an auxiliary, and where it and the verb stand. */
export interface SpeechSubject {
  /** Where the auxiliary starts. */
  index: number;
  /** The subject's words as written, and where they start. */
  subject: string;
  subjectStart: number;
  /** Where the verb of speech ends. */
  verbEnd: number;
}

/** A word character as `\b` reads one. */
const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/u.test(c);

/** The verb of speech a text opens with, whole ("say" in "say?", not in "saying"): its length, or 0. */
function verbAt(text: string): number {
  const run = /^[A-Za-z0-9_]+/u.exec(text)?.[0] ?? '';
  return VERBS.has(run.toLowerCase()) ? run.length : 0;
}

/**
 * The first auxiliary followed by a subject of at least `minWords` words and at most
 * `MAX_SUBJECT_WORDS` (the fewest that reach a verb of speech, an adverb between them left out),
 * or null. A subject word is anything between spaces but a question mark.
 */
export function subjectBeforeVerb(q: string, minWords: number): SpeechSubject | null {
  const chunks = [...q.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  for (let i = 0; i < chunks.length - 1; i++) {
    const { text, start } = chunks[i] as { text: string; start: number };
    const aux = /[A-Za-z]+$/u.exec(text)?.[0] ?? '';
    const index = start + text.length - aux.length;
    if (!AUXILIARIES.has(aux.toLowerCase()) || isWordChar(q[index - 1])) continue;
    for (let k = minWords; k <= MAX_SUBJECT_WORDS && i + k + 1 < chunks.length; k++) {
      const words = chunks.slice(i + 1, i + k + 1);
      if (words.some((w) => w.text.includes('?'))) break;
      const next = chunks[i + k + 1] as { text: string; start: number };
      const after = chunks[i + k + 2];
      const afterAdverb = after && ADVERBS.has(next.text.toLowerCase()) ? verbAt(after.text) : 0;
      const verb =
        after && afterAdverb > 0
          ? { start: after.start, length: afterAdverb }
          : { start: next.start, length: verbAt(next.text) };
      if (verb.length === 0) continue;
      const last = words.at(-1) as { text: string; start: number };
      const subjectStart = (words[0] as { start: number }).start;
      return {
        index,
        subject: q.slice(subjectStart, last.start + last.text.length),
        subjectStart,
        verbEnd: verb.start + verb.length,
      };
    }
  }
  return null;
}
