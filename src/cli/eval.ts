/**
 * Measures how well the engine answers the project's question set: `npm run eval [-- --json]`.
 *
 * Each line of `test/questions.jsonl` is a question with the phrases a right excerpt contains (or
 * `none` when the briefing cannot answer it), and optionally who said it and where. The score is
 * the one ranking and refusal changes are judged by; `test/eval.test.ts` holds its thresholds.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '../answer/briefing.ts';
import { openBriefing } from '../answer/briefing.ts';
import type { AnswerResult } from '../answer/types.ts';
import {
  type CliIo,
  EXIT_FAILURE,
  EXIT_OK,
  errorMessage,
  isEntryScript,
  loadBriefing,
  type OpenBriefing,
  parseCommandLine,
  reportStartError,
  runScript,
} from './args.ts';

/** The project's question set, found from this file so the command works from any directory. */
export const QUESTIONS_FILE = fileURLToPath(new URL('../../test/questions.jsonl', import.meta.url));

/** How deep the reciprocal rank looks: a hit below this counts as none. */
const MRR_DEPTH = 10;

export const USAGE = `Usage: npm run eval -- [--json] [--misses] [--seeds DIR --questions FILE]

Without --seeds or --questions: scores every question set (the project's own on ./seeds, and the
seed development set, the news set and the PolNeAR dev questions when ../shared is beside the
project), each on the whole set and on its two halves by article, beside plain minisearch over the
same paragraphs. With them: one set, listing the questions it misses, then its figures.

Options:
  --json            print the figures as JSON
  --misses          with every set, list each set's misses too
  --seeds DIR       briefing folder (default: ./seeds)
  --questions FILE  question set, one JSON object per line (default: test/questions.jsonl)
  -h, --help        show this help
`;

const OPTIONS = {
  json: { type: 'boolean' },
  seeds: { type: 'string' },
  questions: { type: 'string' },
  misses: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** One line of the question set. */
export interface EvalQuestion {
  id: string;
  q: string;
  /** Phrases of which a right excerpt contains at least one (case, curly quotes and spacing ignored). */
  expect?: string[];
  /** Who said it: the hit's speaker must contain this name's last word. */
  speaker?: string;
  /** Where it was said: the hit's place must contain this. */
  place?: string;
  /** The briefing cannot answer this question: the right answer is a refusal. */
  none?: boolean;
}

/** How one question fared. */
export interface QuestionOutcome {
  id: string;
  question: string;
  unanswerable: boolean;
  answered: boolean;
  /** 1-based rank of the first result that contains an expected phrase, within `MRR_DEPTH`. */
  rank: number | null;
  /** The first hit in the top 3, whose speaker and place are checked. */
  hit: AnswerResult | null;
  top: AnswerResult | null;
  /** Null when not checked (no expectation, or no hit to check). */
  speakerOk: boolean | null;
  placeOk: boolean | null;
  /** What went wrong, in words; empty when the question was answered perfectly. */
  problems: string[];
}

/**
 * The figures a change to the engine is judged by. Rates are fractions (0–1): hit@k and MRR over
 * answerable questions, speaker and place accuracy over hits (in the top 3) that state them.
 */
export interface EvalSummary {
  questions: number;
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Unanswerable questions that were refused. */
  refusalsCorrect: number;
  /** Answerable questions that were refused. */
  falseRefusals: number;
  speakerAccuracy: number;
  speakerChecked: number;
  placeAccuracy: number;
  placeChecked: number;
}

export interface EvalReport {
  summary: EvalSummary;
  outcomes: QuestionOutcome[];
}

/**
 * Folds what should not decide a match: case, curly quotes (the articles mix both) and runs of
 * whitespace.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether an excerpt contains one of the expected phrases. */
export function isHit(excerpt: string, expect: readonly string[]): boolean {
  const text = normalizeForMatch(excerpt);
  return expect.some((phrase) => text.includes(normalizeForMatch(phrase)));
}

/** Whether a found speaker names the expected one: its last word, so "Mr. Blinken" matches "Antony Blinken". */
export function speakerMatches(found: string | null, expected: string): boolean {
  const last = normalizeForMatch(expected).split(' ').at(-1) ?? '';
  return found !== null && last !== '' && normalizeForMatch(found).includes(last);
}

export function placeMatches(found: string | null, expected: string): boolean {
  return found !== null && normalizeForMatch(found).includes(normalizeForMatch(expected));
}

/**
 * Asks every question and scores the answers.
 *
 * @example
 * const { summary } = scoreQuestions(await openBriefing('seeds'), await loadQuestions());
 * summary.hitAt1; // 0.9
 */
export function scoreQuestions(
  briefing: Pick<Briefing, 'ask'>,
  questions: readonly EvalQuestion[],
): EvalReport {
  const outcomes = questions.map((question) => scoreQuestion(briefing, question));
  const summary = summarize(outcomes);
  return { summary, outcomes };
}

function scoreQuestion(briefing: Pick<Briefing, 'ask'>, question: EvalQuestion): QuestionOutcome {
  const answer = briefing.ask(question.q, { limit: MRR_DEPTH });
  const results = answer.answered ? answer.results : [];
  const outcome: QuestionOutcome = {
    id: question.id,
    question: question.q,
    unanswerable: question.none === true,
    answered: answer.answered,
    rank: null,
    hit: null,
    top: results[0] ?? null,
    speakerOk: null,
    placeOk: null,
    problems: [],
  };
  if (outcome.unanswerable) {
    if (answer.answered) outcome.problems.push('answered, but the briefing does not cover it');
    return outcome;
  }
  if (!answer.answered) {
    outcome.problems.push(`refused: ${answer.reason ?? 'no reason given'}`);
    return outcome;
  }
  const expect = question.expect ?? [];
  const index = results.findIndex((result) => isHit(result.excerpt, expect));
  outcome.rank = index === -1 ? null : index + 1;
  if (outcome.rank === null) outcome.problems.push(`no hit in the top ${MRR_DEPTH}`);
  else if (outcome.rank > 1) outcome.problems.push(`first hit at rank ${outcome.rank}`);
  if (outcome.rank !== null && outcome.rank <= 3) {
    const hit = results[outcome.rank - 1] ?? null;
    outcome.hit = hit;
    if (hit && question.speaker !== undefined) {
      outcome.speakerOk = speakerMatches(hit.speaker, question.speaker);
      if (!outcome.speakerOk)
        outcome.problems.push(`speaker ${show(hit.speaker)}, expected ${question.speaker}`);
    }
    if (hit && question.place !== undefined) {
      outcome.placeOk = placeMatches(hit.place, question.place);
      if (!outcome.placeOk) outcome.problems.push(`place ${show(hit.place)}, expected ${question.place}`);
    }
  }
  return outcome;
}

function show(value: string | null): string {
  return value === null ? 'none' : `"${value}"`;
}

/**
 * Reads a question set: one JSON object per line, blank lines allowed. A malformed line is an
 * error naming its line number: a silently skipped question would inflate the scores.
 */
export function parseQuestions(text: string, file = 'questions'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON: ${errorMessage(error)}`);
    }
    const question = value as Partial<EvalQuestion> | null;
    if (typeof question !== 'object' || question === null) throw new Error(`${where}: not an object`);
    if (typeof question.id !== 'string' || question.id === '')
      throw new Error(`${where}: "id" must be a string`);
    if (ids.has(question.id)) throw new Error(`${where}: id "${question.id}" is used twice`);
    ids.add(question.id);
    if (typeof question.q !== 'string') throw new Error(`${where}: "q" must be a string`);
    const phrases = question.expect;
    const validPhrases =
      Array.isArray(phrases) &&
      phrases.length > 0 &&
      phrases.every((p) => typeof p === 'string' && p.trim() !== '');
    if (question.none === true) {
      if (Array.isArray(phrases) && phrases.length > 0)
        throw new Error(`${where}: an unanswerable question expects no phrases`);
    } else if (!validPhrases) {
      throw new Error(`${where}: "expect" must list at least one phrase, or "none" be true`);
    }
    for (const key of ['speaker', 'place'] as const) {
      if (question[key] !== undefined && typeof question[key] !== 'string') {
        throw new Error(`${where}: "${key}" must be a string`);
      }
    }
    questions.push(question as EvalQuestion);
  });
  return questions;
}

export async function loadQuestions(file = QUESTIONS_FILE): Promise<EvalQuestion[]> {
  return parseQuestions(await readFile(file, 'utf8'), file);
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/** The report as text: each question that was not answered perfectly, then the figures. */
export function renderReport({ summary, outcomes }: EvalReport): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.problems.length === 0) continue;
    lines.push(`MISS ${outcome.id}: ${outcome.question}`);
    for (const problem of outcome.problems) lines.push(`  - ${problem}`);
    const top = outcome.top;
    if (top && outcome.rank !== 1) {
      const excerpt = top.excerpt.length > 140 ? `${top.excerpt.slice(0, 140)}…` : top.excerpt;
      lines.push(`  got #1: ${top.article} ¶${top.paragraph} [${top.speaker ?? 'no speaker'}] ${excerpt}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const s = summary;
  lines.push(
    `questions         ${s.questions} (${s.answerable} answerable, ${s.unanswerable} unanswerable)`,
    `hit@1             ${percent(s.hitAt1)}`,
    `hit@3             ${percent(s.hitAt3)}`,
    `MRR               ${s.mrr.toFixed(3)}`,
    `refusals correct  ${s.refusalsCorrect}/${s.unanswerable}`,
    `false refusals    ${s.falseRefusals}`,
    `speaker accuracy  ${percent(s.speakerAccuracy)} of ${s.speakerChecked}`,
    `place accuracy    ${percent(s.placeAccuracy)} of ${s.placeChecked}`,
  );
  return `${lines.join('\n')}\n`;
}

/** One set's figures: the engine on all its questions and on each half, and the peer beside it. */
export interface SetReport {
  name: string;
  engine: EvalSummary;
  halves: [EvalSummary, EvalSummary];
  peer: EvalSummary;
  peerWholeParagraph: EvalSummary;
  report: EvalReport;
}

/** Scores every question set found (the project's own, and the shared ones beside the project). */
export async function scoreSets(open: OpenBriefing = openBriefing): Promise<SetReport[]> {
  const { halves, plainMinisearch, questionSets, readSet } = await import('./eval-sets.ts');
  const out: SetReport[] = [];
  for (const set of questionSets()) {
    const briefing = await open(set.seeds, { warn: () => {} });
    const questions = await readSet(set);
    const half = halves(questions, briefing);
    const report = scoreQuestions(briefing, questions);
    const of = (h: number) => summarize(report.outcomes.filter((_, i) => half[i] === h));
    out.push({
      name: set.name,
      engine: report.summary,
      halves: [of(0), of(1)],
      peer: scoreQuestions(plainMinisearch(briefing), questions).summary,
      peerWholeParagraph: scoreQuestions(plainMinisearch(briefing, true), questions).summary,
      report,
    });
  }
  return out;
}

const count = (rate: number, n: number) => `${Math.round(rate * n)}/${n}`;

/** The sets as a table: hit@1, hit@3, refusals, speaker and place for the engine, each half and the peer. */
export function renderSets(sets: readonly SetReport[]): string {
  const lines = [
    'set           hit@1          hit@3   false-ref  refused  speaker  place   | half A hit@1   half B hit@1  | minisearch hit@1 (whole ¶)',
  ];
  for (const s of sets) {
    const e = s.engine;
    const cell = (x: EvalSummary) => `${count(x.hitAt1, x.answerable)} ${percent(x.hitAt1)}`;
    lines.push(
      [
        s.name.padEnd(13),
        cell(e).padEnd(14),
        count(e.hitAt3, e.answerable).padEnd(7),
        String(e.falseRefusals).padEnd(10),
        `${e.refusalsCorrect}/${e.unanswerable}`.padEnd(8),
        count(e.speakerAccuracy, e.speakerChecked).padEnd(8),
        count(e.placeAccuracy, e.placeChecked).padEnd(7),
        '|',
        cell(s.halves[0]).padEnd(14),
        cell(s.halves[1]).padEnd(13),
        '|',
        `${cell(s.peer)} (${count(s.peerWholeParagraph.hitAt1, e.answerable)})`,
      ].join(' '),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The figures of a set of outcomes (all of a set's, or one half's). */
function summarize(outcomes: readonly QuestionOutcome[]): EvalSummary {
  const answerable = outcomes.filter((o) => !o.unanswerable);
  const unanswerable = outcomes.filter((o) => o.unanswerable);
  const rate = (n: number, total: number) => (total === 0 ? 1 : n / total);
  const speakerChecked = outcomes.filter((o) => o.speakerOk !== null);
  const placeChecked = outcomes.filter((o) => o.placeOk !== null);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hitAt1: rate(answerable.filter((o) => o.rank === 1).length, answerable.length),
    hitAt3: rate(answerable.filter((o) => o.rank !== null && o.rank <= 3).length, answerable.length),
    mrr: rate(
      answerable.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0),
      answerable.length,
    ),
    refusalsCorrect: unanswerable.filter((o) => !o.answered).length,
    falseRefusals: answerable.filter((o) => !o.answered).length,
    speakerAccuracy: rate(speakerChecked.filter((o) => o.speakerOk).length, speakerChecked.length),
    speakerChecked: speakerChecked.length,
    placeAccuracy: rate(placeChecked.filter((o) => o.placeOk).length, placeChecked.length),
    placeChecked: placeChecked.length,
  };
}

/** Runs the evaluation and returns its exit code: 0 scored, 1 failure, 2 usage. */
export async function main(argv: string[], io: CliIo, open: OpenBriefing = openBriefing): Promise<number> {
  let values: { json?: boolean; seeds?: string; questions?: string; help?: boolean; misses?: boolean };
  try {
    ({ values } = parseCommandLine(argv, OPTIONS, false));
  } catch (error) {
    return reportStartError('eval', error, USAGE, io);
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (values.seeds === undefined && values.questions === undefined) {
    const sets = await scoreSets(open);
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify(
          sets.map(({ report: _, ...s }) => s),
          null,
          2,
        )}\n`,
      );
    } else {
      if (values.misses) for (const s of sets) io.stdout.write(`# ${s.name}\n${renderReport(s.report)}\n`);
      io.stdout.write(renderSets(sets));
    }
    return EXIT_OK;
  }
  let questions: EvalQuestion[];
  try {
    questions = await loadQuestions(values.questions ?? QUESTIONS_FILE);
  } catch (error) {
    io.stderr.write(`eval: cannot read the questions: ${errorMessage(error)}\n`);
    return EXIT_FAILURE;
  }
  const briefing = await loadBriefing('eval', values.seeds ?? 'seeds', io, open);
  if (!briefing) return EXIT_FAILURE;
  const report = scoreQuestions(briefing, questions);
  io.stdout.write(values.json ? `${JSON.stringify(report.summary, null, 2)}\n` : renderReport(report));
  return EXIT_OK;
}

if (isEntryScript(import.meta.url)) runScript(main);
