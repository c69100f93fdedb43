/**
 * The briefing's search: one index over its passages (postings scored as minisearch scores them,
 * `postings.ts`), with what ranking keeps beside it (each passage's, sentence's and statement's token
 * ids, how many passages hold each stem, which articles do, whose statements are where), and `rank`,
 * which turns a question into cited passages, related ones, or a refusal. Everything a question
 * reads is worked out at build, in steps (`BriefingIndex.build`) so that a rebuild can yield. The
 * steps of ranking are the modules of `rank/`; their weights are in `weights.ts`.
 */
import { TITLE_WORDS } from '../attribution/lexicon.ts';
import type { Speaker, Statement } from '../attribution/types.ts';
import { runSteps } from '../corpus/index.ts';
import type { Article } from '../corpus/types.ts';
import {
  type ArticleParts,
  buildIndexParts,
  FIELDS,
  type Field,
  type IndexData,
  type TokenLists,
} from './index-data.ts';
import { Later } from './later.ts';
import { type Passage, type PassageSet, passagesOf } from './passages.ts';
import { Postings } from './postings.ts';
import { expansionOf } from './question/abbreviations.ts';
import { analyzeQuestion, isDateName, type Question } from './question/analyze.ts';
import { describedSpeaker } from './question/described.ts';
import { SpeakerMatcher } from './question/speakers.ts';
import { allCredits, authorHits, type Credits, creditsNaming, titleTerms } from './rank/authorship.ts';
import { findCandidates } from './rank/candidates.ts';
import { type QueryContext, queryContext } from './rank/context.ts';
import { slotAfter } from './rank/continuation.ts';
import { DescribedInText } from './rank/described-lookup.ts';
import { type Hit, type HitData, lazyHit } from './rank/hit.ts';
import { answerAfterQuestion, quoteAfterReport } from './rank/quotes.ts';
import { describesNoOne, type QuotedSource, quotedNowhere, refuseBefore } from './rank/refusal.ts';
import { refine, ScoreCache, type Scored, type ScoringData, scoreCandidate } from './rank/score.ts';
import { together } from './rank/together.ts';
import { type UnreportedSource, unreported } from './rank/unreported.ts';
import { NO_STATEMENTS, type PageRequest, StatementLists, type StatementPage } from './statement-pages.ts';
import { casedWords, STOP_WORDS, termsOf, words } from './text.ts';
import { holdsRun, runShare, TokenTable } from './tokens.ts';
import { Vocabulary } from './vocabulary.ts';
import { DESCRIBED, FIELD_BOOST, REFINED, REFUSAL, UNREPORTED } from './weights.ts';

export type { Hit } from './rank/hit.ts';

export interface Ranking {
  question: Question;
  /** False: refused, with `reason`. */
  answered: boolean;
  /** Answered only with the closest passages: none says what was asked. */
  related: boolean;
  reason: string | null;
  hits: Hit[];
}

/** A person's full name as typed in a question: two capitalised words or more ("Priya Hale"). */
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

/** Results worth paging through in a chat. */
const MAX_HITS = 50;

/**
 * Words for those who write and for their writing, in a question about who wrote ("Who reported the
 * story on …"): what is asked, not what the article is about.
 */
/** Family relations among the title words. */
const KINSHIP = new Set(
  'wife husband mother father daughter son sister brother widow widower grandmother grandfather aunt uncle niece nephew cousin'.split(
    ' ',
  ),
);

/** "When was … published": a question about an article's date, not about what it reports. */
const PUBLISHED_ASK = /\b(?:published|posted|written|printed|dated)\b/iu;
/** Words of such a question that name the article, not what it is about. */
const PUBLISHED_WORDS = new Set(
  'published posted written printed dated article story piece report column'.split(' '),
);

const WRITER_WORDS = new Set(
  `reporter reporters writer writers journalist journalists correspondent correspondents author authors byline
  bylines contributor contributors piece reported covered contributed edited authored writes`.split(/\s+/u),
);

/** Fewest words of a phrase of common words only ("that's all there is to it") looked for as such. */
const MIN_PHRASE = 4;

/** Whether a description of a speaker holds office or role words ("the prime minister") no quoted speaker holds. */
function describesRole(asked: string | null, holders: (offices: readonly string[]) => number): boolean {
  if (asked === null) return false;
  // "the CEO" is described as "chief executive" in the text. A relation ("her daughter") is how the
  // text introduces someone ("their daughter, Saskia, …"), seldom kept as a role: it says nothing here.
  const titles = words(asked)
    .filter((w) => TITLE_WORDS.has(w) && !KINSHIP.has(w))
    .flatMap((w) => (expansionOf(w).length > 0 ? expansionOf(w) : [w]));
  // Said only when true: when some quoted speaker holds every office word, it describes someone, if not whom.
  return titles.length > 0 && holders(titles) === 0;
}

/**
 * "Who is Quellbit's chief financial officer?": an office described in lower-case words, every one of
 * which no quoted speaker's role holds together. A name ("Who is Jane Roe?") describes no office.
 */
function describesOffice(subject: string | null, holders: (words: readonly string[]) => number): boolean {
  if (subject === null) return false;
  const cased = casedWords(subject);
  if (!cased.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return false;
  const described = cased.filter((w) => w === w.toLowerCase() && !STOP_WORDS.has(w));
  return described.length > 1 && holders(described) === 0;
}

function refused(question: Question, reason: string): Ranking {
  return { question, answered: false, related: false, reason, hits: [] };
}

/** The parts of an index worked out from its data in steps (see `BriefingIndex.open`). */
interface Parts {
  set: PassageSet;
  matcher: Later<SpeakerMatcher>;
  postings: Postings<Field>;
  vocabulary: Vocabulary;
  table: TokenTable;
  tokens: Int32Array[];
  bySpeaker: Map<string, number[]>;
}

/**
 * Statements, passages or articles read between two steps of `BriefingIndex.open`: each part of an
 * open done at once (a reload opens the index it built) held the event loop for 20–70 ms, and a
 * hundred articles' titles stemmed JIT cold about 10 ms.
 */
const STATEMENTS_PER_STEP = 500;
const PASSAGES_PER_STEP = 500;
const ARTICLES_PER_STEP = 25;

/** List i of some token lists, without a copy. */
function listOf(lists: TokenLists, i: number): Int32Array {
  return lists.ids.subarray(lists.offsets[i] as number, lists.offsets[i + 1] as number);
}

/** Each statement's token ids (views of the index data's lists), some thousands per step. */
function* statementTokenSteps(
  statements: readonly Statement[],
  lists: TokenLists,
): Generator<void, Map<Statement, Int32Array>> {
  const out = new Map<Statement, Int32Array>();
  for (const [i, s] of statements.entries()) {
    out.set(s, listOf(lists, i));
    if (i % STATEMENTS_PER_STEP === STATEMENTS_PER_STEP - 1) yield;
  }
  return out;
}

/** Each article's title terms, a few dozen articles per step. */
function* titleSteps(articles: readonly Article[]): Generator<void, ReadonlySet<string>[]> {
  const titles: ReadonlySet<string>[] = [];
  for (const [i, a] of articles.entries()) {
    titles.push(titleTerms(a.title));
    if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
  }
  return titles;
}

export class BriefingIndex implements ScoringData {
  readonly passages: Passage[];
  readonly credits: PassageSet['credits'];
  readonly vocabulary: Vocabulary;
  /**
   * Who a question names: made after the open (`later`), or by the first question that comes
   * before. Making it was half of opening a persisted index (3,500 speakers of 924 real articles),
   * and nothing of an open waits for it.
   */
  private readonly speakerMatcher: Later<SpeakerMatcher>;
  readonly tokens: Int32Array[];
  private readonly table: TokenTable;
  /** The passages' terms as typed arrays, scored as minisearch scores them: what every search reads. */
  readonly postings: Postings<Field>;
  /** Articles (by index, ascending) holding each token, title included. */
  private readonly tokenArticles: TokenLists;
  /** Passages holding a statement by each speaker. */
  private readonly bySpeaker: Map<string, number[]>;
  /** Token ids of each statement's text: made after the open (`later`), or when first read. */
  private readonly statementTokens: Later<Map<Statement, Int32Array>>;
  /** What `/quotes` lists, made after the open (`later`), or when first read. */
  readonly statementLists: Later<StatementLists>;
  private readonly hitData: HitData;
  /**
   * Each article's title terms (made after the open, or when first read), and each credit block's
   * words: what "who wrote …" reads.
   */
  private readonly titles: Later<ReadonlySet<string>[]>;
  private readonly creditWords = new Map<string, string[]>();
  /** What scoring works out per passage for one question, reused by the next (see `ScoreCache`). */
  private readonly scoreCache: ScoreCache;
  /**
   * Who a description in a question stands for, read from the passages: its people by family name
   * are worked out in a step of `open`, so the first question after a start or a reload does not.
   */
  private readonly describedLookup: DescribedInText;
  /** What `unreported` reads of the index: made once, not per question. */
  private readonly unreportedSource: UnreportedSource;
  /** What `quotedNowhere` reads of the index: made once, not per question. */
  private readonly quotedSource: QuotedSource;

  private constructor(
    readonly articles: readonly Article[],
    readonly statements: readonly Statement[],
    readonly speakers: readonly Speaker[],
    /** What the index is made of: what a persisted index stores. */
    readonly data: IndexData,
    parts: Parts,
  ) {
    this.passages = parts.set.passages;
    this.credits = parts.set.credits;
    this.speakerMatcher = parts.matcher;
    this.postings = parts.postings;
    this.vocabulary = parts.vocabulary;
    this.statementTokens = new Later(statementTokenSteps(statements, data.statementTokens));
    this.statementLists = new Later(StatementLists.build(statements, this.passages, data.statementTokens));
    this.titles = new Later(titleSteps(articles));
    this.table = parts.table;
    this.tokenArticles = data.tokenArticles;
    this.tokens = parts.tokens;
    this.bySpeaker = parts.bySpeaker;
    const sentences = data.layout.sentenceOffsets;
    this.hitData = {
      table: this.table,
      sentenceTokens: (id, i) => {
        const tokens = listOf(data.sentenceTokens, (sentences[id] as number) + i);
        return tokens.includes(-1) ? null : tokens;
      },
      statementTokens: (s) => this.statementTokens.value.get(s) ?? this.table.ofWords(words(s.text)),
    };
    for (const credits of this.credits.values())
      for (const c of credits) this.creditWords.set(c.text, words(c.text));
    this.scoreCache = new ScoreCache(this.passages.length, this.articles.length);
    this.unreportedSource = {
      tokens: this.tokens,
      table: this.table,
      neighbour: (id, step) => this.neighbour(id, step)?.id,
      holding: (stem) => this.postings.holding(stem, 'text'),
      text: (id) => (this.passages[id] as Passage).text,
      heading: (id) => {
        const article = this.articles[this.articleOf(id)];
        return `${article?.title ?? ''} ${article?.dateline ?? ''}`;
      },
      isName: (word) => this.vocabulary.isName(word),
    };
    this.quotedSource = {
      holding: this.unreportedSource.holding,
      statementsAround: (id) =>
        [this.neighbour(id, -1), this.passages[id], this.neighbour(id, 1)].flatMap(
          (p) => p?.statements ?? [],
        ),
      isName: this.unreportedSource.isName,
    };
    this.describedLookup = new DescribedInText({
      tokens: this.tokens,
      table: this.table,
      speakers: this.speakers,
      passagesWith: (stem) => this.postings.holding(stem, 'text'),
      articleHas: (id, token) => this.articleHas(id, token),
    });
  }

  /**
   * The index of the articles built in small steps (a passage or an article each), for a caller
   * that gives the event loop back between them: a rebuild beside a briefing that is still answering.
   * `made`: what the articles alone decide, made beforehand (`articleParts`, while attribution ran).
   *
   * @example const index = runSteps(BriefingIndex.build(articles, statements, speakers));
   */
  static *build(
    articles: readonly Article[],
    statements: readonly Statement[],
    speakers: readonly Speaker[],
    made?: ArticleParts,
  ): Generator<void, BriefingIndex> {
    const { data, set } = yield* buildIndexParts(articles, statements, speakers, made);
    return yield* BriefingIndex.open(articles, statements, speakers, data, set);
  }

  /** `build`, at once (tests, small briefings). */
  static create(
    articles: readonly Article[],
    statements: readonly Statement[],
    speakers: readonly Speaker[],
  ): BriefingIndex {
    return runSteps(BriefingIndex.build(articles, statements, speakers));
  }

  /**
   * The index of built or persisted data, in steps; `built`, the passages the build laid out for
   * that data. Throws when the data does not fit the articles (see `checkIndexData` for what is
   * checked before).
   */
  static *open(
    articles: readonly Article[],
    statements: readonly Statement[],
    speakers: readonly Speaker[],
    data: IndexData,
    built?: PassageSet,
  ): Generator<void, BriefingIndex> {
    const matcher = new Later(SpeakerMatcher.open(speakers, data.speakers));
    const set = built ?? (yield* passagesOf(articles, statements, data.layout));
    yield;
    const postings = yield* Postings.ofSteps(FIELDS, data.postings);
    const vocabulary = yield* Vocabulary.fromDataSteps(data.vocabulary);
    yield;
    const table = yield* TokenTable.fromKeysSteps(data.tokens);
    yield;
    const tokens: Int32Array[] = [];
    const bySpeaker = new Map<string, number[]>();
    // Indexed loops: an iterator per passage is 18,000 objects more to collect at an open.
    for (let id = 0; id < set.passages.length; id++) {
      const p = set.passages[id] as Passage;
      tokens.push(listOf(data.passageTokens, p.id));
      // Each speaker once per passage: the passage is the last one listed for a speaker already met
      // in it (no set and list made per passage: 18,000 of each at an open of 924 real articles).
      for (let k = 0; k < p.statements.length; k++) {
        const { speaker } = p.statements[k] as Statement;
        const ids = bySpeaker.get(speaker);
        if (!ids) bySpeaker.set(speaker, [p.id]);
        else if (ids[ids.length - 1] !== p.id) ids.push(p.id);
      }
      if (p.id % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    }
    yield;
    const parts = { set, matcher, postings, vocabulary, table, tokens, bySpeaker };
    return new BriefingIndex(articles, statements, speakers, data, parts);
  }

  /**
   * What the open left for later, to be run while the event loop is idle (`settle`): each part is
   * made at once instead if a question needs it first. The speaker matcher comes first (every
   * question reads it), then who a description stands for: any question that describes a speaker
   * reads it.
   */
  later(): Later<unknown>[] {
    return [
      this.speakerMatcher,
      this.describedLookup.later,
      ...this.vocabulary.later(),
      this.titles,
      this.statementTokens,
      this.statementLists,
    ];
  }

  get matcher(): SpeakerMatcher {
    return this.speakerMatcher.value;
  }

  /** The text of a passage's paragraph, by the passage's article and number. */
  private paragraphOf(p: Passage): string {
    return this.articles[this.articleOf(p.id)]?.paragraphs[p.paragraph - 1]?.text ?? '';
  }

  isStop = (token: number): boolean => this.table.isStop(token);

  neighbour(id: number, step: -1 | 1): Passage | null {
    const p = this.passages[id + step];
    return p && p.article === (this.passages[id] as Passage).article ? p : null;
  }

  articleOf(id: number): number {
    return this.data.layout.article[id] as number;
  }

  articleHas(id: number, token: number): boolean {
    const { offsets, ids } = this.tokenArticles;
    if (token < 0 || token >= this.table.size) return false;
    const article = this.data.layout.article[id] as number;
    // The token's articles are in ascending order: a binary search.
    let lo = offsets[token] as number;
    let hi = offsets[token + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ids[mid] as number) < article) lo = mid + 1;
      else hi = mid;
    }
    return lo < (offsets[token + 1] as number) && ids[lo] === article;
  }

  /**
   * The share of a phrase a statement holds as one run of words (as `runShare` reads words), from
   * the token ids worked out at build: no statement's text is split per question.
   */
  phraseShare(phrase: string): (s: Statement) => number {
    const wanted = this.table.ofWords(words(phrase));
    return (s) => runShare(wanted, this.tokensOfStatement(s));
  }

  tokensOfStatement(s: Statement): Int32Array {
    return this.hitData.statementTokens(s);
  }

  holding(stem: string): Int32Array {
    return this.postings.holding(stem, 'text');
  }

  namesInFull(id: number, speaker: string): boolean {
    const name = this.table.ofWords(words(speaker));
    return holdsRun(name, this.tokens[id] as Int32Array);
  }

  firstWith(id: number, token: number): boolean {
    if (!(this.tokens[id] as Int32Array).includes(token)) return false;
    for (let p = this.neighbour(id, -1); p; p = this.neighbour(p.id, -1)) {
      if ((this.tokens[p.id] as Int32Array).includes(token)) return false;
    }
    return true;
  }

  /**
   * Ranks the briefing's passages for a question.
   *
   * @example index.rank('What did Blinken say about China?').hits[0].statement?.speaker // 'Antony Blinken'
   */
  rank(text: string, options: { whoSaid?: boolean } = {}): Ranking {
    const question = analyzeQuestion(text, { vocabulary: this.vocabulary, speakers: this.matcher });
    if (options.whoSaid) {
      question.asks = 'who-said';
      question.phrase = question.text;
      question.quoted = true;
    }
    this.resolveDescribed(question);
    // "Who are the reporters of the story on the quad?": who writes is asked, the rest is the topic.
    if (question.asks === 'author') question.terms = question.terms.filter((t) => !WRITER_WORDS.has(t.word));
    // "When was the museum article published?": the date the article's header prints.
    const published = question.asks === 'when' && PUBLISHED_ASK.test(question.text);
    if (published) question.terms = question.terms.filter((t) => !PUBLISHED_WORDS.has(t.word));
    if (question.asks === 'author' && question.terms.length === 0 && !question.phrase) {
      const hits = allCredits(this.articles, this.credits, MAX_HITS);
      if (hits.length === 0) return refused(question, 'The briefing does not say who wrote its articles.');
      return { question, answered: true, related: false, reason: null, hits };
    }
    const early = refuseBefore(question);
    if (early) return refused(question, early);
    const ctx = queryContext(
      question,
      (t) => this.postings.count(t, 'text'),
      this.passages.length,
      this.table,
    );
    // "Who said “That’s all there is to it”?": a phrase of common words only is looked for word for word.
    const phraseOnly = ctx.all.length === 0 && ctx.phrase.length >= MIN_PHRASE && !ctx.phrase.includes(-1);
    if (ctx.all.length === 0 && !phraseOnly)
      return refused(question, 'The question has no words the briefing uses.');
    const candidates = phraseOnly
      ? this.holdingPhrase(ctx.phrase)
      : findCandidates(this.postings, ctx, this.bySpeaker);
    // The header lines (bylines and credits, or dates) of the articles the question fits best.
    const headerHits = (lines: Credits) =>
      authorHits(ctx, candidates, this.passages, this.articles, this.titles.value, lines, MAX_HITS);
    if (published) {
      const hits = headerHits(this.dateLines());
      if (hits.length > 0) return { question, answered: true, related: false, reason: null, hits };
    }
    if (question.asks === 'author') {
      const hits = headerHits(this.credits);
      if (hits.length === 0) return refused(question, 'The briefing does not say who wrote those articles.');
      return { question, answered: true, related: false, reason: null, hits };
    }
    if (question.asks === 'who-is' && question.subject) {
      const credited = creditsNaming(
        question.subject,
        this.credits,
        MAX_HITS,
        (text) => this.creditWords.get(text) ?? words(text),
      );
      if (credited.length > 0 && !this.together(ctx.all.map((t) => t.stems))) {
        return { question, answered: true, related: false, reason: null, hits: credited };
      }
    }
    const noOne = describesNoOne(
      question,
      (stems) => this.together(stems),
      (stems) => this.inOneArticle(stems),
    );
    if (noOne) return refused(question, noOne);
    const unquoted = quotedNowhere(question, this.quotedSource);
    if (unquoted) return refused(question, unquoted);
    return this.order(ctx, candidates);
  }

  /** The candidates scored, the best refined, and the question answered, related or refused. */
  private order(ctx: QueryContext, candidates: ReadonlyMap<number, number>): Ranking {
    const { question } = ctx;
    const first: Scored[] = [];
    const cache = this.scoreCache.next(ctx, this);
    candidates.forEach((textScore, id) => {
      first.push(scoreCandidate(id, textScore, ctx, this, cache));
    });
    // Best first, ties in passage order. Each comparator returns small integers, and each loop over
    // these lists reads by index: a comparator returning a difference of scores hands the sort a
    // fraction boxed on the heap, and a `for … of` here allocated an iterator's results (about 8 MB
    // in all over 564 questions, a young generation's collection sooner every few dozen).
    first.sort((a, b) => (a.score < b.score ? 1 : a.score > b.score ? -1 : a.id - b.id));
    const refined = first.slice(0, REFINED).map((s) => refine(s, ctx, this));
    refined.sort((a, b) => (a.score < b.score ? 1 : a.score > b.score ? -1 : a.id - b.id));
    for (let i = REFINED; i < first.length; i++) refined.push(first[i] as Scored);
    const scored = answerAfterQuestion(quoteAfterReport(slotAfter(refined, ctx, this), ctx, this), this);
    const best = scored[0];
    if (!best || best.support < REFUSAL.related)
      return refused(question, 'Nothing in the briefing answers this question.');
    // "What did the Japanese prime minister say": nobody the briefing quotes is described so, so the
    // passages found can only be related, however many of the words they share.
    const unheld =
      question.speakers.length === 0 &&
      (describesRole(question.speakerAsked, (w) => this.matcher.roleHolders(w)) ||
        (question.asks === 'who-is' &&
          describesOffice(question.subject, (w) => this.matcher.roleHolders(w))));
    // "What did Roe say on Wednesday?" where no passage names a Wednesday: the closest are related.
    const undated = question.terms.some((t) => t.unknown && isDateName(t.word));
    // "What did Priya Hale say?" where no statement is Priya Hale's (her name is on a contact line):
    // whatever passage names her, it reports nothing she said.
    const asked = question.speakerAsked ?? '';
    const unquoted =
      question.asks === 'said' &&
      question.speakers.length === 0 &&
      FULL_NAME.test(asked) &&
      // Not when a speaker bears the family name ("Mary J. Blige" for the Blige quoted).
      this.matcher.match(asked.split(/\s+/u).pop() ?? '').length === 0 &&
      // Nor a body whose people are quoted ("What did Harbour Analytics say?" of its economist).
      this.matcher.roleHolders(words(asked)) === 0;
    const related = best.support < REFUSAL.answers || unheld || undated || unquoted;
    const ranked = scored.slice(0, UNREPORTED.outcomeRead).map((s) => s.id);
    const unsaid = unreported(question, ranked, this.unreportedSource, { related });
    if (unsaid) return refused(question, unsaid);
    // "More" shows passages related to the question: holding a fair share of what the best one holds.
    const floor = Math.max(REFUSAL.related, best.support * REFUSAL.moreShare);
    const hits: Hit[] = [];
    for (let i = 0; i < scored.length; i++) {
      const s = scored[i] as Scored;
      if (hits.length >= MAX_HITS) break;
      if (s.support < floor) continue;
      const passage = this.passages[s.id] as Passage;
      hits.push(lazyHit(passage, s.score, this.paragraphOf(passage), ctx, this.hitData));
    }
    const described = (
      question.speakerAsked ??
      (question.asks === 'who-is' ? question.subject : null) ??
      ''
    ).replace(/^(?:the|a|an)\s+/iu, 'the ');
    return {
      question,
      answered: true,
      related,
      reason: unheld
        ? `No one the briefing quotes is described as ${described}; the closest:`
        : related
          ? 'No passage says this exactly; the closest:'
          : null,
      hits,
    };
  }

  /** A speaker the question describes as the text introduces them becomes the speaker asked about. */
  private resolveDescribed(question: Question): void {
    const found = describedSpeaker(question, this.describedLookup);
    if (!found) return;
    question.speakers = [{ speaker: found.speaker, score: DESCRIBED.score, words: [] }];
    for (const t of found.terms) t.speaker = true;
  }

  /** Passages holding a phrase whole (every passage read: only for phrases of common words). */
  private holdingPhrase(phrase: Int32Array): Map<number, number> {
    const out = new Map<number, number>();
    this.tokens.forEach((tokens, id) => {
      if (holdsRun(phrase, tokens)) out.set(id, 1);
    });
    return out;
  }

  /** Each article's header line printing its date, where it has one: what "when was it published" cites. */
  private dateLinesMade: Map<string, { paragraph: number; text: string }[]> | null = null;

  private dateLines(): Map<string, { paragraph: number; text: string }[]> {
    if (this.dateLinesMade) return this.dateLinesMade;
    const lines = new Map<string, { paragraph: number; text: string }[]>();
    for (const a of this.articles) {
      if (!a.date) continue;
      const year = a.date.slice(0, 4);
      // A line of the header (not the body, nor the title) printing the date's year.
      const line = a.paragraphs.find(
        (p) => (p.kind === 'heading' || p.kind === 'byline') && p.text.includes(year),
      );
      if (line) lines.set(a.id, [{ paragraph: line.n, text: line.text }]);
    }
    this.dateLinesMade = lines;
    return lines;
  }

  /** Whether one article (its title and dateline included) holds a stem of each list. */
  private inOneArticle(lists: readonly (readonly string[])[]): boolean {
    const { offsets, ids } = this.tokenArticles;
    let common: Set<number> | null = null;
    for (const stems of lists) {
      const here = new Set<number>();
      for (const stem of stems) {
        const token = this.table.ofStem(stem);
        if (token === undefined) continue;
        for (let k = offsets[token] as number; k < (offsets[token + 1] as number); k++)
          if (common === null || common.has(ids[k] as number)) here.add(ids[k] as number);
      }
      common = here;
      if (common.size === 0) return false;
    }
    return true;
  }

  /** Whether some passage, with its neighbours, holds a stem of each list (see `rank/together.ts`). */
  private together(lists: readonly (readonly string[])[]): boolean {
    return together(lists, {
      holding: (stem) => this.postings.holding(stem, 'text'),
      tokens: this.tokens,
      tokenOf: (stem) => this.table.ofStem(stem),
      neighbour: (id, step) => this.neighbour(id, step)?.id,
    });
  }

  /**
   * A page of the statements (of a speaker, when not null) about a topic: those of the passages
   * the topic's stems find, best first (see `StatementLists.about`).
   */
  statementsAbout(topic: string, speaker: string | null, request: PageRequest): StatementPage {
    const stems = [...new Set(termsOf(words(topic)))].flatMap((t) =>
      this.vocabulary.terms.has(t) ? [t] : [...this.vocabulary.expand(t)],
    );
    if (stems.length === 0) return NO_STATEMENTS;
    const wanted = new Set<number>();
    for (const stem of stems) {
      const id = this.table.ofStem(stem);
      if (id !== undefined) wanted.add(id);
    }
    const lists = this.statementLists.value;
    const matches = this.postings.search({ terms: stems, fields: ['text', 'speakers'], boost: FIELD_BOOST });
    return lists.about(matches, [...wanted], speaker, request);
  }

  /** The briefing's speakers that a typed name, alias or role fits (autocomplete, /quotes). */
  findSpeakers(typed: string, limit = 25): Speaker[] {
    const text = typed.trim();
    if (text === '') return this.speakers.slice(0, limit);
    const found = this.matcher
      .typedName(text)
      .slice(0, limit)
      .map((m) => m.speaker);
    // "minister", "the mayor": every quoted holder of the office, to choose from.
    return found.length > 0 ? found : this.matcher.officeHoldersTyped(text).slice(0, limit);
  }
}
