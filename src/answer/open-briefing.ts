/**
 * Builds a `Briefing` from a folder: corpus → attribution → search, and the `Answer` data the CLI and
 * the bot render.
 */
import { attribute } from '../attribution/index.ts';
import type { Statement } from '../attribution/types.ts';
import { loadArticles } from '../corpus/index.ts';
import type { Article } from '../corpus/types.ts';
import { BriefingIndex, type Hit, phraseOverlap, type Ranking, terms, words } from '../search/index.ts';
import type { AskOptions, Briefing, QuotesOptions } from './briefing.ts';
import { excerptSpan } from './excerpt.ts';
import type { Answer, AnswerResult, SourceSummary } from './types.ts';

/** Longest question the engine reads; longer input is cut here rather than searched whole. */
export const MAX_QUESTION = 1_000;
const DEFAULT_LIMIT = 3;

/**
 * Loads, attributes and indexes the articles of `dir`.
 *
 * @example
 * const briefing = await openBriefing('seeds');
 * briefing.ask('What did Blinken say about China?').results[0].speaker // 'Antony Blinken'
 */
export async function openBriefing(
  dir: string,
  options: { warn?: (message: string) => void } = {},
): Promise<Briefing> {
  const loaded = await loadArticles(dir, options.warn ? { warn: options.warn } : {});
  return createBriefing(loaded.dir, loaded.articles, loaded.skipped);
}

/** A `Briefing` over articles already loaded (tests, reloads). */
export function createBriefing(
  dir: string,
  articles: Article[],
  skipped: Briefing['skipped'] = [],
): Briefing {
  const { statements, speakers } = attribute(articles);
  const index = new BriefingIndex(articles, statements, speakers);
  const byId = new Map(articles.map((a) => [a.id, a]));

  const answer = (question: string, ranking: Ranking, opts: AskOptions): Answer => {
    const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
    const offset = Math.max(0, opts.offset ?? 0);
    const results = dedupe(ranking.hits).map((h) => toResult(h, byId, ranking));
    return {
      question,
      answered: ranking.answered && results.length > 0,
      results: results.slice(offset, offset + limit),
      total: results.length,
      reason: ranking.answered
        ? results.length > 0
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

/** One result per sentence: a passage that another result's excerpt already shows is dropped. */
function dedupe(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.passage.article}:${h.passage.paragraph}:${h.passage.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toResult(hit: Hit, byId: Map<string, Article>, ranking: Ranking): AnswerResult {
  const article = byId.get(hit.passage.article) as Article;
  const paragraph = article.paragraphs.find((p) => p.n === hit.passage.paragraph)?.text ?? hit.passage.text;
  const focus = ranking.analysis.phrase
    ? [ranking.analysis.phrase]
    : words(ranking.analysis.question).filter((w) => w.length > 3);
  const span = excerptSpan(paragraph, hit.passage, focus);
  const excerpt = paragraph.slice(span.start, span.end);
  const inExcerpt = article ? statementsIn(hit, span) : [];
  const statement = hit.statement;
  const quotes = inExcerpt
    .filter((s) => s.kind === 'direct')
    .filter((s, i, all) => all.findIndex((x) => x.text === s.text) === i)
    .map((s) => ({ text: s.text, speaker: s.speaker, place: s.place }));
  if (ranking.analysis.phrase && ranking.analysis.whoSaid) {
    quotes.sort(
      (a, b) =>
        phraseOverlap(ranking.analysis.phrase as string, b.text) -
        phraseOverlap(ranking.analysis.phrase as string, a.text),
    );
  }
  return {
    id: `${article.id}:${hit.passage.paragraph}:${span.start}`,
    article: article.id,
    title: article.title,
    url: article.url,
    paragraph: hit.passage.paragraph,
    excerpt,
    score: Math.round(hit.score * 1000) / 1000,
    speaker: statement?.speaker ?? null,
    place: hit.place,
    placeSource: hit.place ? hit.placeSource : null,
    quotes,
  };
}

function statementsIn(hit: Hit, span: { start: number; end: number }): Statement[] {
  return hit.passage.statements.filter((s) => s.start < span.end && s.end > span.start);
}
