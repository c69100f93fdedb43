/**
 * Answers questions about a briefing from the command line, as text or as `Answer` JSON.
 *
 * `npm run ask -- "What did Blinken say about China?"` prints the answer as text; `--json` prints
 * the `Answer` itself. Without a question it answers standard input line by line, one answer per
 * line in order, empty lines included, so that a caller can pair answers with its questions.
 */
import { openBriefing } from '../answer/briefing.ts';
import { renderAnswerForTerminal, sanitizeForTerminal, terminalWidth } from '../answer/render/terminal.ts';
import type { Answer } from '../answer/types.ts';
import {
  type CliIo,
  EXIT_FAILURE,
  EXIT_OK,
  errorMessage,
  isEntryScript,
  loadBriefing,
  type OpenBriefing,
  parseCommandLine,
  parseLimit,
  readLines,
  reportStartError,
  runScript,
  seedsDir,
  UsageError,
} from './args.ts';

const DEFAULT_LIMIT = 3;

export const USAGE = `Usage: npm run ask -- [options] "question"
       npm run ask -- [options] < questions.txt

Answers a question about the briefing with cited excerpts: who said what, where, in which
article and paragraph. Without a question, answers each line of standard input in turn.

Options:
  --json         print each answer as one line of JSON (an Answer object)
  --limit N      number of results, 1 to 50 (default ${DEFAULT_LIMIT})
  --seeds DIR    briefing folder (default: $SEEDS_DIR, else ./seeds)
  -h, --help     show this help
`;

const OPTIONS = {
  json: { type: 'boolean' },
  limit: { type: 'string' },
  seeds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface AskCommand {
  json: boolean;
  limit: number;
  dir: string;
  dirFrom: '--seeds' | 'SEEDS_DIR';
  /** Null when questions come from standard input. */
  question: string | null;
}

/** Runs `ask` and returns its exit code: 0 answered (refusals included), 1 failure, 2 usage. */
export async function main(argv: string[], io: CliIo, open: OpenBriefing = openBriefing): Promise<number> {
  let command: AskCommand;
  try {
    const { values, positionals } = parseCommandLine(argv, OPTIONS, true);
    if (values.help) {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    command = readCommand(values, positionals, io.env);
  } catch (error) {
    return reportStartError('ask', error, USAGE, io);
  }

  const briefing = await loadBriefing('ask', command.dir, io, open, command.dirFrom);
  if (!briefing) return EXIT_FAILURE;

  let failed = false;
  const answer = (question: string): Answer => {
    if (question.trim() === '') return refusal(question, 'The question is empty.');
    try {
      return briefing.ask(question, { limit: command.limit });
    } catch (error) {
      failed = true;
      io.stderr.write(`ask: could not answer "${sanitizeForTerminal(question)}": ${errorMessage(error)}\n`);
      return refusal(question, 'Something went wrong while answering this question.');
    }
  };

  if (command.question !== null) {
    const result = answer(command.question);
    const text = renderAnswerForTerminal(result, { width: terminalWidth(io.stdout) });
    io.stdout.write(command.json ? `${JSON.stringify(result)}\n` : text);
    return failed ? EXIT_FAILURE : EXIT_OK;
  }

  if (io.stdin.isTTY && !command.json) {
    io.stderr.write('Type a question and press Enter; Ctrl-D to finish.\n');
  }
  let count = 0;
  for await (const line of readLines(io.stdin)) {
    const result = answer(line);
    if (command.json) {
      io.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      const header = `${count > 0 ? '\n' : ''}Q: ${sanitizeForTerminal(line)}\n`;
      io.stdout.write(header + renderAnswerForTerminal(result, { width: terminalWidth(io.stdout) }));
    }
    count++;
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}

function readCommand(
  values: { json?: boolean; limit?: string; seeds?: string },
  positionals: string[],
  env: CliIo['env'],
): AskCommand {
  // Unquoted words (`npm run ask -- what did blinken say`) still make one question.
  const question = positionals.length > 0 ? positionals.join(' ') : null;
  if (question !== null && question.trim() === '') {
    throw new UsageError('The question is empty: give some words, or no argument to read standard input.');
  }
  return {
    json: values.json === true,
    limit: parseLimit(values.limit, DEFAULT_LIMIT) ?? DEFAULT_LIMIT,
    dir: seedsDir(values.seeds, env),
    dirFrom: values.seeds === undefined ? 'SEEDS_DIR' : '--seeds',
    question,
  };
}

/** An answer that declines, in the same shape as the engine's, so batch output keeps one line per question. */
function refusal(question: string, reason: string): Answer {
  return { question, answered: false, related: false, results: [], total: 0, reason };
}

if (isEntryScript(import.meta.url)) runScript(main);
