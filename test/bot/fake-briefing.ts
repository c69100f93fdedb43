/**
 * A `Briefing` built from plain data, so the bot's routing and rendering are tested without the engine.
 */
import type { AskOptions, Briefing, QuotesOptions } from '../../src/answer/briefing.ts';
import type { Answer, AnswerResult, SourceSummary } from '../../src/answer/types.ts';
import type { Speaker, Statement } from '../../src/attribution/types.ts';
import type { Article } from '../../src/corpus/types.ts';

export const ARTICLE: Article = {
  id: 'harbour',
  file: 'seeds/harbour.txt',
  title: 'Harbour pilots warn of winter storms',
  date: '2024-01-09',
  source: 'Coastal Times',
  author: 'Ana Lima',
  url: 'https://example.org/harbour',
  dateline: 'Lisbon',
  paragraphs: [
    { n: 1, text: 'Harbour pilots warn of winter storms', kind: 'title' },
    {
      n: 2,
      text: '“We will not let a single ship enter blind,” said Marta Sousa, the chief pilot.',
      kind: 'body',
    },
    { n: 3, text: 'Rui Costa said the new radar would be installed by March.', kind: 'body' },
  ],
  hash: '0',
};

export function result(overrides: Partial<AnswerResult> = {}, i = 0): AnswerResult {
  const paragraph = overrides.paragraph ?? 2 + (i % 2);
  return {
    id: `harbour:${paragraph}:${i}`,
    article: 'harbour',
    title: ARTICLE.title,
    url: ARTICLE.url,
    paragraph,
    excerpt: `“We will not let a single ship enter blind,” said Marta Sousa (${i + 1}).`,
    score: 10 - i,
    speaker: 'Marta Sousa',
    place: 'Lisbon',
    placeSource: 'text',
    dateline: 'Lisbon',
    clippedStart: false,
    clippedEnd: false,
    isQuote: false,
    quotes: [{ text: 'We will not let a single ship enter blind,', speaker: 'Marta Sousa', place: 'Lisbon' }],
    ...overrides,
  };
}

export const STATEMENTS: Statement[] = [
  {
    id: 'harbour:2:1:0',
    speaker: 'Marta Sousa',
    role: 'chief pilot',
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
    end: 80,
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
    end: 57,
  },
];

export const SPEAKERS: Speaker[] = [
  {
    name: 'Marta Sousa',
    kind: 'person',
    aliases: ['Sousa', 'Ms. Sousa'],
    roles: ['chief pilot'],
    statements: 1,
  },
  { name: 'Rui Costa', kind: 'person', aliases: ['Costa'], roles: [], statements: 1 },
];

export interface FakeBriefingData {
  /** Every result the briefing has for any answerable question, best first. */
  results?: AnswerResult[];
  /** Questions matching this are not covered. */
  uncovered?: RegExp;
  statements?: Statement[];
  speakers?: Speaker[];
  articles?: Article[];
}

export interface FakeBriefing extends Briefing {
  /** Every `ask`/`whoSaid` call, to check paging. */
  calls: Array<{ method: 'ask' | 'whoSaid'; question: string; options: AskOptions | undefined }>;
}

export function fakeBriefing(data: FakeBriefingData = {}): FakeBriefing {
  const results = data.results ?? [0, 1, 2, 3, 4].map((i) => result({}, i));
  const uncovered = data.uncovered ?? /weather on mars/i;
  const statements = data.statements ?? STATEMENTS;
  const speakers = data.speakers ?? SPEAKERS;
  const articles = data.articles ?? [ARTICLE];
  const calls: FakeBriefing['calls'] = [];

  const answer = (method: 'ask' | 'whoSaid', question: string, options?: AskOptions): Answer => {
    calls.push({ method, question, options });
    if (uncovered.test(question)) {
      return {
        question,
        answered: false,
        related: false,
        results: [],
        total: 0,
        reason: 'No article mentions that.',
      };
    }
    const offset = options?.offset ?? 0;
    const limit = options?.limit ?? 3;
    return {
      question,
      answered: results.length > 0,
      related: false,
      results: results.slice(offset, offset + limit),
      total: results.length,
      reason: results.length > 0 ? null : 'Nothing found.',
    };
  };
  const matches = (speaker: Speaker, typed: string) => {
    const t = typed.toLowerCase();
    return [speaker.name, ...speaker.aliases, ...speaker.roles].some((form) =>
      form.toLowerCase().includes(t),
    );
  };

  const quotes = (options: QuotesOptions = {}) =>
    statements.filter((s) => {
      const speaker = speakers.find((sp) => sp.name === s.speaker);
      const bySpeaker = !options.speaker || (speaker !== undefined && matches(speaker, options.speaker));
      const byTopic = !options.topic || s.text.toLowerCase().includes(options.topic.toLowerCase());
      return bySpeaker && byTopic;
    });

  return {
    dir: 'fake',
    articles,
    statements,
    skipped: [],
    calls,
    ask: (question, options) => answer('ask', question, options),
    whoSaid: (phrase, options) => answer('whoSaid', phrase, options),
    quotes,
    quotePage: (options, { offset, limit, keep }) => {
      const all = quotes(options);
      const kept = keep ? all.filter(keep) : all;
      return { statements: kept.slice(offset, offset + limit), total: kept.length, found: all.length };
    },
    speakers: () => speakers,
    findSpeakers: (typed, limit = 25) => speakers.filter((s) => matches(s, typed)).slice(0, limit),
    sources: (): SourceSummary[] =>
      articles.map((a) => ({
        article: a.id,
        title: a.title,
        date: a.date,
        author: a.author,
        source: a.source,
        url: a.url,
        paragraphs: a.paragraphs.length,
        statements: statements.filter((s) => s.article === a.id).length,
      })),
    article: (id) => articles.find((a) => a.id === id),
    paragraph: (id, n) => articles.find((a) => a.id === id)?.paragraphs.find((p) => p.n === n),
  };
}
