/**
 * Lists who said what in a briefing from the command line, optionally for one speaker or topic.
 *
 * `npm run quotes -- --speaker blinken --topic china` prints the statements as text; with `--json`,
 * one object per line (`{ id, article, title, paragraph, sentence, text, speaker, role, place,
 * placeSource, kind }`), so that other tools can filter them with line-oriented tools.
 */

import type { Briefing } from '../answer/briefing.ts';
import { openBriefing } from '../answer/briefing.ts';
import { renderStatementsForTerminal, terminalWidth } from '../answer/render/terminal.ts';
import type { Statement } from '../attribution/types.ts';
import {
  type CliIo,
  EXIT_FAILURE,
  EXIT_OK,
  isEntryScript,
  loadBriefing,
  type OpenBriefing,
  parseCommandLine,
  parseLimit,
  reportStartError,
  runScript,
  seedsDir,
  UsageError,
} from './args.ts';

export const USAGE = `Usage: npm run quotes -- [--speaker NAME] [--topic WORDS] [options]

Lists the statements of the briefing: who said what, where, in which article and paragraph.
In briefing order, or by relevance when a topic is given.

Options:
  --speaker NAME  only statements by this person (any form of the name or role; typos tolerated)
  --topic WORDS   only statements about these words, most relevant first
  --limit N       at most N statements, 1 to 50 (default: all)
  --json          print each statement as one line of JSON
  --seeds DIR     briefing folder (default: $SEEDS_DIR, else ./seeds)
  -h, --help      show this help
`;

const OPTIONS = {
  speaker: { type: 'string' },
  topic: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  seeds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** One line of `quotes --json`: a statement with its article's title, ready to cite. */
export interface StatementLine {
  id: string;
  article: string;
  title: string;
  paragraph: number;
  sentence: number;
  text: string;
  speaker: string;
  role: string | null;
  place: string | null;
  placeSource: Statement['placeSource'];
  kind: Statement['kind'];
}

/** Runs `quotes` and returns its exit code: 0 listed (even nothing), 1 failure, 2 usage. */
export async function main(argv: string[], io: CliIo, open: OpenBriefing = openBriefing): Promise<number> {
  let speaker: string | undefined;
  let topic: string | undefined;
  let limit: number | undefined;
  let json: boolean;
  let dir: string;
  let dirFrom: '--seeds' | 'SEEDS_DIR';
  try {
    const { values } = parseCommandLine(argv, OPTIONS, false);
    if (values.help) {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    speaker = nonEmpty('--speaker', values.speaker);
    topic = nonEmpty('--topic', values.topic);
    limit = parseLimit(values.limit, undefined);
    json = values.json === true;
    dir = seedsDir(values.seeds, io.env);
    dirFrom = values.seeds === undefined ? 'SEEDS_DIR' : '--seeds';
  } catch (error) {
    return reportStartError('quotes', error, USAGE, io);
  }

  const briefing = await loadBriefing('quotes', dir, io, open, dirFrom);
  if (!briefing) return EXIT_FAILURE;

  const { statements } = briefing.quotePage(
    { speaker, topic },
    { offset: 0, limit: limit ?? Number.POSITIVE_INFINITY },
  );
  const title = (article: string) => briefing.article(article)?.title;
  if (json) {
    for (const statement of statements) io.stdout.write(`${JSON.stringify(toLine(statement, briefing))}\n`);
  } else {
    io.stdout.write(renderStatementsForTerminal(statements, { title, width: terminalWidth(io.stdout) }));
  }
  return EXIT_OK;
}

export function toLine(statement: Statement, briefing: Pick<Briefing, 'article'>): StatementLine {
  return {
    id: statement.id,
    article: statement.article,
    title: briefing.article(statement.article)?.title ?? statement.article,
    paragraph: statement.paragraph,
    sentence: statement.sentence,
    text: statement.text,
    speaker: statement.speaker,
    role: statement.role,
    place: statement.place,
    placeSource: statement.placeSource,
    kind: statement.kind,
  };
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs some words.`);
  return value;
}

if (isEntryScript(import.meta.url)) runScript(main);
