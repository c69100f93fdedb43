/**
 * The persisted briefing, in two files written after a build and read back at the next start: the
 * attribution (articles as spans of their files, statements, speakers), keyed on the articles and the
 * corpus and attribution code, and the index data, keyed on the search code too and naming the
 * attribution it was built from. A change to ranking or indexing thus rebuilds only the index; the
 * seconds of attribution are read back. A cache file cannot lie or hang a start: a header gives its
 * format, body size and checksum, checked before anything is decoded; the size is capped; every
 * paragraph read back is cut from its file, every statement must quote its paragraph exactly, and the
 * index data must fit both; any failure means a rebuild of what the file held (with one warning).
 * Cleanup touches only files named as this module names them.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { Speaker, Statement } from '../attribution/types.ts';
import type { FolderRead } from '../corpus/index.ts';
import { restoreArticles, storeArticles } from '../corpus/stored-article.ts';
import type { Article } from '../corpus/types.ts';
import { checkIndexData, type IndexData, runInBackground } from '../search/index.ts';
import { type CacheBody, decodeParts, encodeChunks } from './cache-body.ts';
import { restoreStatements, storeStatements } from './stored-statements.ts';

export { type CacheBody, decodeCacheBody, encodeCacheBody } from './cache-body.ts';

/** The attribution read back from its file: the articles cut from their files, everything verified. */
export interface RestoredAttribution {
  articles: Article[];
  statements: Statement[];
  speakers: Speaker[];
  /** The checksum of the file's body: the index file names the attribution it was built from by it. */
  checksum: string;
}

/** The two files of a persisted briefing, each with its format and the code its content comes from. */
const FILES = {
  attribution: { format: 'briefing-bot attribution 12', folders: ['corpus', 'attribution'] },
  index: { format: 'briefing-bot index 9', folders: ['corpus', 'attribution', 'search'] },
} as const;
export type CacheKind = keyof typeof FILES;
/** Bumped whenever a file's stored shape changes. */
export const CACHE_FORMATS: Readonly<Record<CacheKind, string>> = {
  attribution: FILES.attribution.format,
  index: FILES.index.format,
};

/*
 * Each chunk of a body is encoded, hashed and decoded on its own, with the event loop given back
 * between chunks, so that reading or writing a large briefing's cache never holds it for long: the
 * articles and the statements are a chunk each, as columns (`StoredArticles`, `stored-statements.ts`:
 * 924 articles and 16,000 statements decode in about 2 ms), the index data a section (one of its
 * typed arrays' groups) per chunk, a long list of objects (the speakers, the matcher's entries) a
 * thousand of them per chunk (`LIST_PIECE`).
 */
/** Bytes checked between two turns of the event loop. */
const CHECK_SLICE = 4 << 20;

/**
 * The CRC-32 of buffers one after another, a slice at a time: zlib's, the check gzip and PNG use to
 * catch damaged data, which is all a cache file's checksum is for (whoever can write the cache
 * folder can write any checksum). The first pass over a body just read costs most whatever the check
 * (about 25 ms over the 14 MB index of 924 real articles: its memory touched for the first time);
 * SHA-256 added some 8 ms to it, CRC-32 adds about 1.
 */
async function checksumOf(...parts: Uint8Array[]): Promise<string> {
  let crc = 0;
  for (const part of parts) {
    for (let at = 0; at < part.length; at += CHECK_SLICE) {
      crc = crc32(part.subarray(at, at + CHECK_SLICE), crc);
      await yieldToLoop();
    }
  }
  return crc.toString(16).padStart(8, '0');
}
/**
 * A cache file's name: what it holds, folder hash, content key, code fingerprint. Nothing else is
 * ever deleted. Files of the earlier formats (`briefing-`: one file for all) were the bot's too.
 */
const NAME = /^(?:briefing|attribution|index)-([0-9a-f]{16})-[0-9a-f]{32}-[0-9a-f]{16}\.cache$/u;
/**
 * Longest header line read. The header lists one size per chunk (a chunk per 1,000 articles or
 * statements, one per part of the index): about 60 sizes for 1,000 real articles, a few hundred
 * bytes more per thousand articles beyond, so 512 bytes refused every large briefing's cache.
 */
const MAX_HEADER = 64 * 1024;
/** Largest body read: far above any real briefing's (924 real articles: about 25 MB). */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** Other folders' caches kept (temporary briefings, old checkouts). */
const KEEP_OTHERS = 8;

const fingerprints = new Map<CacheKind, Promise<string>>();

/**
 * A hash of the code that makes what a file of `kind` holds: any change to the corpus or attribution
 * code makes earlier files of both kinds unusable, a change to the search code only index files.
 */
function codeFingerprint(kind: CacheKind): Promise<string> {
  let fingerprint = fingerprints.get(kind);
  if (!fingerprint) {
    fingerprint = (async () => {
      const hash = createHash('sha256').update(FILES[kind].format);
      for (const folder of FILES[kind].folders) hash.update(await folderDigest(folder));
      return hash.digest('hex').slice(0, 16);
    })();
    fingerprints.set(kind, fingerprint);
  }
  return fingerprint;
}

/**
 * Starts hashing the code (see `codeFingerprint`) while the caller reads the briefing's folder: read
 * one file after another when the cache's name was first wanted, the two kinds' code took 30 ms of
 * every start.
 */
export function startCodeFingerprints(): void {
  for (const kind of Object.keys(FILES) as CacheKind[]) void codeFingerprint(kind);
}

const folderDigests = new Map<string, Promise<string>>();

/** A hash of the names and contents of a source folder's files, read at once; none fails. */
function folderDigest(folder: string): Promise<string> {
  let digest = folderDigests.get(folder);
  if (!digest) {
    digest = (async () => {
      const dir = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), folder);
      const files = (await readdir(dir, { recursive: true }).catch(() => [] as string[]))
        .filter((f) => f.endsWith('.ts'))
        .sort();
      const contents = await Promise.all(
        files.map((name) => readFile(path.join(dir, name)).catch(() => Buffer.alloc(0))),
      );
      const hash = createHash('sha256');
      files.forEach((name, i) => {
        hash.update(name);
        hash.update(contents[i] as Buffer);
      });
      return hash.digest('hex');
    })();
    folderDigests.set(folder, digest);
  }
  return digest;
}

/** The file of `kind` for the folder as read, and the hash naming the folder. */
export async function cacheFileFor(
  cacheDir: string,
  read: FolderRead,
  kind: CacheKind,
): Promise<{ file: string; folder: string }> {
  const folder = createHash('sha256').update(read.dir).digest('hex').slice(0, 16);
  const key = createHash('sha256').update(read.key).digest('hex').slice(0, 32);
  const name = `${kind}-${folder}-${key}-${await codeFingerprint(kind)}.cache`;
  return { file: path.join(cacheDir, name), folder };
}

/**
 * The cached attribution of the folder as read, or null (with `warn` called once) when there is none
 * usable: missing, damaged, oversized, of another format, or not matching the articles' files.
 */
export async function readCachedAttribution(
  cacheDir: string,
  read: FolderRead,
  warn: (message: string) => void,
): Promise<RestoredAttribution | null> {
  const { file } = await cacheFileFor(cacheDir, read, 'attribution');
  const checked = await readOrWarn(readSettled(file, 'attribution'), {}, warn);
  if (!checked) return null;
  try {
    const data = await decodeParts(checked.body, checked.chunks, checked.raw);
    if (data.index || !data.speakers) throw new Error('is not an attribution');
    const restored = await verified(data, read);
    return { ...restored, checksum: checked.checksum };
  } catch (error) {
    warn(`Rebuilding the index: the cache ${path.basename(file)} ${reasonOf(error)}`);
    return null;
  }
}

/**
 * The index file of the folder as read, read whole while the caller restores the attribution it was
 * built from: the read waits on the disk and the thread pool, not on the main thread, and the 14 MB
 * of 924 real articles took 40–60 ms of every start read after the attribution. Checked, against that
 * attribution, by `readCachedIndex`; never rejects (a file that cannot be read is the error it held).
 */
export function prefetchCachedIndex(cacheDir: string, read: FolderRead): Promise<CacheFile | Error> {
  return cacheFileFor(cacheDir, read, 'index').then(({ file }) => readSettled(file, 'index'));
}

/**
 * The cached index data of the folder as read, built from `attribution` (named by its checksum), or
 * null (with `warn` called once) when there is none usable: missing, damaged, of another format or
 * attribution, or not fitting the articles and statements. `prefetched`: the file as
 * `prefetchCachedIndex` read it, else it is read now.
 */
export async function readCachedIndex(
  cacheDir: string,
  read: FolderRead,
  attribution: RestoredAttribution,
  warn: (message: string) => void,
  prefetched?: Promise<CacheFile | Error>,
): Promise<IndexData | null> {
  const { file } = await cacheFileFor(cacheDir, read, 'index');
  const whole = prefetched ?? readSettled(file, 'index');
  const checked = await readOrWarn(whole, { attribution: attribution.checksum }, warn);
  if (!checked) return null;
  try {
    const data = await decodeParts(checked.body, checked.chunks, checked.raw);
    if (data.articles || data.statements || data.speakers) throw new Error('is not an index');
    return checkIndexData(data.index, {
      articles: attribution.articles.length,
      statements: attribution.statements.length,
      speakers: attribution.speakers.length,
    });
  } catch (error) {
    warn(`Rebuilding the index: the cache ${path.basename(file)} ${reasonOf(error)}`);
    return null;
  }
}

/** A cache file read whole: its header, its chunks (decoded, then dropped) and raw arrays (kept). */
export interface CacheFile {
  header: Record<string, unknown>;
  body: Buffer;
  raw: Buffer;
  chunks: number[];
}

/** A cache file's body as checked: its chunks, its raw arrays (in a buffer of their own), its checksum. */
interface Checked {
  body: Buffer;
  raw: Buffer;
  chunks: number[];
  checksum: string;
}

/**
 * `checkedFile` of the file read (or the error reading it), or null with a warning (none for a file
 * that is not there).
 */
async function readOrWarn(
  whole: Promise<CacheFile | Error>,
  expect: Record<string, string>,
  warn: (message: string) => void,
): Promise<Checked | null> {
  try {
    const read = await whole;
    if (read instanceof Error) throw read;
    return await checkedFile(read, expect);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`Rebuilding the index: ${reasonOf(error)}`);
    return null;
  }
}

/** `readWhole` of a file of `kind`, never rejecting: a file that cannot be read gives its error. */
function readSettled(file: string, kind: CacheKind): Promise<CacheFile | Error> {
  return readWhole(file, FILES[kind].format).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
}

/**
 * A cache file read whole once its header's format and sizes hold (a file of another format is not
 * read further).
 */
async function readWhole(file: string, format: string): Promise<CacheFile> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(MAX_HEADER);
    const { bytesRead } = await handle.read(head, 0, MAX_HEADER, 0);
    const newline = head.subarray(0, bytesRead).indexOf(10);
    if (newline < 0) throw new Error('has no header');
    const header = JSON.parse(head.subarray(0, newline).toString('utf8')) as Record<string, unknown>;
    const bytes = header.bytes;
    if (header.format !== format) throw new Error('is of another format');
    if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0 || bytes > MAX_CACHE_BYTES)
      throw new Error('gives an impossible size');
    const chunks = header.chunks;
    const size =
      Array.isArray(chunks) && chunks.every((c) => Number.isInteger(c) && c > 0)
        ? chunks.reduce((a: number, b: number) => a + b, 0)
        : -1;
    if (size <= 0 || size > bytes) throw new Error('gives impossible chunk sizes');
    // The chunks, decoded then dropped, and the raw arrays after them, kept: read apart.
    const body = Buffer.alloc(size);
    const raw = Buffer.allocUnsafeSlow(bytes - size);
    const read = await handle.read(body, 0, size, newline + 1);
    const rest = await handle.read(raw, 0, raw.length, newline + 1 + size);
    if (read.bytesRead !== size || rest.bytesRead !== raw.length)
      throw new Error('is shorter than its header says');
    return { header, body, raw, chunks: chunks as number[] };
  } finally {
    await handle.close();
  }
}

/** The body of a cache file read whole, once its `expect`ed header fields and its checksum hold. */
async function checkedFile(read: CacheFile, expect: Record<string, string>): Promise<Checked> {
  const { header, body, raw, chunks } = read;
  for (const [field, value] of Object.entries(expect))
    if (header[field] !== value) throw new Error(`was made from another ${field}`);
  const checksum = await checksumOf(body, raw);
  if (checksum !== header.crc32) throw new Error('fails its checksum');
  return { body, raw, chunks, checksum };
}

/**
 * The decoded attribution, once every article is cut from its file (in the folder's order), and every
 * statement quotes its paragraph and names a listed speaker.
 */
async function verified(data: CacheBody, read: FolderRead): Promise<Omit<RestoredAttribution, 'checksum'>> {
  const speakers = data.speakers ?? [];
  const articles = await runInBackground(restoreArticles(data.articles, read.files));
  if (articles.length === 0) throw new Error('holds no article');
  await yieldToLoop();
  const names = new Set<string>();
  for (const s of speakers) {
    if (typeof s?.name !== 'string' || !Array.isArray(s.aliases) || !Array.isArray(s.roles))
      throw new Error('holds a malformed speaker');
    names.add(s.name);
  }
  const statements = await runInBackground(restoreStatements(data.statements, articles, names));
  return { articles, statements, speakers };
}

/**
 * Persists the attribution of the folder as read; returns the checksum that names it (what the index
 * file built from it gives). Cleanup waits for the index: see `writeCachedIndex`.
 */
export async function writeCachedAttribution(
  cacheDir: string,
  read: FolderRead,
  data: Omit<RestoredAttribution, 'checksum'>,
): Promise<string> {
  const articles = await runInBackground(storeArticles(data.articles, read.files));
  const statements = await runInBackground(storeStatements(data.statements, data.articles));
  return writeFile(cacheDir, read, 'attribution', { articles, statements, speakers: data.speakers }, {});
}

/**
 * Persists the index data built from the attribution named `attribution` (its checksum), then
 * removes this folder's other files: every file but this one and that attribution's.
 */
export async function writeCachedIndex(
  cacheDir: string,
  read: FolderRead,
  attribution: string,
  index: IndexData,
): Promise<void> {
  await writeFile(cacheDir, read, 'index', { index }, { attribution });
  const keep = await Promise.all(
    (['attribution', 'index'] as const).map(async (kind) => (await cacheFileFor(cacheDir, read, kind)).file),
  );
  const { folder } = await cacheFileFor(cacheDir, read, 'index');
  const others: { file: string; at: number }[] = [];
  for (const name of await readdir(cacheDir)) {
    const other = path.join(cacheDir, name);
    const match = NAME.exec(name);
    if (!match || keep.includes(other)) continue;
    if (match[1] === folder) await rm(other, { force: true });
    else others.push({ file: other, at: (await stat(other).catch(() => null))?.mtimeMs ?? 0 });
  }
  others.sort((a, b) => b.at - a.at);
  for (const old of others.slice(KEEP_OTHERS)) await rm(old.file, { force: true });
}

/**
 * Writes a file of `kind` with `header` fields beside its format, sizes and checksum; returns the
 * checksum. Written to a temporary name and renamed, so a reader never sees half a file.
 */
async function writeFile(
  cacheDir: string,
  read: FolderRead,
  kind: CacheKind,
  data: CacheBody,
  header: Record<string, string>,
): Promise<string> {
  const { file } = await cacheFileFor(cacheDir, read, kind);
  await mkdir(cacheDir, { recursive: true });
  const { parts, raw } = await encodeChunks(data);
  const chunks = parts.map((p) => p.length);
  const bytes = chunks.reduce((a, b) => a + b, 0) + raw.reduce((n, r) => n + r.length, 0);
  const checksum = await checksumOf(...parts, ...raw);
  const line = JSON.stringify({ format: FILES[kind].format, ...header, bytes, chunks, crc32: checksum });
  // A file whose header could not be read back is not written: the next start would only rebuild.
  if (line.length >= MAX_HEADER || bytes > MAX_CACHE_BYTES)
    throw new Error('the briefing is too large to cache');
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    // Each written whole, after the one before (a handle's writeFile continues where it stands).
    await handle.writeFile(Buffer.from(`${line}\n`, 'utf8'));
    for (const part of [...parts, ...raw]) await handle.writeFile(part);
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  return checksum;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
