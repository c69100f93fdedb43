/**
 * The offline console: each line on stdin is a question, answered on stdout exactly as a DM would be
 * (the same `handleQuestion` path: "help" gives the help text, an over-long message is refused), but
 * rendered for the terminal, and without the rate limit. Works piped (answers each line, ends at EOF)
 * and interactively (a `> ` prompt only when stdin is a terminal).
 */
import { createInterface } from 'node:readline';
import type { Briefing } from '../answer/briefing.ts';
import { renderAnswerForTerminal } from '../answer/render/terminal.ts';
import { helpForTerminal } from '../bot/help.ts';
import { tooLongMessage } from '../bot/replies.ts';
import { handleQuestion } from '../bot/router.ts';
import { type Logger, silentLogger } from '../log.ts';

/** The console's one user, for the log. */
const CONSOLE_USER = 'console';

/** What the console prints for one line, or `null` for a blank line (nothing to answer). */
export function consoleReply(line: string, briefing: Briefing): string | null {
  const outcome = handleQuestion(line, CONSOLE_USER, { briefing, rateLimiter: null });
  switch (outcome.kind) {
    case 'empty':
      return null;
    case 'help':
      return `${helpForTerminal()}\n`;
    case 'too-long':
      return `${tooLongMessage(outcome.length)}\n`;
    case 'rate-limited':
      return `Too many questions: try again in ${Math.ceil(outcome.retryAfterMs / 1000)} s.\n`;
    case 'answer':
      return renderAnswerForTerminal(outcome.answer);
  }
}

export interface ConsoleOptions {
  briefing: Briefing;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt (stdin is a terminal); off for pipes, whose output should be answers only. */
  interactive: boolean;
  logger?: Logger;
}

/** Answers lines until the input ends (EOF or Ctrl-D), or Ctrl-C in a terminal. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { briefing, output, interactive } = options;
  const logger = options.logger ?? silentLogger;
  const lines = createInterface({
    input: options.input,
    ...(interactive ? { output, terminal: true } : { terminal: false }),
  });
  lines.on('SIGINT', () => lines.close());
  if (interactive) {
    lines.setPrompt('> ');
    lines.prompt();
  }
  let first = true;
  for await (const line of lines) {
    const started = Date.now();
    const reply = consoleReply(line, briefing);
    if (reply !== null) {
      output.write(`${first ? '' : '\n'}${reply}`);
      first = false;
      logger.debug('question', {
        command: 'console',
        user: CONSOLE_USER,
        where: 'console',
        ms: Date.now() - started,
      });
    }
    if (interactive) lines.prompt();
  }
  if (interactive) output.write('\n');
}
