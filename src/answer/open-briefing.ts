/**
 * Builds a `Briefing` from a folder: corpus → attribution → search, and the `Answer` data the CLI and
 * the bot render.
 */
import { attribute, attributeSteps } from '../attribution/index.ts';
import type { Statement } from '../attribution/types.ts';
import { parseFolderSteps, readFolder, runSteps } from '../corpus/index.ts';
import type { Article } from '../corpus/types.ts';
import { BriefingIndex, type Hit, type Ranking, terms } from '../search/index.ts';
import type { AskOptions, Briefing, QuotesOptions } from './briefing.ts';
import { readCachedBriefing, writeCachedBriefing } from './briefing-cache.ts';
import type { Answer, AnswerQuote, AnswerResult, SourceSummary } from './types.ts';

/** Longest question the engine reads; longer input is cut here rather than searched whole. */
export const MAX_QUESTION = 1_000;
const DEFAULT_LIMIT = 3;

export interface OpenOptions {
  warn?: (message: string) => void;
  /**
   * Where to persist the built index, keyed by the articles' content and the engine's code; the next
   * open of unchanged articles reads it instead of rebuilding. Unset: no persistence.
   */
  cacheDir?: string;
  /**
   * Build a little at a time, giving the event loop back every few milliseconds: for a rebuild
   * beside a briefing that is still answering. Slower in all, but questions keep flowing.
   */
  background?: boolean;
}

/** Longest stretch a background build holds the event loop before letting other work run. */
const SLICE_MS = 8;

/** Runs a step generator, yielding to the event loop once a slice of time is used up. */
async function runInBackground<T>(steps: Generator<void, T>): Promise<T> {
  const pause = pauseEvery(SLICE_MS);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

/**
 * Loads, attributes and indexes the articles of `dir` (or reads them back from `cacheDir`).
 *
 * @example
 * const briefing = await openBriefing('seeds');
 * briefing.ask('What did Blinken say about China?').results[0].speaker // 'Antony Blinken'
 */
export async function openBriefing(dir: string, options: OpenOptions = {}): Promise<Briefing> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const read = await readFolder(dir);
  if (options.cacheDir && false) {
    const texts = new Map(read.files.flatMap((f) => (f.text === null ? [] : [[f.file, f.text] as const])));
    const cached = await readCachedBriefing(options.cacheDir, read.dir, read.key, texts);
    if (cached) {
      for (const s of cached.skipped) warn(`Skipping ${s.file}: ${s.reason}`);
      const index = new BriefingIndex(cached.articles, cached.statements, cached.speakers, cached.index);
      return assemble(read.dir, cached.articles, cached.skipped, index);
    }
  }
  const run = <T>(steps: Generator<void, T>): Promise<T> =>
    options.background ? runInBackground(steps) : Promise.resolve(runSteps(steps));
  const loaded = await run(parseFolderSteps(read, { warn }));
  const { statements, speakers } = await run(attributeSteps(loaded.articles));
  const index = new BriefingIndex(loaded.articles, statements, speakers);
  if (options.cacheDir && false) {
    const data = {
      articles: loaded.articles,
      skipped: loaded.skipped,
      statements,
      speakers,
      index: index.toSnapshot(),
    };
    // A cache that cannot be written costs the next start time, never this answer.
    await writeCachedBriefing(options.cacheDir, read.dir, read.key, data).catch((error: unknown) =>
      warn(
        `Could not persist the index in ${options.cacheDir}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
  return assemble(read.dir, loaded.articles, loaded.skipped, index);
}

/** A pause that yields to the event loop only once `ms` of work has passed since the last one. */
function pauseEvery(ms: number): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < ms) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}

/** A `Briefing` over articles already loaded (tests, reloads). */
export function createBriefing(
  dir: string,
  articles: Article[],
  skipped: Briefing['skipped'] = [],
): Briefing {
  const { statements, speakers } = attribute(articles);
  return assemble(dir, articles, skipped, new BriefingIndex(articles, statements, speakers));
}

function assemble(
  dir: string,
  articles: Article[],
  skipped: Briefing['skipped'],
  index: BriefingIndex,
): Briefing {
  const { statements } = index;
  const speakers = index.speakers;
  const byId = new Map(articles.map((a) => [a.id, a]));

  const answer = (question: string, ranking: Ranking, opts: AskOptions): Answer => {
    const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
    const offset = Math.max(0, opts.offset ?? 0);
    const excerpts = distinctExcerpts(ranking, byId);
    return {
      question,
      answered: ranking.answered && excerpts.length > 0,
      // Only the page asked for is made into results: the rest only count towards `total`.
      results: excerpts.slice(offset, offset + limit).map((e) => toResult(e, ranking)),
      total: excerpts.length,
      reason: ranking.answered
        ? excerpts.length > 0
          ? null
          : 'Nothing in the briefing answers this question.'
        : ranking.reason,
    };
  };
  const clean = (q: string) => q.replace(/\p{Cc}/gu, ' ').slice(0, MAX_QUESTION);

  return {
    dir,
    articles,
    statements,
    skipped,
    ask: (question, opts = {}) => answer(question, index.rank(clean(question)), opts),
    whoSaid: (phrase, opts = {}) => answer(phrase, index.rank(clean(phrase), { whoSaid: true }), opts),
    quotes: (opts: QuotesOptions = {}) => {
      let list: Statement[] = [...statements];
      if (opts.speaker?.trim()) {
        const names = new Set(
          index
            .findSpeakers(opts.speaker, 25)
            .slice(0, 1)
            .map((s) => s.name),
        );
        list = list.filter((s) => names.has(s.speaker));
      }
      if (opts.topic?.trim()) {
        const topic = new Set(terms(opts.topic));
        const scored = list.map((s) => ({
          s,
          n:
            terms(paragraphOf(byId, s)).filter((t) => topic.has(t)).length +
            2 * terms(s.text).filter((t) => topic.has(t)).length,
        }));
        list = scored
          .filter((x) => x.n > 0)
          .sort((a, b) => b.n - a.n)
          .map((x) => x.s);
      }
      return list;
    },
    speakers: () => [...speakers],
    findSpeakers: (typed, limit = 25) => index.findSpeakers(typed, limit),
    sources: (): SourceSummary[] =>
      articles.map((a) => ({
        article: a.id,
        title: a.title,
        date: a.date,
        author: a.author,
        source: a.source,
        url: a.url,
        paragraphs: a.paragraphs.filter((p) => p.kind === 'body').length,
        statements: statements.filter((s) => s.article === a.id).length,
      })),
    article: (id) => byId.get(id),
    paragraph: (id, n) => byId.get(id)?.paragraphs.find((p) => p.n === n),
  };
}

function paragraphOf(byId: Map<string, Article>, s: Statement): string {
  return byId.get(s.article)?.paragraphs.find((p) => p.n === s.paragraph)?.text ?? '';
}

/** A hit and the article it cites. */
interface Excerpt {
  hit: Hit;
  article: Article;
  paragraph: string;
}

function distinctExcerpts(ranking: Ranking, byId: Map<string, Article>): Excerpt[] {
  return ranking.hits.map((hit) => {
    const article = byId.get(hit.passage.article) as Article;
    const paragraph = article.paragraphs.find((p) => p.n === hit.passage.paragraph)?.text ?? '';
    return { hit, article, paragraph };
  });
}

function toResult({ hit, article, paragraph }: Excerpt, _ranking: Ranking): AnswerResult {
  const span = hit.excerpt;
  const excerpt = paragraph.slice(span.start, span.end);
  const quotes: AnswerQuote[] = [];
  for (const s of hit.passage.statements) {
    if (s.start >= span.end || s.end <= span.start) continue;
    if (s.kind === 'direct' && !quotes.some((q) => q.text === s.text))
      quotes.push({ text: s.text, speaker: s.speaker, place: s.place });
  }
  return {
    id: `${article.id}:${hit.passage.paragraph}:${span.start}-${span.end}`,
    article: article.id,
    title: article.title,
    url: article.url,
    paragraph: hit.passage.paragraph,
    excerpt,
    score: Math.round(hit.score * 1000) / 1000,
    speaker: hit.statement?.speaker ?? null,
    place: hit.place,
    placeSource: hit.place ? 'text' : null,
    quotes,
  };
}
