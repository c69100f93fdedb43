/**
 * A fake briefing and fake streams, so the commands' parsing, output and exit codes can be tested
 * in-process without the engine.
 */
import { Readable } from 'node:stream';
import type { AskOptions, Briefing, QuotesOptions } from '../../src/answer/briefing.ts';
import type { Answer, AnswerResult } from '../../src/answer/types.ts';
import type { Statement } from '../../src/attribution/types.ts';
import type { CliIo, OpenBriefing } from '../../src/cli/args.ts';
import type { Article } from '../../src/corpus/types.ts';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

/** Streams around a given standard input (strings or bytes, chunk by chunk). */
export function fakeIo(stdin: string | Array<string | Uint8Array> = [], isTTY = false): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const chunks = typeof stdin === 'string' ? [stdin] : stdin;
  const input = Object.assign(Readable.from(chunks, { objectMode: true }), { isTTY });
  return {
    stdin: input,
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    env: {},
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

export const ARTICLE: Article = {
  id: 'harbour',
  file: 'seeds/harbour.txt',
  title: 'Harbour pilots warn of winter storms',
  date: '2024-01-09',
  source: null,
  author: 'Ana Lima',
  url: 'https://example.org/harbour',
  dateline: 'Lisbon',
  paragraphs: [
    { n: 1, text: 'Harbour pilots warn of winter storms', kind: 'title' },
    { n: 2, text: '“We will not let a single ship enter blind,” said Marta Sousa.', kind: 'body' },
  ],
  hash: '0',
};

export const STATEMENTS: Statement[] = [
  {
    id: 'harbour:2:1:0',
    speaker: 'Marta Sousa',
    role: 'chief harbour pilot',
    text: 'We will not let a single ship enter blind,',
    textStart: 0,
    textEnd: 42,
    speakerKind: 'person',
    kind: 'direct',
    place: 'Lisbon',
    placeSource: 'dateline',
    article: 'harbour',
    paragraph: 2,
    sentence: 1,
    start: 0,
    end: 62,
  },
  {
    id: 'harbour:3:1:0',
    speaker: 'Rui Costa',
    role: null,
    text: 'the new radar would be installed by March',
    textStart: 0,
    textEnd: 41,
    speakerKind: 'person',
    kind: 'indirect',
    place: null,
    placeSource: null,
    article: 'harbour',
    paragraph: 3,
    sentence: 1,
    start: 0,
    end: 50,
  },
];

function result(question: string, i: number): AnswerResult {
  return {
    id: `harbour:2:${i}`,
    article: 'harbour',
    title: ARTICLE.title,
    url: ARTICLE.url,
    paragraph: 2,
    excerpt: `Excerpt ${i + 1} for ${question}`,
    score: 10 - i,
    speaker: 'Marta Sousa',
    place: 'Lisbon',
    placeSource: 'text',
    dateline: 'Lisbon',
    clippedStart: false,
    clippedEnd: false,
    isQuote: false,
    quotes: [],
  };
}

/**
 * Answers any question with as many results as asked for (of 10 in all), echoing the question in
 * each excerpt so tests can check order; refuses questions containing "unknown"; throws on "crash".
 */
export function fakeAnswer(question: string, options: AskOptions = {}): Answer {
  if (question.includes('crash')) throw new Error('engine failure');
  if (question.includes('unknown')) {
    return {
      question,
      answered: false,
      related: false,
      results: [],
      total: 0,
      reason: 'The briefing does not mention that.',
    };
  }
  const limit = options.limit ?? 3;
  const results = Array.from({ length: Math.min(limit, 10) }, (_, i) => result(question, i));
  return { question, answered: true, related: false, results, total: 10, reason: null };
}

export interface FakeBriefing extends Briefing {
  calls: Array<{ question: string; options: AskOptions | undefined }>;
  quoteCalls: QuotesOptions[];
}

export function fakeBriefing(dir = 'seeds', articles: Article[] = [ARTICLE]): FakeBriefing {
  const calls: FakeBriefing['calls'] = [];
  const quoteCalls: QuotesOptions[] = [];
  return {
    dir,
    articles,
    statements: STATEMENTS,
    skipped: [],
    calls,
    quoteCalls,
    ask(question, options) {
      calls.push({ question, options });
      return fakeAnswer(question, options);
    },
    whoSaid: fakeAnswer,
    quotes(options = {}) {
      quoteCalls.push(options);
      const speaker = options.speaker?.toLowerCase();
      return STATEMENTS.filter((s) => speaker === undefined || s.speaker.toLowerCase().includes(speaker));
    },
    quotePage(options, { offset, limit, keep }) {
      const all = this.quotes(options);
      const kept = keep ? all.filter(keep) : all;
      return { statements: kept.slice(offset, offset + limit), total: kept.length, found: all.length };
    },
    speakers: () => [],
    findSpeakers: () => [],
    sources: () => [],
    article: (id) => articles.find((a) => a.id === id),
    paragraph: () => undefined,
  };
}

/** An `openBriefing` stand-in that records the folder asked for and can warn or fail like the real one. */
export function fakeOpen(
  briefing: Briefing = fakeBriefing(),
  behaviour: { warn?: string; fail?: string } = {},
): OpenBriefing & { dirs: string[] } {
  const dirs: string[] = [];
  const open = async (dir: string, options?: { warn?: (message: string) => void }) => {
    dirs.push(dir);
    if (behaviour.fail) throw new Error(behaviour.fail);
    if (behaviour.warn) options?.warn?.(behaviour.warn);
    return briefing;
  };
  return Object.assign(open, { dirs });
}
