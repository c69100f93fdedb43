/**
 * Scores attribution on the PolNeAR splits beside the repository: `npm run eval:attribution`.
 *
 * Reads each split's briefing, attributes it in this process, and scores the statements with the
 * split's own scorer rules (`../shared/polnear/lib.mjs`): the same figures `score.mjs` prints for
 * quotes and indirect speech, without the question part (that one judges the search layer).
 * Prints the detail lines and the summary line of each split, and the build time per article.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { attribute } from '../attribution/index.ts';
import type { Statement } from '../attribution/types.ts';
import { loadArticles } from '../corpus/index.ts';
import {
  type CliIo,
  EXIT_FAILURE,
  EXIT_OK,
  isEntryScript,
  parseCommandLine,
  reportStartError,
  runScript,
} from './args.ts';

export const USAGE = `Usage: npm run eval:attribution -- [--polnear DIR] [--split NAME]... [--details FILE]

Attributes each PolNeAR split (default: dev and train of ../shared/polnear) and prints the
scorer's detail and summary lines for quotes and indirect speech, and the build time per article.

Options:
  --polnear DIR   folder holding the splits and lib.mjs (default: ../shared/polnear)
  --split NAME    a split to score (repeatable; default: dev, train)
  --details FILE  write every miss to FILE (the split's name is put before the extension)
  -h, --help      show this help
`;

const OPTIONS = {
  polnear: { type: 'string' },
  split: { type: 'string', multiple: true },
  details: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The scorer's functions this command uses (`lib.mjs` is plain JavaScript). */
export interface PolnearLib {
  readJsonl(file: string): unknown[];
  scoreQuotes(gold: unknown[], statements: readonly ScoredStatement[]): QuoteScore;
  scoreIndirect(gold: unknown[], statements: readonly ScoredStatement[]): IndirectScore;
  summaryLine(label: string, q: QuoteScore, a: null, ind: IndirectScore | null): string;
  detailLines(q: QuoteScore, ind: IndirectScore | null): string[];
}

/** What the scorer reads of a statement: a line of `quotes --json`. */
export type ScoredStatement = Pick<Statement, 'article' | 'paragraph' | 'text' | 'speaker' | 'kind'>;

interface Misses {
  misses: Record<string, string[]>;
}
/** The parts of the scorer's results the thresholds are read from. */
export interface QuoteScore extends Misses {
  n: number;
  found: number;
  long: { n: number; found: number };
  nullSpeaker: number;
  spk: { n: number; ok: number; text: { n: number; ok: number }; coref: { n: number; ok: number } };
  prec: { n: number; ok: number };
}
export interface IndirectScore extends Misses {
  n: number;
  found: number;
  ok: number;
}

export interface SplitScore {
  split: string;
  articles: number;
  statements: number;
  msPerArticle: number;
  quotes: QuoteScore;
  indirect: IndirectScore | null;
}

/** Loads the scorer's rules from a PolNeAR folder. */
export async function loadPolnearLib(polnearDir: string): Promise<PolnearLib> {
  return (await import(pathToFileURL(path.join(polnearDir, 'lib.mjs')).href)) as PolnearLib;
}

/** Attributes one split's briefing and scores it against its gold. */
export async function scoreSplit(lib: PolnearLib, splitDir: string): Promise<SplitScore> {
  const { articles } = await loadArticles(path.join(splitDir, 'briefing'), { warn: () => {} });
  const t0 = performance.now();
  const { statements } = attribute(articles);
  const ms = performance.now() - t0;
  const quotes = lib.scoreQuotes(lib.readJsonl(path.join(splitDir, 'gold-quotes.jsonl')), statements);
  const indirectFile = path.join(splitDir, 'gold-statements.jsonl');
  const indirect = existsSync(indirectFile)
    ? lib.scoreIndirect(lib.readJsonl(indirectFile), statements)
    : null;
  return {
    split: path.basename(splitDir),
    articles: articles.length,
    statements: statements.length,
    msPerArticle: ms / Math.max(1, articles.length),
    quotes,
    indirect,
  };
}

/** The figures the attribution targets are stated in, as one line. */
export function targetLine(s: SplitScore): string {
  const q = s.quotes;
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  const parts = [
    `quotes ≥4 words found ${pct(q.long.found, q.long.n)}`,
    `speaker (text) ${pct(q.spk.text.ok, q.spk.text.n)}`,
    `attributed ${pct(q.spk.ok, q.n - q.nullSpeaker)}`,
    `precision ${q.prec.n ? (q.prec.ok / q.prec.n).toFixed(3) : '–'}`,
  ];
  if (s.indirect) {
    const i = s.indirect;
    parts.push(`indirect attributed ${pct(i.ok, i.n)}`, `indirect speaker ${pct(i.ok, i.found)}`);
  }
  return `${s.split} targets: ${parts.join(', ')}`;
}

/** Runs the command; returns its exit code: 0 scored, 1 no split found, 2 usage. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let polnear: string;
  let splits: string[];
  let details: string | undefined;
  try {
    const { values } = parseCommandLine(argv, OPTIONS, false);
    if (values.help) {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    polnear = path.resolve(values.polnear ?? path.join('..', 'shared', 'polnear'));
    splits = values.split ?? ['dev', 'train'];
    details = values.details;
  } catch (error) {
    return reportStartError('eval:attribution', error, USAGE, io);
  }
  if (!existsSync(path.join(polnear, 'lib.mjs'))) {
    io.stderr.write(`No PolNeAR scorer in ${polnear} (lib.mjs is missing).\n`);
    return EXIT_FAILURE;
  }
  const lib = await loadPolnearLib(polnear);
  for (const split of splits) {
    const s = await scoreSplit(lib, path.join(polnear, split));
    for (const line of lib.detailLines(s.quotes, s.indirect)) io.stdout.write(`${line}\n`);
    io.stdout.write(`${targetLine(s)}; build ${s.msPerArticle.toFixed(2)} ms/article\n`);
    io.stdout.write(`${lib.summaryLine(`polnear-${s.split}`, s.quotes, null, s.indirect)}\n`);
    if (details) {
      const ext = path.extname(details);
      const file = `${details.slice(0, details.length - ext.length)}-${s.split}${ext}`;
      const all = [s.quotes.misses, s.indirect?.misses ?? {}].flatMap((m) => Object.values(m).flat());
      writeFileSync(file, `${all.join('\n')}\n`);
    }
  }
  return EXIT_OK;
}

if (isEntryScript(import.meta.url)) runScript(main);
