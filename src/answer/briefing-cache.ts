/**
 * Persisted indexes: a briefing's articles, statements, speakers and index snapshot, written after a
 * build and read back at the next start when neither the articles nor the engine changed. Stored
 * with `node:v8` serialization, which reads back several times faster than JSON.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Speaker, Statement } from '../attribution/types.ts';
import { paragraphTexts } from '../corpus/index.ts';
import type { Article, SkippedFile } from '../corpus/types.ts';
import type { IndexSnapshot } from '../search/index.ts';

export interface CachedBriefing {
  articles: Article[];
  skipped: SkippedFile[];
  statements: Statement[];
  speakers: Speaker[];
  index: IndexSnapshot;
}

/**
 * What is written: the same data with paragraphs and statements as tuples, since serialization
 * repeats every object's property names, and without the texts the files already hold: paragraphs
 * are split again from the files just read, statements point into their paragraph.
 */
interface Stored {
  articles: [Omit<Article, 'paragraphs'>, number[]][];
  skipped: SkippedFile[];
  speakers: Speaker[];
  statements: StoredStatements;
  index: IndexSnapshot;
}

/**
 * Statements as columns: the numbers in one flat array (STATEMENT_FIELDS per statement), the strings
 * in arrays beside it. A statement's text is its offsets in the paragraph, or (when it is not found
 * there verbatim, -1) its entry in `texts`.
 */
interface StoredStatements {
  /** speaker index, text start, text end, direct, place source, article index, paragraph, sentence, start, end */
  numbers: Int32Array;
  roles: (string | null)[];
  places: (string | null)[];
  texts: (string | null)[];
  ids: string[];
}

const STATEMENT_FIELDS = 10;

const KINDS: readonly Article['paragraphs'][number]['kind'][] = [
  'body',
  'byline',
  'credit',
  'title',
  'heading',
  'source',
];
const PLACE_SOURCES = [null, 'text', 'dateline'] as const;

function encode(data: CachedBriefing): Stored {
  const articleIndex = new Map(data.articles.map((a, i) => [a.id, i]));
  const speakerIndex = new Map(data.speakers.map((s, i) => [s.name, i]));
  const paragraphOf = (s: Statement) =>
    data.articles[articleIndex.get(s.article) ?? -1]?.paragraphs.find((p) => p.n === s.paragraph)?.text ?? '';
  return {
    articles: data.articles.map(({ paragraphs, ...meta }) => [
      meta,
      paragraphs.map((p) => KINDS.indexOf(p.kind)),
    ]),
    skipped: data.skipped,
    speakers: data.speakers,
    statements: encodeStatements(data.statements, (s) => {
      const at = paragraphOf(s).indexOf(s.text, Math.max(0, s.start - 1));
      return at;
    }),
    index: data.index,
  };
  function encodeStatements(list: readonly Statement[], textAt: (s: Statement) => number): StoredStatements {
    const numbers = new Int32Array(list.length * STATEMENT_FIELDS);
    const out: StoredStatements = { numbers, roles: [], places: [], texts: [], ids: [] };
    list.forEach((s, i) => {
      const at = textAt(s);
      numbers.set(
        [
          speakerIndex.get(s.speaker) ?? -1,
          at,
          at >= 0 ? at + s.text.length : -1,
          s.kind === 'direct' ? 1 : 0,
          PLACE_SOURCES.indexOf(s.placeSource),
          articleIndex.get(s.article) ?? -1,
          s.paragraph,
          s.sentence,
          s.start,
          s.end,
        ],
        i * STATEMENT_FIELDS,
      );
      out.roles.push(s.role);
      out.places.push(s.place);
      out.texts.push(at >= 0 ? null : s.text);
      out.ids.push(s.id);
    });
    return out;
  }
}

/** Rebuilds the briefing from what was stored and the files' texts; null if they no longer agree. */
function decode(stored: Stored, texts: ReadonlyMap<string, string>): CachedBriefing | null {
  const articles: Article[] = [];
  for (const [meta, kinds] of stored.articles) {
    const text = texts.get(meta.file);
    if (text === undefined) return null;
    const blocks = paragraphTexts(text);
    if (blocks.length !== kinds.length) return null;
    articles.push({
      ...meta,
      paragraphs: blocks.map((block, i) => ({ n: i + 1, kind: KINDS[kinds[i] ?? 0] ?? 'body', text: block })),
    });
  }
  const { numbers, roles, places, texts: ownTexts, ids } = stored.statements;
  const statements: Statement[] = ids.map((id, i) => {
    const n = (k: number) => numbers[i * STATEMENT_FIELDS + k] as number;
    const article = n(5);
    const paragraph = n(6);
    return {
      id,
      speaker: stored.speakers[n(0)]?.name ?? '',
      speakerKind: stored.speakers[n(0)]?.kind ?? 'person',
      role: roles[i] ?? null,
      text:
        n(1) >= 0
          ? (articles[article]?.paragraphs[paragraph - 1]?.text.slice(n(1), n(2)) ?? '')
          : (ownTexts[i] ?? ''),
      textStart: n(1),
      textEnd: n(2),
      kind: n(3) === 1 ? 'direct' : 'indirect',
      place: places[i] ?? null,
      placeSource: PLACE_SOURCES[n(4)] ?? null,
      article: articles[article]?.id ?? '',
      paragraph,
      sentence: n(7),
      start: n(8),
      end: n(9),
    };
  });
  return { articles, skipped: stored.skipped, statements, speakers: stored.speakers, index: stored.index };
}

const FORMAT = 5;
const ENGINE_FOLDERS = ['corpus', 'attribution', 'search'];

let fingerprint: Promise<string> | null = null;

/**
 * A hash of the engine's own source: a persisted index is only as valid as the code that built it,
 * so any change to the corpus, attribution or search code makes earlier indexes unusable.
 */
function engineFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
    const hash = createHash('sha256').update(`format ${FORMAT}`);
    for (const folder of ENGINE_FOLDERS) {
      const dir = path.join(src, folder);
      const names = (await readdir(dir).catch(() => [] as string[])).sort();
      for (const name of names) {
        hash.update(name);
        hash.update(await readFile(path.join(dir, name)).catch(() => Buffer.alloc(0)));
      }
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return fingerprint;
}

/** The cache file of a folder's content; other files of the same folder are older versions. */
async function fileFor(
  cacheDir: string,
  dir: string,
  key: string,
): Promise<{ file: string; prefix: string }> {
  const prefix = `${createHash('sha256').update(dir).digest('hex').slice(0, 16)}-`;
  const name = `${prefix}${key.slice(0, 32)}-${await engineFingerprint()}.bin`;
  return { file: path.join(cacheDir, name), prefix };
}

/** The persisted briefing for this content, or null when there is none (or it cannot be read). */
export async function readCachedBriefing(
  cacheDir: string,
  dir: string,
  key: string,
  texts: ReadonlyMap<string, string>,
): Promise<CachedBriefing | null> {
  const { file } = await fileFor(cacheDir, dir, key);
  try {
    return decode(deserialize(await readFile(file)) as Stored, texts);
  } catch {
    return null;
  }
}

/**
 * Persists a built briefing, replacing older versions for the same folder. Written to a temporary
 * name and renamed, so a reader never sees half a file.
 */
export async function writeCachedBriefing(
  cacheDir: string,
  dir: string,
  key: string,
  data: CachedBriefing,
): Promise<void> {
  const { file, prefix } = await fileFor(cacheDir, dir, key);
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serialize(encode(data)));
  await rename(tmp, file);
  const others: { file: string; at: number }[] = [];
  for (const name of await readdir(cacheDir)) {
    const other = path.join(cacheDir, name);
    if (!name.endsWith('.bin') || other === file) continue;
    if (name.startsWith(prefix)) await rm(other, { force: true });
    else others.push({ file: other, at: (await stat(other).catch(() => null))?.mtimeMs ?? 0 });
  }
  // Other folders' indexes (temporary briefings, old checkouts): the most recent few are kept.
  others.sort((a, b) => b.at - a.at);
  for (const old of others.slice(KEEP_OTHERS)) await rm(old.file, { force: true });
}

const KEEP_OTHERS = 8;
