import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleFormatError } from './article-format-error.ts';
import { parseArticle } from './parse-article.ts';
import type { Article, LoadResult, SkippedFile } from './types.ts';

/** Large enough for any news article, small enough that a stray dump cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const ARTICLE_FILE = /\.(txt|md)$/i;
/** Share of control bytes above which a file is taken for binary even without a NUL byte. */
const MAX_CONTROL_SHARE = 0.1;

export interface LoadOptions {
  /** Files larger than this are skipped before being read (default 5 MB). */
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
  const root = path.resolve(dir);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warn = options.warn ?? ((message: string) => console.warn(message));

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

  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const ids = new Map<string, string>();
  for (const name of files) {
    const file = path.join(root, name);
    const id = name.replace(ARTICLE_FILE, '');
    const seen = ids.get(id);
    const outcome =
      seen !== undefined
        ? `it has the same name as ${seen}, which was loaded first`
        : await readArticle(file, id, maxBytes);
    if (typeof outcome === 'string') {
      skipped.push({ file, reason: outcome });
      warn(`Skipping ${file}: ${outcome}`);
      continue;
    }
    ids.set(id, name);
    articles.push(outcome);
  }

  if (articles.length === 0) {
    const reasons = skipped.map((entry) => `${path.basename(entry.file)} (${entry.reason})`).join('; ');
    throw new BriefingLoadError(
      `Cannot load the briefing from ${root}: every article file was skipped: ${reasons}`,
      root,
      skipped,
    );
  }
  return { dir: root, articles, skipped };
}

/** Reads and parses one file; returns the reason as a string when the file must be skipped. */
async function readArticle(file: string, id: string, maxBytes: number): Promise<Article | string> {
  if (id === '') return 'the file name has no name before its extension';
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'it is not a regular file';
    if (info.size > maxBytes)
      return `it is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`;
    bytes = await readFile(file);
  } catch (error) {
    return `it cannot be read (${errorCode(error)})`;
  }
  if (bytes.length === 0) return 'the file is empty';
  if (looksBinary(bytes)) return 'it looks like a binary file, not text';

  let text: string;
  try {
    // The BOM is kept so that the text encodes back to the very bytes that were hashed.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return 'it is not valid UTF-8 text (save it as UTF-8)';
  }
  try {
    const article = parseArticle(text, id, file);
    return { ...article, hash: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    if (error instanceof ArticleFormatError) return error.message;
    throw error;
  }
}

function looksBinary(bytes: Buffer): boolean {
  if (bytes.includes(0)) return true;
  let control = 0;
  for (const byte of bytes) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      control++;
    }
  }
  return control / bytes.length > MAX_CONTROL_SHARE;
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
