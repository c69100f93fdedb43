/**
 * The question sets `npm run eval` scores, split in two halves by article (so that a change fitted
 * on one half can be checked on the other), and the peer every set is measured against: plain
 * minisearch over the same paragraphs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import type { Briefing } from '../answer/briefing.ts';
import type { Answer, AnswerResult } from '../answer/types.ts';
import { EXCERPT } from '../search/weights.ts';
import { type EvalQuestion, normalizeForMatch, parseQuestions } from './eval.ts';

const ROOT = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const SHARED = path.resolve(ROOT, '..', 'shared');

export interface QuestionSet {
  name: string;
  /** The briefing folder. */
  seeds: string;
  questions: string;
}

/** The sets: the project's own, and (when `../shared` is beside the project) the shared ones. */
export function questionSets(): QuestionSet[] {
  const sets: QuestionSet[] = [
    { name: 'own', seeds: path.join(ROOT, 'seeds'), questions: path.join(ROOT, 'test', 'questions.jsonl') },
    {
      name: 'seed-dev',
      seeds: path.join(SHARED, 'seeds'),
      questions: path.join(SHARED, 'eval', 'questions.jsonl'),
    },
    {
      name: 'news',
      seeds: path.join(SHARED, 'polnear', 'questions-briefing'),
      questions: path.join(SHARED, 'polnear', 'questions.jsonl'),
    },
    {
      name: 'polnear-dev',
      seeds: path.join(SHARED, 'polnear', 'dev', 'briefing'),
      questions: path.join(SHARED, 'polnear', 'dev', 'questions.jsonl'),
    },
  ];
  return sets.filter((s) => existsSync(s.seeds) && existsSync(s.questions));
}

export async function readSet(set: QuestionSet): Promise<EvalQuestion[]> {
  return parseQuestions(await readFile(set.questions, 'utf8'), set.questions);
}

/**
 * Which half (0 or 1) each question belongs to: its article's place among the briefing's articles
 * in name order, odd or even. A question without an `article` belongs to the article whose text
 * holds one of its expected phrases; an unanswerable one without it alternates.
 */
export function halves(questions: readonly EvalQuestion[], briefing: Pick<Briefing, 'articles'>): number[] {
  const ids = briefing.articles.map((a) => a.id).sort();
  const texts = new Map(
    briefing.articles.map((a) => [a.id, normalizeForMatch(a.paragraphs.map((p) => p.text).join('\n'))]),
  );
  return questions.map((q, i) => {
    const own = (q as EvalQuestion & { article?: string }).article;
    const found =
      own ?? ids.find((id) => (q.expect ?? []).some((e) => texts.get(id)?.includes(normalizeForMatch(e))));
    const at = found === undefined ? i : ids.indexOf(found);
    return (at < 0 ? i : at) % 2;
  });
}

/** Longest excerpt a result may show: the engine's, so neither is judged on longer text. */
const PEER_EXCERPT = EXCERPT.maxChars;

/**
 * Plain minisearch, default options, over the briefing's body paragraphs: the simplest engine a
 * team could put behind a bot. Its excerpt is the paragraph's first `PEER_EXCERPT` characters (cut at a word),
 * since a chat reply cannot show a whole long paragraph; `wholeParagraph` scores the paragraph
 * instead, for reference.
 */
export function plainMinisearch(
  briefing: Pick<Briefing, 'articles'>,
  wholeParagraph = false,
): Pick<Briefing, 'ask'> {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: ['text'] });
  search.addAll(
    briefing.articles.flatMap((a) =>
      a.paragraphs.filter((p) => p.kind === 'body').map((p) => ({ id: `${a.id}\u0000${p.n}`, text: p.text })),
    ),
  );
  return {
    ask: (question: string, options = {}): Answer => {
      const found = search.search(question).slice(0, options.limit ?? 3);
      const results = found.map((r): AnswerResult => {
        const [article, n] = String(r.id).split('\u0000') as [string, string];
        const text = String(r.text);
        const cut = text.length <= PEER_EXCERPT ? text.length : text.lastIndexOf(' ', PEER_EXCERPT);
        return {
          id: String(r.id),
          article,
          title: article,
          url: null,
          paragraph: Number(n),
          excerpt: wholeParagraph ? text : text.slice(0, cut > 0 ? cut : PEER_EXCERPT),
          clippedStart: false,
          clippedEnd: false,
          isQuote: false,
          score: r.score,
          speaker: null,
          place: null,
          placeSource: null,
          dateline: null,
          quotes: [],
        };
      });
      return {
        question,
        answered: results.length > 0,
        related: false,
        results,
        total: results.length,
        reason: null,
      };
    },
  };
}
