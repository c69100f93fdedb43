/**
 * Builds a `Briefing` from a folder: corpus → attribution → search, and the `Answer` data the CLI and
 * the bot render.
 */

import { attribute, attributeSteps } from '../attribution/index.ts';
import type { Speaker, Statement } from '../attribution/types.ts';
import {
  type FileRecord,
  type FolderRead,
  type LoadResult,
  parseFolderSteps,
  parseRecordSteps,
  readFolder,
  runSteps,
} from '../corpus/index.ts';
import type { Article, SkippedFile } from '../corpus/types.ts';
import {
  type ArticleParts,
  articleParts,
  BriefingIndex,
  type Hit,
  Later,
  NO_STATEMENTS,
  type PageRequest,
  prepareEverydayWords,
  type Ranking,
  runInBackground,
  runShare,
  type StatementPage,
  settle,
  words,
} from '../search/index.ts';
import {
  type AttributionWorker,
  attributeInWorker,
  startWorkers,
  workersFor,
} from './attribute-in-worker.ts';
import type { AskOptions, Briefing, QuotesOptions } from './briefing.ts';
import {
  prefetchCachedIndex,
  readCachedAttribution,
  readCachedIndex,
  startCodeFingerprints,
  writeCachedAttribution,
  writeCachedIndex,
} from './briefing-cache.ts';
import type { Answer, AnswerQuote, AnswerResult, SourceSummary } from './types.ts';

/** Longest question the engine reads; longer input is cut here rather than searched whole. */
export const MAX_QUESTION = 1_000;
const DEFAULT_LIMIT = 3;

export interface OpenOptions {
  warn?: (message: string) => void;
  /**
   * Where to persist the briefing's attribution and index, keyed by the articles' content and the
   * code that makes each; the next open of unchanged articles reads back what its code did not
   * change instead of making it again. Unset: no persistence.
   */
  cacheDir?: string;
  /**
   * Build a little at a time, giving the event loop back every few milliseconds, with attribution
   * in a worker thread: for a rebuild beside a briefing that is still answering. Slower in all, but
   * questions keep flowing. Rejects if the worker cannot run.
   */
  background?: boolean;
  /**
   * Articles parsed already (those of the briefing a reload replaces): a file of the same path, id
   * and bytes is taken as it was parsed, not parsed again, and the new briefing shares it.
   */
  reuse?: readonly Article[];
}

/**
 * Workers attributing a background rebuild (a reload beside a briefing that answers): one, so that
 * the second of the bot's two cores stays with the questions, and the reload's memory peaks lower
 * (924 real articles, in fresh processes: 319-329 MB against 338-341 MB with two workers, the rebuild
 * no longer peaking while they run; on a busy machine one worker was not slower).
 */
const BACKGROUND_WORKERS = 1;

/**
 * Loads, attributes and indexes the articles of `dir`; or, with a cache of the same articles made by
 * the same engine, reads all of that back.
 *
 * @example
 * const briefing = await openBriefing('seeds');
 * briefing.ask('What did Blinken say about China?').results[0].speaker // 'Antony Blinken'
 */
export async function openBriefing(dir: string, options: OpenOptions = {}): Promise<Briefing> {
  const briefing = await openFolder(dir, options);
  // The first question would otherwise stem the everyday-word list (about 200 ms) while the bot waits.
  // Started on the next turn, not before returning: reading the list (about 40 ms) is no part of the
  // open, and a question asked at once reads it itself. The timer does not keep a process alive.
  setTimeout(() => void prepareEverydayWords(), 0).unref();
  return briefing;
}

async function openFolder(dir: string, options: OpenOptions): Promise<Briefing> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  if (options.cacheDir) startCodeFingerprints();
  const read = await readFolder(dir);
  const indexFile = options.cacheDir ? prefetchCachedIndex(options.cacheDir, read) : undefined;
  const run = <T>(steps: Generator<void, T>): Promise<T> =>
    options.background ? runInBackground(steps) : Promise.resolve(runSteps(steps));
  const { cacheDir } = options;
  const attributed =
    (cacheDir ? await restoreAttribution(read, cacheDir, run, warn) : null) ??
    (await attributeFolder(read, options, run, warn));
  const { articles, statements, speakers } = attributed;
  // The index, read back when the search code that made it is unchanged, else built (and persisted).
  let index: BriefingIndex | null = null;
  if (cacheDir && attributed.checksum) {
    const data = await readCachedIndex(
      cacheDir,
      read,
      { ...attributed, checksum: attributed.checksum },
      warn,
      indexFile,
    );
    try {
      if (data) index = await run(BriefingIndex.open(articles, statements, speakers, data));
    } catch (error) {
      warn(`Rebuilding the index: the cache ${reasonOf(error)}`);
    }
  }
  if (!index) {
    index = await run(BriefingIndex.build(articles, statements, speakers, attributed.made));
    if (cacheDir && attributed.checksum)
      // A cache that cannot be written costs the next start time, never this answer.
      await writeCachedIndex(cacheDir, read, attributed.checksum, index.data).catch((error: unknown) =>
        warn(`Could not persist the index in ${cacheDir}: ${reasonOf(error)}`),
      );
  }
  // A reload's briefing answers its first question as fast as the one it replaces: what an open
  // leaves for idle turns (the speaker matcher first) is made before it is swapped in.
  if (options.background) await run(madeNow(index.later()));
  return run(assemble(read.dir, articles, attributed.skipped, index, options.background === true));
}

/** The steps of what an open left for later, run now, one after another. */
function* madeNow(later: readonly Later<unknown>[]): Generator<void, void> {
  for (const part of later) while (part.step()) yield;
}

/** A briefing's articles and their attribution; `checksum` names the persisted attribution, if any. */
interface Attributed {
  articles: Article[];
  skipped: SkippedFile[];
  statements: Statement[];
  speakers: Speaker[];
  checksum: string | null;
  /** What the index needs of the articles alone, made while they were attributed, if it was. */
  made?: ArticleParts;
}

/** Statements and speakers, and the index's article parts when they were made beside them. */
interface Attribution {
  statements: Statement[];
  speakers: Speaker[];
  made?: ArticleParts;
}

/** The folder's articles parsed and attributed, and, with a cache folder, persisted there. */
async function attributeFolder(
  read: FolderRead,
  options: OpenOptions,
  run: <T>(steps: Generator<void, T>) => Promise<T>,
  warn: (message: string) => void,
): Promise<Attributed> {
  // At an open that nothing answers beside, workers for as many articles as there are readable
  // files are started first: their modules load while the files are parsed. Not needed after all
  // (files that are no articles), or the parse failing, they end. A reload, whose time matters less
  // than its peak memory, starts its worker after the parse, as before.
  const inWorkers = (articles: number) => options.background || workersFor(articles) > 1;
  const readable = read.files.filter((r) => r.reason === null).length;
  const started = !options.background && inWorkers(readable) ? startWorkers(workersFor(readable)) : [];
  const closeStarted = () => Promise.all(started.map((w) => w.close()));
  const loaded = await run(parseReusing(read, options.reuse ?? [], warn)).catch(async (error: unknown) => {
    await closeStarted();
    throw error;
  });
  const { articles, skipped } = loaded;
  if (!inWorkers(articles.length)) await closeStarted();
  const { statements, speakers, made }: Awaited<ReturnType<typeof attributeBeside>> = inWorkers(
    articles.length,
  )
    ? await attributeBeside(articles, options, started)
    : runSteps(attributeSteps(articles));
  let checksum: string | null = null;
  if (options.cacheDir) {
    const cacheDir = options.cacheDir;
    checksum = await writeCachedAttribution(cacheDir, read, { articles, statements, speakers }).catch(
      (error: unknown) => {
        warn(`Could not persist the index in ${cacheDir}: ${reasonOf(error)}`);
        return null;
      },
    );
  }
  return { articles, skipped, statements, speakers, checksum, made };
}

/**
 * The folder's articles, as `parseFolderSteps` lists them, and its skipped files; each file read
 * before with the same bytes (`reuse`) taken as it was parsed. A reload of 924 real articles parsed
 * every one again on the main thread, between its questions: about a second of its time, in steps of
 * one article that held the event loop up to 20 ms for a long one. Parsing reads nothing but the
 * file's text, id and path, so its article is the same. Warnings said when a file was parsed are not
 * said again, as for a briefing read back from its persisted form.
 */
function* parseReusing(
  read: FolderRead,
  reuse: readonly Article[],
  warn: (message: string) => void,
): Generator<void, LoadResult> {
  const known = new Map(reuse.map((a) => [a.file, a]));
  const held = (r: FileRecord): Article | undefined => {
    const a = known.get(r.file);
    return a && r.reason === null && r.hash !== null && a.hash === r.hash && a.id === r.id ? a : undefined;
  };
  // Nothing to take (a first open): the folder parsed as ever, with its error when no file is an article.
  if (!read.files.some(held)) return yield* parseFolderSteps(read, { warn });
  const rest = yield* parseRecordSteps(
    read.files.filter((r) => !held(r)),
    { warn },
  );
  const parsed = new Map(rest.articles.map((a) => [a.file, a]));
  const articles: Article[] = [];
  for (const r of read.files) {
    const a = held(r) ?? parsed.get(r.file);
    if (a) articles.push(a);
  }
  return { dir: read.dir, articles, skipped: rest.skipped };
}

/**
 * The articles attributed in worker threads; at an open that nothing answers beside, meanwhile, on
 * the main thread that would otherwise wait idle, what the index needs of the articles alone (most
 * of its build), a slice at a time so that the workers' messages are read between slices. In the
 * background, attribution runs in a worker because its steps (an article each) are too long to
 * share the event loop with questions; a briefing large enough for two workers is attributed by
 * both at an open that nothing waits beside, a background one keeps to `BACKGROUND_WORKERS`. A
 * worker that cannot run fails the open.
 */
async function attributeBeside(
  articles: Article[],
  options: OpenOptions,
  started: readonly AttributionWorker[],
): Promise<Attribution> {
  const working = attributeInWorker(
    articles,
    options.background ? { workers: BACKGROUND_WORKERS } : { started },
  );
  // A reload leaves the main thread to the questions while its worker attributes: slices of index
  // build between them held the loop longer (924 real articles, the bench's live reload: event loop
  // delay p99 25–27 ms against 12–15 ms, on a busy machine).
  if (options.background) return working;
  // The speakers' index reads the everyday words (about 0.2 s to read and stem the first time):
  // read meanwhile; a reload's were read after the first open.
  void prepareEverydayWords();
  // Settled both before either fails the open: no worker is left running behind it.
  const [parts, attribution] = await Promise.allSettled([runInBackground(articleParts(articles)), working]);
  if (attribution.status === 'rejected') throw attribution.reason;
  if (parts.status === 'rejected') throw parts.reason;
  return { ...attribution.value, made: parts.value };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The briefing's articles and attribution read back from the cache, and the files it skipped (parsed
 * again, to warn why); null, with one warning, when the cache is missing or does not fit.
 */
async function restoreAttribution(
  read: FolderRead,
  cacheDir: string,
  run: <T>(steps: Generator<void, T>) => Promise<T>,
  warn: (message: string) => void,
): Promise<Attributed | null> {
  const cached = await readCachedAttribution(cacheDir, read, warn);
  if (!cached) return null;
  try {
    const held = new Set(cached.articles.map((a) => a.id));
    const rest = await run(
      parseRecordSteps(
        read.files.filter((r) => !held.has(r.id)),
        { warn },
      ),
    );
    if (rest.articles.length > 0) throw new Error('leaves out an article of the folder');
    return { ...cached, skipped: rest.skipped };
  } catch (error) {
    warn(`Rebuilding the index: the cache ${reasonOf(error)}`);
    return null;
  }
}

/** A `Briefing` over articles already loaded (tests, reloads). */
export function createBriefing(
  dir: string,
  articles: Article[],
  skipped: Briefing['skipped'] = [],
): Briefing {
  const { statements, speakers } = attribute(articles);
  return runSteps(assemble(dir, articles, skipped, BriefingIndex.create(articles, statements, speakers)));
}

/** Results one can page through: more would never be read in a chat. */
export const MAX_RESULTS = 50;

/**
 * Share of a "who said" phrase that a statement must hold as one run of words for the briefing to
 * be said to quote someone saying it (a close form: a word changed or left out of a long phrase).
 */
const WHO_SAID_HOLDS = 0.7;

/** Statements walked between two steps of `assemble` (16,000 at once: about 30 ms). */
const ASSEMBLE_STEP = 1_000;

/** What `quotes` returns: every statement listed. */
const WHOLE_LIST: PageRequest = { offset: 0, limit: Number.POSITIVE_INFINITY };

function* assemble(
  dir: string,
  articles: Article[],
  skipped: Briefing['skipped'],
  index: BriefingIndex,
  /** A reload: what is left for later is made before the briefing is handed over. */
  madeBefore = false,
): Generator<void, Briefing> {
  const { statements } = index;
  const speakers = index.speakers;
  const byId = new Map(articles.map((a) => [a.id, a]));
  yield;
  const clean = (q: string) => q.replace(/\p{Cc}/gu, ' ').slice(0, MAX_QUESTION);
  // Read only by /sources: made after the open, with what the index leaves for later.
  const counted = new Later(countStatements(statements));
  if (madeBefore) yield* madeNow([counted]);
  void settle([...index.later(), counted]);

  const answer = (question: string, ranking: Ranking, opts: AskOptions): Answer => {
    const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
    const offset = Math.max(0, opts.offset ?? 0);
    const hits = ranking.hits.slice(0, MAX_RESULTS);
    return {
      question,
      answered: ranking.answered && hits.length > 0,
      related: ranking.related,
      results: hits.slice(offset, offset + limit).map((h) => toResult(h, byId)),
      total: hits.length,
      reason: ranking.answered
        ? hits.length > 0
          ? ranking.reason
          : 'Nothing in the briefing answers this question.'
        : ranking.reason,
    };
  };

  return {
    dir,
    articles,
    statements,
    skipped,
    ask: (question, opts = {}) => {
      const ranking = index.rank(clean(question));
      // "Who said “…”?" asks for those very words: the same truth as /whosaid.
      const verbatim =
        ranking.question.asks === 'who-said' && ranking.question.quoted && ranking.question.phrase;
      return answer(
        question,
        verbatim ? whoSaidTruth(ranking, index.phraseShare(ranking.question.phrase ?? '')) : ranking,
        opts,
      );
    },
    whoSaid: (phrase, opts = {}) => {
      const ranking = index.rank(clean(phrase), { whoSaid: true });
      const found = answer(phrase, whoSaidTruth(ranking, index.phraseShare(clean(phrase))), opts);
      // The quotes shown for a phrase are those that hold it, not every quote near it.
      const wanted = words(phrase);
      for (const r of found.results) {
        r.quotes = r.quotes.filter((q) => runShare(wanted, words(q.text)) >= WHO_SAID_HOLDS);
      }
      return found;
    },
    quotes: (opts: QuotesOptions = {}) => quotesOf(index, opts, WHOLE_LIST).statements,
    quotePage: (opts, request) => quotesOf(index, opts, request),
    speakers: () => [...speakers],
    findSpeakers: (typed, limit = 25) => index.findSpeakers(typed, limit),
    sources: (): SourceSummary[] => {
      const statementCount = counted.value;
      return articles.map((a) => ({
        article: a.id,
        title: a.title,
        date: a.date,
        author: a.author,
        source: a.source,
        url: a.url,
        // Numbered as citations are: every block of the article counts.
        paragraphs: a.paragraphs.length,
        statements: statementCount.get(a.id) ?? 0,
      }));
    },
    article: (id) => byId.get(id),
    paragraph: (id, n) => byId.get(id)?.paragraphs[n - 1],
  };
}

/**
 * `/whosaid` tells the truth: when no statement holds the phrase, or a close form of it, nobody in
 * the briefing is quoted saying it, and the passages found are only related — shown without a speaker.
 */
function whoSaidTruth(ranking: Ranking, share: (s: Statement) => number): Ranking {
  if (!ranking.answered) return { ...ranking, reason: 'No one in the briefing is quoted saying this.' };
  const held = new Map<Statement, boolean>();
  const holds = (s: Statement) => {
    let yes = held.get(s);
    if (yes === undefined) {
      yes = share(s) >= WHO_SAID_HOLDS;
      held.set(s, yes);
    }
    return yes;
  };
  // A hit is cited for one of its passage's statements: when none holds the phrase, its own
  // statement (worked out from its excerpt) cannot, and is not worked out.
  const saying = ranking.hits.filter(
    (h) => h.passage.statements.some(holds) && h.statement !== null && holds(h.statement),
  );
  if (saying.length > 0) return { ...ranking, related: false, reason: null, hits: saying };
  return {
    ...ranking,
    related: true,
    reason: 'No one in the briefing is quoted saying this; the closest passages:',
    // Each hit's excerpt stays worked out on first read (a spread would read all 50 hits' excerpts).
    hits: ranking.hits.map((h) => ({
      passage: h.passage,
      score: h.score,
      get excerpt() {
        return h.excerpt;
      },
      statement: null,
      place: null,
    })),
  };
}

/** How many statements each article holds: /sources must not walk them all per article. */
function* countStatements(statements: readonly Statement[]): Generator<void, Map<string, number>> {
  const count = new Map<string, number>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    count.set(s.article, (count.get(s.article) ?? 0) + 1);
    if (i % ASSEMBLE_STEP === ASSEMBLE_STEP - 1) yield;
  }
  return count;
}

/**
 * A page of the statements of a speaker (the best match for what was typed) and about a topic: with
 * a topic, the statements of the passages the topic finds, best first; without, in briefing order.
 * Each text once.
 */
function quotesOf(index: BriefingIndex, opts: QuotesOptions, request: PageRequest): StatementPage {
  const typed = opts.speaker?.trim() ?? '';
  const found = typed ? index.findSpeakers(typed, MAX_SHARING_NAME) : [];
  const speaker: Speaker | undefined = found[0];
  if (typed && !speaker) return NO_STATEMENTS;
  const topic = opts.topic?.trim() ?? '';
  // "Harte" where the briefing quotes Rosalind and Owen Harte: both, not whichever ranks first.
  const sharing = sharingName(typed, found);
  if (sharing.length > 1 && !topic) return index.statementLists.value.inOrderOf(sharing, request);
  const name = speaker?.name ?? null;
  return topic
    ? index.statementsAbout(topic, name, request)
    : index.statementLists.value.inOrder(name, request);
}

/** The most speakers a single name typed is looked up among (a family rarely has more quoted). */
const MAX_SHARING_NAME = 8;

/** The people a single name word typed is the family name of ("Harte"), when it is several's. */
function sharingName(typed: string, found: readonly Speaker[]): string[] {
  const word = typed.toLowerCase();
  if (!/^\p{L}[\p{L}’'-]*$/u.test(typed)) return [];
  return found
    .filter((s) => s.kind === 'person' && s.name.toLowerCase().split(/\s+/u).at(-1) === word)
    .map((s) => s.name);
}

function toResult(hit: Hit, byId: Map<string, Article>): AnswerResult {
  const article = byId.get(hit.passage.article) as Article;
  const paragraph = article.paragraphs[hit.passage.paragraph - 1]?.text ?? hit.passage.text;
  const span = hit.excerpt;
  const excerpt = paragraph.slice(span.start, span.end);
  const quotes: AnswerQuote[] = [];
  let isQuote = false;
  for (const s of hit.passage.statements) {
    if (s.start >= span.end || s.end <= span.start || s.kind !== 'direct') continue;
    if (!quotes.some((q) => q.text === s.text))
      quotes.push({ text: s.text, speaker: s.speaker, place: s.place });
    const at = paragraph.indexOf(s.text, Math.max(0, s.start - 1));
    if (at >= 0 && at <= span.start && at + s.text.length >= span.end) isQuote = true;
  }
  return {
    id: `${article.id}:${hit.passage.paragraph}:${span.start}-${span.end}`,
    article: article.id,
    title: article.title,
    url: article.url,
    paragraph: hit.passage.paragraph,
    excerpt,
    clippedStart: span.clippedStart,
    clippedEnd: span.clippedEnd,
    isQuote,
    score: Math.round(hit.score * 1000) / 1000,
    speaker: hit.statement?.speaker ?? null,
    place: hit.place,
    placeSource: hit.place === null ? null : hit.statement?.place === hit.place ? 'text' : 'passage',
    dateline: article.dateline,
    quotes,
  };
}
