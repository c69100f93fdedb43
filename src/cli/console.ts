/**
 * The offline console: each line on stdin is a question, answered on stdout exactly as a DM would be
 * (the same `handleQuestion` path: "help" gives the help text, a greeting a friendly line, an
 * over-long message is refused), but rendered for the terminal, and without the rate limit. `more`
 * shows the next results of the last answer, as the More button does. Works piped (each answer after
 * its question, ends at EOF) and interactively (a `> ` prompt, which log lines never overwrite).
 */
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { Briefing } from '../answer/briefing.ts';
import {
  renderAnswerForTerminal,
  sanitizeForTerminal,
  terminalWidth,
  wrap,
} from '../answer/render/terminal.ts';
import { greetingForTerminal, helpForTerminal } from '../bot/help.ts';
import { retryAfterSeconds, tooLongMessage } from '../bot/replies.ts';
import { handleQuestion } from '../bot/router.ts';
import { type Logger, silentLogger } from '../log.ts';

/** The console's one user, for the log. */
const CONSOLE_USER = 'console';

/** What pages on from the last answer. */
const MORE = /^more[.!]?$/i;

const moreHint = (shown: number, total: number) =>
  `(${shown} of ${total} results; type "more" for the next ones.)`;

export interface ConsoleSession {
  /** What the console prints for one line, or `null` for a blank line (nothing to answer). */
  reply(line: string): string | null;
}

/**
 * One console's conversation: it remembers the last question answered, so `more` can page on.
 * `width` is read for every reply, so a resized terminal is followed.
 */
export function consoleSession(briefing: Briefing, width: () => number = () => 100): ConsoleSession {
  let last: { question: string; next: number } | null = null;
  return {
    reply(line) {
      if (MORE.test(line.trim())) {
        if (last === null) return 'Nothing to show more of yet: ask a question first.\n';
        const answer = briefing.ask(last.question, { offset: last.next });
        if (answer.results.length === 0) {
          return `No more results for “${sanitizeForTerminal(last.question)}”.\n`;
        }
        const offset = last.next;
        last.next += answer.results.length;
        return renderAnswerForTerminal(answer, { width: width(), offset, moreHint });
      }
      const outcome = handleQuestion(line, CONSOLE_USER, { briefing, rateLimiter: null });
      switch (outcome.kind) {
        case 'empty':
          return null;
        case 'help':
          return `${helpForTerminal()}\n`;
        case 'greeting':
          return `${wrap(greetingForTerminal(outcome.thanks), width(), '', '')}\n`;
        case 'too-long':
          return `${tooLongMessage(outcome.length)}\n`;
        case 'rate-limited':
          return `Too many questions: try again in ${retryAfterSeconds(outcome.retryAfterMs)} s.\n`;
        case 'answer':
          last = outcome.answer.answered
            ? { question: outcome.question, next: outcome.answer.results.length }
            : null;
          return renderAnswerForTerminal(outcome.answer, { width: width(), moreHint });
      }
    },
  };
}

/** What the console prints for one line, with no memory of earlier ones (no `more`). */
export function consoleReply(line: string, briefing: Briefing): string | null {
  return consoleSession(briefing).reply(line);
}

/**
 * Where log lines go while the console may show its prompt: written above it, then the prompt and
 * what has been typed so far are drawn again, instead of a log line landing in the middle of them.
 * Hand `write` to `createLogger`; `runConsole` attaches the prompt while it shows one.
 */
export class PromptSafeLog {
  #prompt: Interface | null = null;

  constructor(private readonly stream: NodeJS.WritableStream & { isTTY?: boolean }) {}

  readonly write = (line: string): void => {
    const prompt = this.#prompt;
    if (prompt === null || !this.stream.isTTY) {
      this.stream.write(line);
      return;
    }
    clearLine(this.stream, 0);
    cursorTo(this.stream, 0);
    this.stream.write(line);
    prompt.prompt(true);
  };

  /** @internal The console's prompt, while it shows one. */
  attach(prompt: Interface | null): void {
    this.#prompt = prompt;
  }
}

export interface ConsoleOptions {
  briefing: Briefing;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Show a prompt (stdin is a terminal); off for pipes, whose output should be answers only. */
  interactive: boolean;
  logger?: Logger;
  /** The log's writer, when it shares the terminal with the prompt. */
  log?: PromptSafeLog;
}

/** Answers lines until the input ends (EOF or Ctrl-D), or Ctrl-C in a terminal. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { briefing, output, interactive } = options;
  const logger = options.logger ?? silentLogger;
  const session = consoleSession(briefing, () => terminalWidth(output));
  const lines = createInterface({
    input: options.input,
    ...(interactive ? { output, terminal: true } : { terminal: false }),
  });
  lines.on('SIGINT', () => lines.close());
  if (interactive) {
    lines.setPrompt('> ');
    options.log?.attach(lines);
    lines.prompt();
  }
  let first = true;
  try {
    for await (const line of lines) {
      const started = Date.now();
      const reply = session.reply(line);
      if (reply !== null) {
        // Piped, the question is echoed: the output must say what each answer answers.
        const echo = interactive ? '' : `Q: ${sanitizeForTerminal(line.trim())}\n`;
        output.write(`${first ? '' : '\n'}${echo}${reply}`);
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
  } finally {
    options.log?.attach(null);
  }
  if (interactive) output.write('\n');
}
