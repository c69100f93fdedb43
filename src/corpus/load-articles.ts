import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { ArticleFormatError } from './article-format-error.ts';
import { parseArticle } from './parse-article.ts';
import { runSteps } from './steps.ts';
import type { Article, LoadResult, SkippedFile } from './types.ts';

/** Large enough for any news article, small enough that a stray dump cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const ARTICLE_FILE = /\.(txt|md)$/i;
/** Share of control bytes above which a file is taken for binary even without a NUL byte. */
const MAX_CONTROL_SHARE = 0.1;

export interface LoadOptions {
  /**
   * Files larger than this are skipped (default 5 MB). Enforced on the bytes actually read, not on
   * the size the file system reports, which is 0 for files such as `/proc/self/pagemap`.
   */
  maxBytes?: number;
  /** Told about every skipped file; defaults to `console.warn` so no file is passed over silently. */
  warn?: (message: string) => void;
}

/**
 * The briefing cannot be loaded at all: the folder is missing or unreadable, holds no article
 * files, or every file was skipped. The message names the resolved folder and says why, because it
 * is what an operator sees when the bot refuses to start.
 */
export class BriefingLoadError extends Error {
  override name = 'BriefingLoadError';
  constructor(
    message: string,
    readonly dir: string,
    readonly skipped: readonly SkippedFile[] = [],
  ) {
    super(message);
  }
}

/**
 * Reads every `.txt` and `.md` file directly inside `dir`, in name order, into articles.
 * A bad file (empty, binary, not UTF-8, too large, broken front matter, no body, duplicate id) is
 * skipped with a warning and listed in `skipped`, so one bad file never hides the others; only a
 * briefing with no usable article at all is an error.
 *
 * @throws BriefingLoadError when the folder cannot be read or yields no article.
 *
 * @example
 * const { articles, skipped } = await loadArticles('seeds', { warn: (m) => log.warn(m) });
 */
export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return parseFolder(await readFolder(dir, options), options);
}

/** A file of the folder as read: its text, or why it cannot be an article. */
export interface FileRecord {
  name: string;
  file: string;
  id: string;
  /** sha256 of the bytes, when the file could be read. */
  hash: string | null;
  text: string | null;
  reason: string | null;
}

export interface FolderRead {
  dir: string;
  files: FileRecord[];
  /** Identifies the folder's content: names, and each file's hash or why it was skipped. */
  key: string;
}

/**
 * Files read between two turns of the event loop. Each file is read synchronously: an asynchronous
 * read is five round trips to libuv's thread pool (stat, open, fstat, read, close), which made
 * reading 1,000 articles take about 100 ms where reading them in place takes under 20 ms; a batch
 * holds the event loop for a millisecond or two.
 */
const READ_BATCH = 64;

/**
 * Reads the folder's article files without parsing them: enough to know whether a persisted index
 * still matches (`key`), which is much cheaper than parsing a large briefing.
 *
 * @throws BriefingLoadError when the folder cannot be read or holds no article file.
 */
export async function readFolder(dir: string, options: LoadOptions = {}): Promise<FolderRead> {
  const root = path.resolve(dir);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let names: string[];
  try {
    names = await readdir(root);
  } catch (error) {
    throw new BriefingLoadError(`Cannot load the briefing from ${root}: ${folderProblem(error)}`, root);
  }
  const files = names.filter((name) => ARTICLE_FILE.test(name)).sort(byCodePoint);
  if (files.length === 0) {
    throw new BriefingLoadError(
      `Cannot load the briefing from ${root}: the folder has no .txt or .md files`,
      root,
    );
  }
  // Symbolic links are followed only to files inside the folder, as the folder really is.
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    throw new BriefingLoadError(`Cannot load the briefing from ${root}: ${folderProblem(error)}`, root);
  }
  const records: FileRecord[] = [];
  // Files are read a batch at a time (a large briefing has thousands), then kept in name order.
  for (let i = 0; i < files.length; i += READ_BATCH) {
    if (i > 0) await yieldToLoop();
    for (const name of files.slice(i, i + READ_BATCH))
      records.push(readRecord(root, realRoot, name, maxBytes));
  }
  const ids = new Map<string, string>();
  for (const r of records) {
    const seen = ids.get(r.id);
    if (r.reason !== null) continue;
    if (seen !== undefined) {
      r.reason = `it has the same name as ${seen}, which was loaded first`;
      r.text = null;
    } else {
      ids.set(r.id, r.name);
    }
  }
  const key = createHash('sha256')
    .update(records.map((r) => `${r.name}\0${r.hash ?? ''}\0${r.reason ?? ''}`).join('\n'))
    .digest('hex');
  return { dir: root, files: records, key };
}

/** Parses what `readFolder` read; bad files are skipped with a warning. */
export function parseFolder(read: FolderRead, options: LoadOptions = {}): LoadResult {
  return runSteps(parseFolderSteps(read, options));
}

/** `parseFolder` one file at a time, for callers that must not hold the event loop (live reloads). */
export function* parseFolderSteps(read: FolderRead, options: LoadOptions = {}): Generator<void, LoadResult> {
  const { articles, skipped } = yield* parseRecordSteps(read.files, options);
  if (articles.length === 0) {
    const reasons = skipped.map((entry) => `${path.basename(entry.file)} (${entry.reason})`).join('; ');
    throw new BriefingLoadError(
      `Cannot load the briefing from ${read.dir}: every article file was skipped: ${reasons}`,
      read.dir,
      skipped,
    );
  }
  return { dir: read.dir, articles, skipped };
}

/**
 * The articles of some files of a folder, and the files skipped (each with a warning): a briefing
 * read back from its persisted form parses only the files it did not hold, to say why again.
 */
export function* parseRecordSteps(
  records: readonly FileRecord[],
  options: LoadOptions = {},
): Generator<void, Omit<LoadResult, 'dir'>> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  for (const r of records) {
    yield;
    let outcome: Article | string = r.reason ?? 'it cannot be read';
    if (r.reason === null && r.text !== null) {
      try {
        const file = r.file;
        outcome = {
          ...parseArticle(r.text, r.id, file, (message) => warn(`Reading ${file}: ${message}`)),
          hash: r.hash ?? '',
        };
      } catch (error) {
        if (!(error instanceof ArticleFormatError)) throw error;
        outcome = error.message;
      }
    }
    if (typeof outcome === 'string') {
      skipped.push({ file: r.file, reason: outcome });
      warn(`Skipping ${r.file}: ${outcome}`);
      continue;
    }
    articles.push(outcome);
  }
  return { articles, skipped };
}

/** Strict UTF-8; one decoder serves every file (it keeps no state between whole-buffer calls). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * How a file is opened: never through a symbolic link swapped in after it was checked, and without
 * waiting for a writer should it have become a named pipe meanwhile (`fstat` then refuses it).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
/** First read buffer when the file system reports no size; grown up to the limit as needed. */
const MIN_READ_BUFFER = 64 * 1024;
const READ_ALIGN = 8 * 1024;

/**
 * Reads, checks and decodes one file; the reason is set when it cannot be an article. A symbolic
 * link is followed only to a regular file inside the folder (`realRoot`): a link to `/etc/passwd`
 * or to the bot's own `.env` must never become an article that the bot quotes.
 */
function readRecord(root: string, realRoot: string, name: string, maxBytes: number): FileRecord {
  const file = path.join(root, name);
  const id = name.replace(ARTICLE_FILE, '');
  const record: FileRecord = { name, file, id, hash: null, text: null, reason: null };
  const fail = (reason: string): FileRecord => ({ ...record, reason });
  if (id === '') return fail('the file name has no name before its extension');
  let bytes: Buffer;
  try {
    let read: Buffer | string;
    try {
      // Opened at once, without following a link: a path's lstat before each open cost 15–20 ms of
      // every start of 924 articles.
      read = readBounded(file, maxBytes);
    } catch {
      // A symbolic link (which that open refuses), or a path that cannot be opened, looked at by itself.
      let target = file;
      let info = lstatSync(file);
      if (info.isSymbolicLink()) {
        const resolved = resolveLink(file, realRoot);
        if (typeof resolved !== 'string') return fail(resolved.reason);
        target = resolved;
        info = statSync(target);
      }
      if (!info.isFile()) return fail('it is not a regular file');
      if (info.size > maxBytes) return fail(tooLarge(maxBytes, info.size));
      read = readBounded(target, maxBytes);
    }
    if (typeof read === 'string') return fail(read);
    bytes = read;
  } catch (error) {
    return fail(`it cannot be read (${errorCode(error)})`);
  }
  record.hash = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) return fail('the file is empty');
  const binary = 'it looks like a binary file, not text';
  if (bytes.includes(0)) return fail(binary);
  let text: string;
  try {
    // The BOM is kept so that the text encodes back to the very bytes that were hashed.
    text = UTF8.decode(bytes);
  } catch {
    return fail(
      looksBinary(bytes.toString('latin1'), bytes.length)
        ? binary
        : 'it is not valid UTF-8 text (save it as UTF-8)',
    );
  }
  if (looksBinary(text, bytes.length)) return fail(binary);
  record.text = text;
  return record;
}

/** Where a symbolic link leads, if that is inside the folder; else why it is not followed. */
function resolveLink(file: string, realRoot: string): string | { reason: string } {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    return { reason: `it is a symbolic link to nothing that can be read (${errorCode(error)})` };
  }
  const relative = path.relative(realRoot, real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { reason: 'it is a symbolic link to a file outside the briefing folder (not followed)' };
  }
  return real;
}

/**
 * The file's bytes, or why not: a regular file within `maxBytes`, opened without following a link.
 * Reads at most `maxBytes + 1` bytes whatever the file system says of the size, so a file that
 * reports 0 and never ends costs one bounded buffer, not the process's memory.
 *
 * @throws the open's error (a symbolic link: `ELOOP`).
 */
export function readBounded(file: string, maxBytes: number): Buffer | string {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return 'it is not a regular file';
    if (info.size > maxBytes) return tooLarge(maxBytes, info.size);
    // Whole pages beyond the limit: some kernel files only accept reads of aligned sizes.
    const cap = Math.ceil((maxBytes + 1) / READ_ALIGN) * READ_ALIGN;
    let buffer = Buffer.allocUnsafe(Math.min(cap, info.size > 0 ? info.size + 1 : MIN_READ_BUFFER));
    let length = 0;
    while (length <= maxBytes) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return length > maxBytes ? tooLarge(maxBytes, null) : buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(maxBytes: number, size: number | null): string {
  return size === null
    ? `it is over the ${formatBytes(maxBytes)} limit`
    : `it is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`;
}

/** Control characters other than tab, line feed, form feed and carriage return (each one byte). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it counts.
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;

/** Whether more than `MAX_CONTROL_SHARE` of a file's `length` bytes are control characters, read in its text. */
function looksBinary(text: string, length: number): boolean {
  return (text.match(CONTROL)?.length ?? 0) / length > MAX_CONTROL_SHARE;
}

function folderProblem(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'ENOTDIR':
      return 'it is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission to read the folder was denied';
    default:
      return `the folder cannot be read (${errorCode(error)})`;
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${size} bytes`;
}

/** Name order by code point, so the article order does not depend on the machine's locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
