/**
 * What the command-line tools share: their streams, argument parsing that turns every mistake into
 * a usage error (exit 2), reading questions line by line, and opening a briefing with warnings on
 * stderr (exit 1 when it cannot be loaded), so that stdout only ever carries the answer.
 */
import { realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Briefing } from '../answer/briefing.ts';
import { type Env, indexCacheDir, loadConfig } from '../config.ts';
import { BriefingLoadError } from '../corpus/index.ts';
import { ConfigError } from '../errors.ts';

/** A writable stream as far as the CLI is concerned: `process.stdout` or a test's collector. */
export interface TextSink {
  write(chunk: string): unknown;
  /** Set on a terminal: answers are wrapped to its width (`terminalWidth`). */
  isTTY?: boolean;
  columns?: number;
}

/** The streams a command runs against. Tests pass fakes; scripts pass `process`'s own. */
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  stdout: TextSink;
  stderr: TextSink;
  /** Settings to read (`SEEDS_DIR`); when absent, `.env` and the process environment, as `loadConfig` reads them. */
  env?: Env;
}

/** The shape of `openBriefing`, injectable so tests can hand a command a fake briefing. */
export type OpenBriefing = (
  dir: string,
  options?: { warn?: (message: string) => void; cacheDir?: string },
) => Promise<Briefing>;

/** A mistake in how the command was called: reported with the usage text, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The most results a command will ask for: more is never readable in a terminal. */
export const MAX_LIMIT = 50;

/**
 * `parseArgs` in strict mode, with its errors (unknown flag, missing value, value given to a
 * boolean, stray word) turned into `UsageError`s that say what was wrong in the command's own terms,
 * with the closest option for a misspelt one.
 */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals: boolean,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(usageProblem(error, Object.keys(options)));
    throw error;
  }
}

function isParseArgsError(error: unknown): error is NodeJS.ErrnoException {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && (code.startsWith('ERR_PARSE_ARGS_') || code === 'ERR_INVALID_ARG_VALUE');
}

/** `parseArgs`'s message, which names the offending argument in quotes, said plainly. */
function usageProblem(error: NodeJS.ErrnoException, known: readonly string[]): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.replace(/ <value>$/, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = closestOption(option, known);
      return `unknown option ${option || '(empty)'}${guess ? `: did you mean --${guess}?` : '.'}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? `${option} takes no value.`
        : `${option} needs a value (one starting with a dash is written ${option}=-…).`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      // "npm run quotes -- my-briefing": a folder given where only options go is meant as the briefing.
      return isFolder(quoted) && known.includes('seeds')
        ? `unexpected "${quoted}": a briefing folder is given as --seeds ${quoted}.`
        : `unexpected "${quoted}": this command takes only options.`;
    default:
      return error.message;
  }
}

function isFolder(path: string): boolean {
  return path !== '' && (statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false);
}

/** The known option nearest to a misspelt one (at most two edits away), without its dashes. */
function closestOption(option: string, known: readonly string[]): string | null {
  const typed = option.replace(/^-+/, '').split('=')[0]?.toLowerCase() ?? '';
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of known) {
    const distance = editDistance(typed, name);
    if (distance < bestDistance || (typed.length >= 3 && name.startsWith(typed) && bestDistance > 1)) {
      best = name;
      bestDistance = Math.min(distance, 1);
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * A `--limit` value: a positive integer no larger than `MAX_LIMIT`. Digits only, so "3.5", "1e2"
 * and "0x10" are refused rather than silently rounded or reinterpreted.
 */
export function parseLimit(value: string | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  const trimmed = value.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, not "${value}".`);
  }
  return n;
}

/**
 * The briefing folder: `--seeds`, else the configured `SEEDS_DIR`, else `seeds` in the working
 * directory. The configuration is only read when `--seeds` is absent, so an explicit folder works
 * whatever else the environment holds.
 */
export function seedsDir(option: string | undefined, env: Env | undefined): string {
  if (option !== undefined) {
    if (option.trim() === '') throw new UsageError('--seeds needs a folder.');
    return option;
  }
  return loadConfig(env).seedsDir;
}

/**
 * Opens a briefing, sending the loader's warnings (skipped files) to stderr. Returns null after
 * reporting on stderr when the folder cannot be loaded or holds no article: nothing could be
 * answered from it, and saying so beats refusing every question. `from` says where the folder was
 * named (`--seeds`, else `SEEDS_DIR`), so the message says what to change.
 */
export async function loadBriefing(
  command: string,
  dir: string,
  io: CliIo,
  open: OpenBriefing,
  from: '--seeds' | 'SEEDS_DIR' = '--seeds',
): Promise<Briefing | null> {
  let briefing: Briefing;
  const fix = from === '--seeds' ? 'check --seeds' : 'set SEEDS_DIR, or give --seeds';
  try {
    const cacheDir = indexCacheDir();
    briefing = await open(dir, {
      warn: (message) => io.stderr.write(`${command}: warning: ${oneLine(message)}\n`),
      ...(cacheDir ? { cacheDir } : {}),
    });
  } catch (error) {
    // The loader's own message already says which folder and why; only the cause is added otherwise.
    const problem =
      error instanceof BriefingLoadError
        ? lowerFirst(errorMessage(error))
        : `cannot load the briefing in "${dir}": ${errorMessage(error)}`;
    io.stderr.write(`${command}: ${problem} (${fix}).\n`);
    return null;
  }
  if (briefing.articles.length === 0) {
    io.stderr.write(`${command}: the briefing in "${dir}" holds no article that could be read (${fix}).\n`);
    return null;
  }
  return briefing;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Reports what stopped a command before it started, the way every command does, and returns the
 * exit code: a usage error with how to call the command (2), a wrong setting (1). Anything else is
 * a bug and is rethrown.
 */
export function reportStartError(command: string, error: unknown, usage: string, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`${command}: ${error.message}\n\n${usage}`);
    return EXIT_USAGE;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`${command}: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  throw error;
}

/**
 * The lines of a stream, decoded as UTF-8 (characters split across chunks included), without their
 * `\n` or `\r\n`. A final line without a newline still counts; an empty input yields nothing.
 * Every line is yielded, empty ones too, because batch callers match answers to lines by position.
 */
export async function* readLines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let first = true;
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && pending.length > 0) {
      pending = pending.replace(/^\uFEFF/, '');
      first = false;
    }
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  pending += decoder.decode();
  if (pending.length > 0) yield pending.replace(/\r$/, '');
}

/**
 * Whether the module at `moduleUrl` is the script node was asked to run (and not imported by a
 * test). Paths are compared after resolving symlinks, as node itself does.
 */
export function isEntryScript(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Runs a command against the real process. A closed stdout (`… | head -1`) ends the run quietly
 * instead of with a stack trace.
 */
export function runScript(main: (argv: string[], io: CliIo) => Promise<number>): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}

export function errorMessage(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
