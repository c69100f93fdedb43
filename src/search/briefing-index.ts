/**
 * One minisearch index over the briefing's passages (sentences, with their paragraph as context) and
 * the statements in them, plus the ranking rules that turn a question into cited passages or into a
 * refusal.
 */
import MiniSearch from 'minisearch';
import { findPlaceMentions, type PlaceMention, sentenceUnits } from '../attribution/index.ts';
import { SPEECH_VERBS } from '../attribution/lexicon.ts';
import type { Speaker, Statement } from '../attribution/types.ts';
import { runSteps } from '../corpus/index.ts';
import type { Article, ParagraphKind } from '../corpus/types.ts';
import { BulkIndex, supportsBulkIndex } from './bulk-index.ts';
import { type PersistedSearch, persistSearch, restoreSearch } from './persisted-search.ts';
import { analyzeQuestion, type Lexicon, type QueryAnalysis, SpeakerDirectory } from './query.ts';
import { bestMatches, type Matches, TermScorer } from './term-scorer.ts';
import { editDistance, fold, maxTypos, STOP_WORDS, term, terms, termsOf, words } from './text.ts';
import { Vocabulary } from './vocabulary.ts';

export interface Passage {
  id: number;
  article: string;
  paragraph: number;
  kind: ParagraphKind;
  /** Offsets of the passage in its paragraph's text. */
  start: number;
  end: number;
  text: string;
  statements: Statement[];
  /** Stems of the passage, and of its whole paragraph (shared between the paragraph's passages). */
  terms: ReadonlySet<string>;
  paragraphTerms: ReadonlySet<string>;
  /** Lowercase words of the passage, in order: names, phrases, definitions. */
  words: readonly string[];
  /** Places the passage names, and the one its opening clause gives ("In Seoul, …"). */
  readonly places: { intro: string | null; all: PlaceMention[] };
}

export interface Hit {
  passage: Passage;
  score: number;
  /** The statement of the passage that answers (the named speaker's, when the question names one). */
  statement: Statement | null;
  place: string | null;
  placeSource: 'text' | 'dateline' | null;
}

/** What scoring needs of the question, worked out once per question rather than per passage. */
interface QueryContext {
  /** The words coverage is counted over (the topic, or all words when the question names only a speaker). */
  topic: string[];
  stemToTopic: Map<string, number>;
  asked: Set<string>;
  /** Places whose every word the question has, or not: a place recurs across passages. */
  askedPlaces: Map<string, boolean>;
  /** A question about what someone said (or a bare keyword query naming a person). */
  speech: boolean;
  /**
   * Adjacent stems of the question, each with the bits of its two stems among the weighed terms
   * (0 when either has none): only a passage holding both can hold the pair.
   */
  pairs: { text: string; bits: number }[];
  /** Names of the speakers the question names. */
  speakerNames: ReadonlySet<string>;
  /** Passages holding a statement by one of them. */
  spokenIn: ReadonlySet<number>;
  /** Passages that may name them (holding the stem of a word of their names); null: any may. */
  mayMention: PassageBits | null;
  /** Words of the named speakers' names, to tell a passage that names them. */
  speakerWords: string[];
  phraseWords: string[];
  /** Where each word stands in the phrase. */
  phraseAt: ReadonlyMap<string, number[]>;
  /** "What is the Quad?" → "quad". */
  definition: string | null;
  /** The topic is only how someone spoke ("promise"): any statement by the speaker touches it. */
  speechOnly: boolean;
  /** The question uses a verb of speech ("say", "warn"): a passage with a statement answers it better. */
  says: boolean;
}

interface TermWeight {
  term: string;
  idf: number;
  /** Left out of the index query: weighed on the candidates. */
  common: boolean;
}

type Scored = Hit & {
  coverage: number;
  /** Whether the passage answers the question (else it is only related). */
  answers: boolean;
  phrase: number;
};

/** Stems of the verbs of speech and stance: a topic made only of these asks what was said at all. */
const SPEECH_TERMS = new Set(
  [
    ...SPEECH_VERBS,
    'promise',
    'want',
    'hope',
    'think',
    'believe',
    'plan',
    'expect',
    'propose',
    'demand',
    'offer',
  ]
    .map((w) => term(w))
    .filter((t): t is string => t !== null),
);

export interface Ranking {
  analysis: QueryAnalysis;
  answered: boolean;
  reason: string | null;
  hits: Hit[];
}

/** A passage as the index sees it. Its paragraph and its article's title are weighed on candidates only. */
interface Doc {
  id: number;
  text: string;
  speakers: string;
  places: string;
}

const FIELDS = ['text', 'speakers', 'places'];

/** What indexing the text leaves for attaching the statements. */
interface TextBuild {
  vocabulary: Vocabulary;
  /** The index so far (null: minisearch indexes whole documents once the statements are known). */
  bulk: BulkIndex | null;
  wordsOf: (text: string) => string[];
  split: Map<string, string[]>;
}

/** The index's own options, for documents and queries that arrive after the build. */
const SEARCH_OPTIONS = {
  fields: FIELDS,
  tokenize: (s: string) => words(s),
  processTerm: (w: string) => term(w),
};

/** Questions about what someone said, as opposed to what someone did. */
const SPEECH_QUESTION =
  /\b(?:say|said|says|tell|told|think|thinks|believe|believes|call|called|describe|described|warn|warned|claim|claimed|argue|argued|hope|hoped|promise|promised|criticize|criticized|suggest|suggested|note|noted|insist|insisted|urge|urged|comment|statement|quote|quotes|position|view|react|respond)\b/iu;
const DEFINITION = /^\s*(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+)?([^?]{2,40})\??\s*$/iu;

const BOOST = { text: 2, speakers: 1.5, places: 1 };
/**
 * Weights of a question word found in the passage's paragraph, and in its article's title. They count
 * for the candidates only: indexing each paragraph beside its sentences would double the postings
 * every query walks, for words that only reorder passages the sentences already found.
 */
const CONTEXT = 1;
/**
 * Distinct stems of a paragraph whose words weigh as much as BM25's average: a long news paragraph.
 * Fixed rather than the briefing's own average, so that adding articles does not reorder old answers.
 */
const PARAGRAPH_PIVOT = 40;
const TITLE = 0.3;
/** The best candidates whose paragraphs' other sentences are candidates too ("…,” he said."). */
const SIBLINGS_OF = 60;
/** Hits given a place when the question does not rank by place: more than any page shows. */
const PLACED = 80;
/** Passages rescored per question: the best by text score, plus the named speakers' statements. */
const CANDIDATES = 300;
/** Documents indexed between two pauses of a stepwise build. */
const INDEX_CHUNK = 500;
/**
 * A term in more passages than this (and than COMMON_SHARE of them) is too common to be worth
 * walking in the index: it finds candidates no rarer term would, and costs the most. Its weight is
 * added back when candidates are rescored.
 */
const COMMON_FLOOR = 200;
const COMMON_SHARE = 0.01;
/** Honorifics are stop words for search, but typed in a speaker box they narrow the match. */
const HONORIFIC_WORDS = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Below this share of its topic words found, a passage does not answer a question. */
const MIN_COVERAGE = 0.5;
/** Below this share, a passage that does not answer is not even related. */
const RELATED = MIN_COVERAGE * 0.6;

const DATED =
  /\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:last|next|this)\s+(?:year|month|week)|yesterday|today|tomorrow|ago|since|until)\b/u;

/**
 * A passage whose words and stems are worked out when first needed: a restored index never splits
 * the thousands of passages no question reaches.
 */
class PassageRecord implements Passage {
  private cachedWords: readonly string[] | undefined;
  private cachedTerms: ReadonlySet<string> | undefined;
  private cachedPairs: ReadonlySet<string> | undefined;
  private cachedParagraphTerms: ReadonlySet<string> | undefined;
  private cachedPlaces: { intro: string | null; all: PlaceMention[] } | undefined;
  private cachedDated: boolean | undefined;

  constructor(
    readonly id: number,
    readonly article: string,
    readonly paragraph: number,
    readonly kind: ParagraphKind,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly statements: Statement[],
    private readonly paragraphTermsOf: (p: PassageRecord) => ReadonlySet<string>,
    known?: { words: readonly string[]; terms?: ReadonlySet<string> | undefined },
  ) {
    this.cachedWords = known?.words;
    this.cachedTerms = known?.terms;
  }

  get words(): readonly string[] {
    this.cachedWords ??= words(this.text);
    return this.cachedWords;
  }

  get terms(): ReadonlySet<string> {
    this.cachedTerms ??= new Set(termsOf(this.words));
    return this.cachedTerms;
  }

  get paragraphTerms(): ReadonlySet<string> {
    this.cachedParagraphTerms ??= this.paragraphTermsOf(this);
    return this.cachedParagraphTerms;
  }

  /** Places the passage names, and the one its opening clause gives ("In Seoul, …"). */
  get places(): { intro: string | null; all: PlaceMention[] } {
    this.cachedPlaces ??= { intro: introPlace(this.text), all: findPlaceMentions(this.text) };
    return this.cachedPlaces;
  }

  /** Whether the passage says when: a year, month, weekday or "last week", "ago", "until". */
  get dated(): boolean {
    this.cachedDated ??= DATED.test(this.text);
    return this.cachedDated;
  }

  /** Adjacent stems ("south korean", "human right"), for phrase proximity. */
  get pairs(): ReadonlySet<string> {
    this.cachedPairs ??= pairsOf(termsOf(this.words));
    return this.cachedPairs;
  }
}

/** A refusal, with the reason shown to the user. */
function refuse(analysis: QueryAnalysis, reason: string): Ranking {
  return { analysis, answered: false, reason, hits: [] };
}

/** Best score first; -1, 0 or 1 rather than a difference, which V8 would box for every comparison. */
function byScore(a: { score: number }, b: { score: number }): number {
  return b.score > a.score ? 1 : b.score < a.score ? -1 : 0;
}

const NO_STATEMENTS: readonly Statement[] = [];

/** How many bits are set. */
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** Question terms given a bit each: the 31 an int holds; further ones are looked up in the sets. */
const MARKED = 31;

/**
 * Bits per passage for the question being ranked: which of its terms a passage holds. Cleared for
 * the next question by moving a stamp, not by writing every passage.
 */
class PassageBits {
  private readonly stamp: Uint32Array;
  private readonly bits: Int32Array;
  private question = 0;

  constructor(passages: number) {
    this.stamp = new Uint32Array(passages);
    this.bits = new Int32Array(passages);
  }

  clear(): void {
    if (++this.question === 0xffffffff) {
      this.stamp.fill(0);
      this.question = 1;
    }
  }

  add(id: number, bits: number): void {
    if (this.stamp[id] === this.question) this.bits[id] = (this.bits[id] as number) | bits;
    else {
      this.stamp[id] = this.question;
      this.bits[id] = bits;
    }
  }

  /** Whether the passage was marked for this question (with bits or none). */
  marked(id: number): boolean {
    return this.stamp[id] === this.question;
  }

  get(id: number): number {
    return this.stamp[id] === this.question ? (this.bits[id] as number) : 0;
  }
}

/** Adjacent pairs of a stem sequence, as "a b" strings. */
function pairsOf(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

const KINDS: readonly ParagraphKind[] = ['body', 'byline', 'credit', 'title', 'heading', 'source'];

/**
 * Everything an index needs besides the articles, statements and speakers, in plain data: what a
 * persisted index stores, so that a restart skips tokenizing and indexing.
 */
export interface IndexSnapshot {
  /**
   * Per passage: article index, paragraph, kind index, start, end, statement count, then the indexes
   * of its statements. Flat numbers: they read back as one block of memory, not thousands of arrays.
   */
  passages: Int32Array;
  /** First passage and passage count of each paragraph. */
  paragraphs: Int32Array;
  /** How many passages each stem occurs in: `dfTerms[i]` in `dfCounts[i]`. */
  dfTerms: string[];
  dfCounts: Int32Array;
  /** The briefing's words and the stem of each (null for a stop word). */
  vocabulary: string[];
  vocabularyTerms: (string | null)[];
  search: PersistedSearch;
}

export class BriefingIndex {
  readonly passages: PassageRecord[] = [];
  lexicon!: Lexicon;
  private search!: MiniSearch<Doc>;
  /** The index's search over typed arrays, set up by the first question. */
  private scorer: TermScorer | undefined;
  /** Per passage, the question's weighed terms (bit j: `weights[j]`) and topic words it holds. */
  private termBits: PassageBits | undefined;
  private topicBits: PassageBits | undefined;
  /** Passages that may name the question's speakers. */
  private mentionBits: PassageBits | undefined;
  /** Passages already among the candidates. */
  private seen: PassageBits | undefined;
  private vocabularyWords: string[] = [];
  /** Passages holding each speaker's statements: candidates whatever their text scores. */
  private readonly bySpeaker = new Map<string, number[]>();
  private readonly statementWordCache = new Map<Statement, readonly string[]>();
  /** Stems of each statement's own words. */
  private readonly statementTerms = new Map<Statement, ReadonlySet<string>>();
  /** How many passages each stem occurs in. */
  private readonly df = new Map<string, number>();
  /** Byline and credit passages of each article, for "who wrote …". */
  private readonly metadata = new Map<string, number[]>();
  /** The passages of each passage's paragraph (one array shared by them), by passage id. */
  private readonly paragraphOf: (readonly number[])[] = [];
  /** Stems of each article's title. */
  private readonly titleTerms = new Map<string, ReadonlySet<string>>();
  /** The articles whose title holds each stem, gathered by the first question. */
  private titleArticles: Map<string, string[]> | undefined;
  /** Per passage, its paragraph's length normalisation once worked out (NaN before). */
  private norms: Float64Array | undefined;

  /** Stems of each paragraph (its passages' together), worked out once for all its passages. */
  private readonly paragraphTermCache = new WeakMap<readonly number[], ReadonlySet<string>>();
  private readonly paragraphTermsOf = (p: PassageRecord): ReadonlySet<string> => {
    const siblings = this.paragraphOf[p.id] ?? [p.id];
    let t = this.paragraphTermCache.get(siblings);
    if (!t) {
      const union = new Set<string>();
      for (const id of siblings) for (const s of (this.passages[id] as PassageRecord).terms) union.add(s);
      t = union;
      this.paragraphTermCache.set(siblings, t);
    }
    return t;
  };

  /**
   * Builds the index, or restores it from a snapshot of the same articles and statements
   * (`toSnapshot`), which skips tokenizing and indexing.
   */
  constructor(
    readonly articles: readonly Article[],
    readonly statements: readonly Statement[],
    readonly speakers: readonly Speaker[],
    snapshot?: IndexSnapshot,
    deferred = false,
  ) {
    if (snapshot) {
      const restored = this.restore(snapshot);
      this.search = restored.search;
      this.lexicon = restored.lexicon;
    } else if (!deferred) {
      runSteps(this.attachSteps(runSteps(this.textSteps())));
    }
  }

  /**
   * Builds the index a little at a time, yielding between articles and index chunks, so that a
   * rebuild beside a serving index leaves the event loop free (live reloads).
   */
  static async build(
    articles: readonly Article[],
    statements: readonly Statement[],
    speakers: readonly Speaker[],
    pause: () => Promise<void>,
  ): Promise<BriefingIndex> {
    const index = new BriefingIndex(articles, statements, speakers, undefined, true);
    const text = index.textSteps();
    let step = text.next();
    for (; !step.done; step = text.next()) await pause();
    const attach = index.attachSteps(step.value);
    while (!attach.next().done) await pause();
    return index;
  }

  /**
   * What needs only the articles: passages, their words and stems, the vocabulary, and the index of
   * the passages' text.
   */
  private *textSteps(): Generator<void, TextBuild> {
    const { articles } = this;
    const bulk = supportsBulkIndex() ? new BulkIndex(FIELDS) : null;
    const vocabulary = new Vocabulary();
    // Each text is split into words once; the index's tokenizer reads the same split.
    const split = new Map<string, string[]>();
    const wordsOf = (text: string) => {
      let w = split.get(text);
      if (!w) {
        w = words(text);
        split.set(text, w);
      }
      return w;
    };
    for (const article of articles) {
      yield;
      for (const w of wordsOf(article.title)) vocabulary.add(w);
      this.titleTerms.set(article.id, new Set(termsOf(wordsOf(article.title))));
      for (const p of article.paragraphs) {
        if (p.kind !== 'body' && p.kind !== 'byline' && p.kind !== 'credit') continue;
        const units = p.kind === 'body' ? sentenceUnits(p.text) : [{ start: 0, end: p.text.length }];
        // Words never cross a sentence boundary: the paragraph's words are its sentences' words.
        // Kept for minisearch's own tokenizer only when it, not the bulk index, will read them.
        const wordsOfUnit = bulk ? words : wordsOf;
        const unitWords = units.map((u) => wordsOfUnit(p.text.slice(u.start, u.end)));
        // Without a bulk index, stems are counted here; with one, its postings count them, and each
        // passage's stems are worked out when a question first reaches it.
        const paragraphTerms = bulk ? null : new Set<string>();
        for (const list of unitWords) {
          for (const w of list) {
            vocabulary.add(w);
            // "mid-February" also answers to "February".
            if (w.includes('-')) for (const part of w.split('-')) vocabulary.add(part);
          }
        }
        const firstPassage = this.passages.length;
        units.forEach((u, i) => {
          const text = p.text.slice(u.start, u.end);
          const passageWords = unitWords[i] as string[];
          const passageTerms = paragraphTerms ? new Set(termsOf(passageWords)) : undefined;
          if (passageTerms) {
            for (const t of passageTerms) {
              paragraphTerms?.add(t);
              this.df.set(t, (this.df.get(t) ?? 0) + 1);
            }
          }
          const passage = new PassageRecord(
            this.passages.length,
            article.id,
            p.n,
            p.kind,
            u.start,
            u.end,
            text,
            [],
            this.paragraphTermsOf,
            { words: passageWords, terms: passageTerms },
          );
          this.passages.push(passage);
          if (p.kind !== 'body')
            this.metadata.set(article.id, [...(this.metadata.get(article.id) ?? []), passage.id]);
          bulk?.addField(passage.id, 'text', passageWords, term);
        });
        const ids = Array.from({ length: this.passages.length - firstPassage }, (_, i) => firstPassage + i);
        for (const _ of ids) this.paragraphOf.push(ids);
        if (paragraphTerms) this.paragraphTermCache.set(ids, paragraphTerms);
      }
    }
    if (bulk) for (const [t, n] of bulk.documentFrequencies('text')) this.df.set(t, n);
    vocabulary.seal();
    this.vocabularyWords = [...vocabulary.words];
    return { vocabulary, bulk, wordsOf, split };
  }

  /**
   * What needs the statements: each passage's statements, the passages of each speaker, and the
   * speaker and place fields of the index (or, when minisearch cannot take fields late, the whole
   * index).
   */
  private *attachSteps(built: TextBuild): Generator<void, void> {
    const { statements, speakers } = this;
    const { bulk, wordsOf, split } = built;
    // Statements by article, then by paragraph number.
    const byParagraph = new Map<string, Map<number, Statement[]>>();
    for (const s of statements) {
      let paragraphs = byParagraph.get(s.article);
      if (!paragraphs) {
        paragraphs = new Map();
        byParagraph.set(s.article, paragraphs);
      }
      const list = paragraphs.get(s.paragraph);
      if (list) list.push(s);
      else paragraphs.set(s.paragraph, [s]);
    }
    const aliases = new Map(speakers.map((s) => [s.name, [s.name, ...s.aliases, ...s.roles].join(' ')]));
    const docs: Doc[] = [];
    for (const passage of this.passages) {
      if (passage.id % INDEX_CHUNK === 0) yield;
      const doc: Doc = { id: passage.id, text: passage.text, speakers: '', places: '' };
      const paraStatements = byParagraph.get(passage.article)?.get(passage.paragraph);
      const inside = paraStatements?.filter((s) => s.start < passage.end && s.end > passage.start) ?? [];
      if (inside.length > 0) {
        passage.statements.push(...inside);
        for (const name of new Set(inside.map((s) => s.speaker))) {
          const list = this.bySpeaker.get(name);
          if (list) list.push(passage.id);
          else this.bySpeaker.set(name, [passage.id]);
        }
        // A speaker's names and roles recur in every passage they speak in: split once.
        doc.speakers = [...new Set(inside.map((s) => aliases.get(s.speaker) ?? s.speaker))].join(' ');
        doc.places = [...new Set(inside.map((s) => s.place ?? ''))].join(' ');
      }
      if (bulk) {
        bulk.addField(passage.id, 'speakers', doc.speakers === '' ? [] : wordsOf(doc.speakers), term);
        bulk.addField(passage.id, 'places', doc.places === '' ? [] : wordsOf(doc.places), term);
      } else docs.push(doc);
    }
    if (bulk) {
      this.search = bulk.toMiniSearch<Doc>(SEARCH_OPTIONS);
    } else {
      // This minisearch cannot be filled in bulk: its own add(), reading the words split above.
      this.search = new MiniSearch<Doc>({
        ...SEARCH_OPTIONS,
        tokenize: (s) => split.get(s) ?? (s === '' ? [] : words(s)),
      });
      for (let i = 0; i < docs.length; i += INDEX_CHUNK) {
        this.search.addAll(docs.slice(i, i + INDEX_CHUNK));
        yield;
      }
    }
    this.lexicon = { vocabulary: built.vocabulary, directory: new SpeakerDirectory(speakers) };
    // Later documents (none today) and queries tokenize afresh.
    split.clear();
  }

  /** The index as plain data, for `new BriefingIndex(articles, statements, speakers, snapshot)`. */
  toSnapshot(): IndexSnapshot {
    const articleIndex = new Map(this.articles.map((a, i) => [a.id, i]));
    const statementIndex = new Map(this.statements.map((s, i) => [s, i]));
    const passages: number[] = [];
    for (const p of this.passages) {
      passages.push(
        articleIndex.get(p.article) as number,
        p.paragraph,
        KINDS.indexOf(p.kind),
        p.start,
        p.end,
        p.statements.length,
      );
      for (const s of p.statements) passages.push(statementIndex.get(s) as number);
    }
    const paragraphs: number[] = [];
    this.paragraphOf.forEach((ids, id) => {
      if (ids[0] === id) paragraphs.push(id, ids.length);
    });
    return {
      passages: Int32Array.from(passages),
      paragraphs: Int32Array.from(paragraphs),
      dfTerms: [...this.df.keys()],
      dfCounts: Int32Array.from(this.df.values()),
      vocabulary: this.vocabularyWords,
      vocabularyTerms: this.vocabularyWords.map((w) => term(w)),
      search: persistSearch(this.search),
    };
  }

  private restore(snapshot: IndexSnapshot): { search: MiniSearch<Doc>; lexicon: Lexicon } {
    const flat = snapshot.passages;
    for (let at = 0; at < flat.length; ) {
      const a = flat[at] as number;
      const n = flat[at + 1] as number;
      const k = flat[at + 2] as number;
      const start = flat[at + 3] as number;
      const end = flat[at + 4] as number;
      const count = flat[at + 5] as number;
      const inside: Statement[] = [];
      for (let i = 0; i < count; i++) inside.push(this.statements[flat[at + 6 + i] as number] as Statement);
      at += 6 + count;
      const article = this.articles[a] as Article;
      // Paragraph numbers count every block of the file, from 1.
      const text = article.paragraphs[n - 1]?.text.slice(start, end) ?? '';
      const passage = new PassageRecord(
        this.passages.length,
        article.id,
        n,
        KINDS[k] ?? 'body',
        start,
        end,
        text,
        inside,
        this.paragraphTermsOf,
      );
      this.passages.push(passage);
      if (passage.kind !== 'body')
        this.metadata.set(article.id, [...(this.metadata.get(article.id) ?? []), passage.id]);
      for (const s of inside) {
        const list = this.bySpeaker.get(s.speaker);
        if (!list) this.bySpeaker.set(s.speaker, [passage.id]);
        else if (list[list.length - 1] !== passage.id) list.push(passage.id);
      }
    }
    for (let i = 0; i < snapshot.paragraphs.length; i += 2) {
      const first = snapshot.paragraphs[i] as number;
      const ids = Array.from({ length: snapshot.paragraphs[i + 1] as number }, (_, j) => first + j);
      for (const _ of ids) this.paragraphOf.push(ids);
    }
    for (const a of this.articles) this.titleTerms.set(a.id, new Set(terms(a.title)));
    for (let i = 0; i < snapshot.dfTerms.length; i++)
      this.df.set(snapshot.dfTerms[i] as string, snapshot.dfCounts[i] as number);
    const vocabulary = new Vocabulary();
    for (let i = 0; i < snapshot.vocabulary.length; i++)
      vocabulary.add(snapshot.vocabulary[i] as string, snapshot.vocabularyTerms[i]);
    vocabulary.seal();
    this.vocabularyWords.push(...snapshot.vocabulary);
    const search = restoreSearch<Doc>(snapshot.search, SEARCH_OPTIONS);
    return { search, lexicon: { vocabulary, directory: new SpeakerDirectory(this.speakers) } };
  }

  /** Ranks passages for a question; `answered: false` with a reason when the briefing has no answer. */
  rank(question: string, options: { whoSaid?: boolean } = {}): Ranking {
    const analysis = analyzeQuestion(question, this.lexicon);
    if (options.whoSaid) {
      analysis.whoSaid = true;
      analysis.phrase = analysis.phrase ?? question.trim();
    }
    const refusal = this.refusal(analysis);
    if (refusal) return refuse(analysis, refusal);
    const { query, weights, allCommon } = this.splitCommon(this.searchTerms(analysis));
    this.scorer ??= new TermScorer(this.search, FIELDS, BOOST, this.passages.length);
    // Only common words: the passages holding all of them are the candidates, when there are any;
    // the union would be thousands of passages each holding one common word.
    let found = allCommon ? this.scorer.find(query, 'AND') : null;
    if (!found || found.ids.length === 0) found = this.scorer.find(query, 'OR');
    if (analysis.authorship) return this.authors(analysis, found);
    const results = this.candidates(found, analysis);
    const context = this.contextOf(analysis, results, weights);
    return this.order(analysis, results, weights, context);
  }

  /*
   * The steps of `rank`, each a method of its own: V8 optimises (and, when a question takes a path
   * it has not seen, re-optimises) small functions in a fraction of the time one large one takes.
   */

  /** Why the question cannot be answered before searching, if it cannot. */
  private refusal(analysis: QueryAnalysis): string | null {
    if (analysis.allTerms.length === 0 && !analysis.phrase) return 'The question has no words to search for.';
    if (analysis.missingSpeaker) return `The briefing quotes no one as ${analysis.missingSpeaker}.`;
    if (analysis.unknown.length > 0) return `The briefing does not mention ${analysis.unknown.join(', ')}.`;
    // Topic words the briefing never uses: most of them unknown means another subject altogether
    // (all of them, when the question names one of the briefing's speakers).
    const vocabulary = this.lexicon.vocabulary;
    const unknownTopic = analysis.terms.filter(
      (t) => vocabulary.expand(t).size === 0 && !vocabulary.isKnownWord(t),
    );
    const unknownShare = analysis.terms.length > 0 ? unknownTopic.length / analysis.terms.length : 0;
    if ((analysis.speakers.length > 0 ? unknownShare >= 1 : unknownShare > 0.5) && !analysis.phrase) {
      return 'The briefing does not cover this.';
    }
    return null;
  }

  /**
   * The terms to search. Fuzzy matching only where exact matching cannot succeed: a word the
   * briefing lacks is searched as the briefing's near spellings of it, which then count as rare or
   * common like any other term.
   */
  private searchTerms(analysis: QueryAnalysis): string[] {
    const vocabulary = this.lexicon.vocabulary;
    const searchTerms = new Set<string>();
    for (const t of [...analysis.allTerms, ...(analysis.phrase ? terms(analysis.phrase) : [])]) {
      if (vocabulary.terms.has(t) || t.length < 5) searchTerms.add(t);
      else for (const e of vocabulary.expand(t)) searchTerms.add(e);
    }
    return [...searchTerms];
  }

  /** What scoring needs of the question, and the candidates' term bits marked. */
  private contextOf(
    analysis: QueryAnalysis,
    results: readonly { id: number }[],
    weights: readonly TermWeight[],
  ): QueryContext {
    const vocabulary = this.lexicon.vocabulary;
    const definition = DEFINITION.exec(analysis.question);
    const topic = (analysis.terms.length > 0 ? analysis.terms : analysis.allTerms).slice(0, 30);
    const expansions = new Map(
      [...new Set([...analysis.terms, ...analysis.allTerms])].map((t) => [t, vocabulary.expand(t)]),
    );
    // Every stem that stands for a topic word, with the topic words it stands for (bits): a passage's
    // coverage is then one pass over its own stems.
    const stemToTopic = new Map<string, number>();
    topic.forEach((t, i) => {
      for (const e of [t, ...(expansions.get(t) ?? [])])
        stemToTopic.set(e, (stemToTopic.get(e) ?? 0) | (1 << i));
    });
    this.markTerms(results, weights, stemToTopic);
    const weightAt = new Map(weights.slice(0, MARKED).map((w, j) => [w.term, j]));
    const phraseWords = analysis.phrase ? words(analysis.phrase) : [];
    const pairs: QueryContext['pairs'] = [];
    for (const text of pairsOf(analysis.allTerms)) {
      const space = text.indexOf(' ');
      const x = weightAt.get(text.slice(0, space));
      const y = weightAt.get(text.slice(space + 1));
      pairs.push({ text, bits: x === undefined || y === undefined ? 0 : (1 << x) | (1 << y) });
    }
    const speakerWords = [
      ...new Set(analysis.speakers.flatMap((sp) => words(sp.name)).filter((w) => w.length >= 3)),
    ];
    return {
      topic,
      stemToTopic,
      asked: new Set(words(analysis.question)),
      askedPlaces: new Map(),
      speech:
        SPEECH_QUESTION.test(analysis.question) ||
        (analysis.type === 'other' && analysis.speakers.length > 0),
      pairs,
      speakerNames: new Set(analysis.speakers.map((sp) => sp.name)),
      spokenIn: new Set(analysis.speakers.flatMap((sp) => this.bySpeaker.get(sp.name) ?? [])),
      mayMention: this.holdingAny(speakerWords, 32 * results.length),
      speakerWords,
      phraseWords,
      phraseAt: positionsOf(phraseWords),
      definition: definition
        ? words(definition[1] as string)
            .filter((w) => !STOP_WORDS.has(w))
            .join(' ') || null
        : null,
      speechOnly: analysis.terms.every((t) => SPEECH_TERMS.has(t)),
      says: /\b(?:say|said|says|tell|told|think|believe|call|warn|describe)\b/iu.test(analysis.question),
    };
  }

  /** The candidates rescored and put in order: those that answer, then those related. */
  private order(
    analysis: QueryAnalysis,
    results: readonly { id: number; score: number }[],
    weights: readonly TermWeight[],
    context: QueryContext,
  ): Ranking {
    const titles = this.titleBits(weights);
    const hits: Scored[] = [];
    let scored = 0;
    for (const r of results) {
      // Only body text answers (bylines and credits answer "who wrote", above).
      if ((this.passages[r.id] as PassageRecord).kind !== 'body') continue;
      scored++;
      const h = this.score(r.id, this.addContext(r, weights, titles), analysis, context);
      if (h) hits.push(h);
    }
    if (scored === 0) return refuse(analysis, 'Nothing in the briefing matches this question.');
    // Only the passages that answer or are related were kept; sorted, they keep the order they had
    // among all (a stable sort).
    hits.sort(byScore);
    // Passages that answer come first, best score first; related ones follow for "More". A passage
    // that scores high on a few rare words but misses the question must not hide one that answers.
    const answering = hits.filter((h) => h.answers);
    if (answering.length === 0) return refuse(analysis, 'Nothing in the briefing answers this question.');
    const related = hits.filter((h) => !h.answers);
    let ranked = [...answering, ...related];
    // "Who said …": once a passage holds the whole phrase, passages sharing a word or two are noise.
    if (analysis.whoSaid && ranked.some((h) => h.phrase === 1))
      ranked = ranked.filter((h) => h.phrase >= 0.5);
    if (analysis.type !== 'where') {
      for (const h of ranked.slice(0, PLACED)) {
        const { place, placeSource } = placeOf(h.passage, h.statement, analysis, context);
        h.place = place;
        h.placeSource = placeSource;
      }
    }
    return { analysis, answered: true, reason: null, hits: ranked };
  }

  /**
   * The query to send the index (rare terms), and every term with its weight (idf) and whether it was
   * left out as common.
   */
  private splitCommon(all: string[]): { query: string[]; weights: TermWeight[]; allCommon: boolean } {
    const n = this.passages.length;
    const limit = Math.max(COMMON_FLOOR, COMMON_SHARE * n);
    const byRarity = [...all].sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0));
    const keep = byRarity.filter((t, i) => i < 2 || (this.df.get(t) ?? 0) <= limit);
    const allCommon = keep.length > 1 && keep.every((t) => (this.df.get(t) ?? 0) > limit);
    const weights = byRarity.map((t): TermWeight => {
      const df = this.df.get(t) ?? 0;
      return { term: t, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)), common: !keep.includes(t) };
    });
    return { query: keep, weights, allCommon };
  }

  /**
   * Marks, for the question being ranked, which of its weighed terms and topic words each candidate
   * and the other passages of its paragraph hold (`termBits`, `topicBits`): from the index's postings
   * when they are the shorter walk, else from each passage's stems. Either way the same bits.
   */
  private markTerms(
    candidates: readonly { id: number }[],
    weights: readonly TermWeight[],
    stemToTopic: ReadonlyMap<string, number>,
  ): void {
    const n = this.passages.length;
    this.termBits ??= new PassageBits(n);
    this.topicBits ??= new PassageBits(n);
    const { termBits, topicBits } = this;
    termBits.clear();
    topicBits.clear();
    const marked = Math.min(MARKED, weights.length);
    // From the postings: every passage holding each term, one read of an array per posting.
    const lists: { ids: Int32Array; bits: number; into: PassageBits }[] = [];
    let readable = this.scorer !== undefined;
    const hold = (t: string, bits: number, into: PassageBits) => {
      const ids = readable ? this.scorer?.holding(t, 'text') : null;
      if (ids) lists.push({ ids, bits, into });
      else readable = false;
    };
    for (let j = 0; j < marked; j++) hold((weights[j] as TermWeight).term, 1 << j, termBits);
    for (const [stem, bits] of stemToTopic) hold(stem, bits, topicBits);
    let walk = 0;
    for (const l of lists) walk += l.ids.length;
    // Else from the stems of the candidates and their paragraphs: a hash lookup per term and passage,
    // which costs about as much as a dozen postings read.
    const lookups = 2 * candidates.length * (marked + stemToTopic.size);
    if (readable && walk <= 12 * lookups) {
      for (const { ids, bits, into } of lists) {
        for (let i = 0; i < ids.length; i++) into.add(ids[i] as number, bits);
      }
      return;
    }
    const mark = (id: number) => {
      if (termBits.marked(id)) return;
      const stems = (this.passages[id] as PassageRecord).terms;
      let t = 0;
      for (let j = 0; j < marked; j++) if (stems.has((weights[j] as TermWeight).term)) t |= 1 << j;
      let c = 0;
      for (const [stem, bits] of stemToTopic) if (stems.has(stem)) c |= bits;
      termBits.add(id, t);
      topicBits.add(id, c);
    };
    for (const r of candidates) {
      mark(r.id);
      for (const id of this.paragraphOf[r.id] ?? []) mark(id);
    }
  }

  /**
   * Per passage, bit j when it holds the stem of `wordList[j]` in its text, from the postings: a passage
   * holding one of the words holds its stem. Null when that cannot tell (a stop word, no postings),
   * or when the postings are longer than `most`.
   */
  private holdingAny(wordList: readonly string[], most: number): PassageBits | null {
    if (wordList.length === 0 || wordList.length > MARKED) return null;
    const lists: Int32Array[] = [];
    let walk = 0;
    for (const w of wordList) {
      const t = term(w);
      const ids = t ? this.scorer?.holding(t, 'text') : null;
      if (!ids) return null;
      lists.push(ids);
      walk += ids.length;
    }
    // Very common name words ("foreign ministers"): reading every candidate's words costs less.
    if (walk > most) return null;
    this.mentionBits ??= new PassageBits(this.passages.length);
    const bits = this.mentionBits;
    bits.clear();
    lists.forEach((ids, j) => {
      for (let i = 0; i < ids.length; i++) bits.add(ids[i] as number, 1 << j);
    });
    return bits;
  }

  /** For each article whose title holds one of the first MARKED weighed terms, their bits. */
  private titleBits(weights: readonly TermWeight[]): Map<string, number> {
    if (!this.titleArticles) {
      this.titleArticles = new Map();
      for (const [article, stems] of this.titleTerms) {
        for (const t of stems) {
          const list = this.titleArticles.get(t);
          if (list) list.push(article);
          else this.titleArticles.set(t, [article]);
        }
      }
    }
    const out = new Map<string, number>();
    for (let j = 0; j < weights.length && j < MARKED; j++) {
      for (const article of this.titleArticles.get((weights[j] as TermWeight).term) ?? [])
        out.set(article, (out.get(article) ?? 0) | (1 << j));
    }
    return out;
  }

  /** BM25's length normalisation of a passage's paragraph, worked out once per passage. */
  private paragraphNorm(p: PassageRecord): number {
    this.norms ??= new Float64Array(this.passages.length).fill(Number.NaN);
    let norm = this.norms[p.id] as number;
    if (Number.isNaN(norm)) {
      // k1 1.2, b 0.7, one occurrence: a word in a short paragraph says more.
      norm = 2.2 / (1 + 1.2 * (0.3 + (0.7 * p.paragraphTerms.size) / PARAGRAPH_PIVOT));
      this.norms[p.id] = norm;
    }
    return norm;
  }

  /** Bits of a passage's whole paragraph: what its sentences hold together. */
  private paragraphBits(id: number, bits: PassageBits): number {
    const siblings = this.paragraphOf[id];
    if (!siblings) return bits.get(id);
    let mask = 0;
    for (let i = 0; i < siblings.length; i++) mask |= bits.get(siblings[i] as number);
    return mask;
  }

  /**
   * A candidate's score with what the index did not weigh: the common terms it holds (as the index
   * would have), and the question's words in its paragraph and its article's title.
   */
  private addContext(
    r: { id: number; score: number },
    weights: readonly TermWeight[],
    titles: ReadonlyMap<string, number>,
  ): number {
    const p = this.passages[r.id] as PassageRecord;
    const termBits = this.termBits as PassageBits;
    const inText = termBits.get(r.id);
    const inParagraph = this.paragraphBits(r.id, termBits);
    const inTitle = titles.get(p.article) ?? 0;
    const norm = this.paragraphNorm(p);
    let score = r.score;
    for (let j = 0; j < weights.length; j++) {
      const { term: t, idf, common } = weights[j] as TermWeight;
      if (j < MARKED) {
        const bit = 1 << j;
        if (common && inText & bit) score += BOOST.text * idf;
        if (inParagraph & bit) score += CONTEXT * idf * norm;
        if (inTitle & bit) score += TITLE * idf;
      } else {
        if (common && p.terms.has(t)) score += BOOST.text * idf;
        if (p.paragraphTerms.has(t)) score += CONTEXT * idf * norm;
        if (this.titleTerms.get(p.article)?.has(t)) score += TITLE * idf;
      }
    }
    return score;
  }

  /**
   * The best passages by text score, the other sentences of the best ones' paragraphs, and every
   * statement of a speaker the question names.
   */
  private candidates(found: Matches, a: QueryAnalysis): { id: number; score: number }[] {
    const top = bestMatches(found, CANDIDATES);
    this.seen ??= new PassageBits(this.passages.length);
    const seen = this.seen;
    seen.clear();
    for (const r of top) seen.add(r.id, 1);
    const best = Math.min(top.length, SIBLINGS_OF);
    for (let i = 0; i < best; i++) {
      for (const id of this.paragraphOf[(top[i] as { id: number }).id] ?? []) {
        if (seen.marked(id)) continue;
        seen.add(id, 1);
        top.push({ id, score: 0 });
      }
    }
    if (a.speakers.length === 0) return top;
    const floor = (top[Math.min(top.length, CANDIDATES) - 1]?.score ?? 1) * 0.5;
    const added = new Map<number, { id: number; score: number }>();
    for (const s of a.speakers) {
      for (const id of this.bySpeaker.get(s.name) ?? []) {
        if (top.length + added.size >= 2 * CANDIDATES) break;
        if (seen.marked(id)) continue;
        seen.add(id, 1);
        added.set(id, { id, score: floor });
      }
    }
    // Their own text scores, where the index found them below the cut.
    if (added.size > 0) {
      for (let i = 0; i < found.ids.length; i++) {
        const hit = added.get(found.ids[i] as number);
        if (hit) hit.score = found.scores[i] as number;
      }
    }
    for (const hit of added.values()) top.push(hit);
    return top;
  }

  private score(id: number, textScore: number, a: QueryAnalysis, q: QueryContext): Scored | null {
    const passage = this.passages[id] as PassageRecord;
    let phraseShare = 0;
    if (passage.kind !== 'body' && !a.authorship) return null;
    let score = textScore;
    const topic = q.topic;
    const topicBits = this.topicBits as PassageBits;
    const inText = bitCount(topicBits.get(id));
    // Words of the question that stand together in the passage too: a phrase, not a scatter.
    if (q.pairs.length > 0) {
      const held = (this.termBits as PassageBits).get(id);
      let together = 0;
      for (const p of q.pairs) if ((held & p.bits) === p.bits && passage.pairs.has(p.text)) together++;
      score *= 1 + 0.3 * Math.min(together, 3);
    }
    const inContext = bitCount(this.paragraphBits(id, topicBits));
    // Words found in the passage count fully, in its paragraph half.
    let coverage = topic.length > 0 ? (inText + 0.5 * (inContext - inText)) / topic.length : 1;
    score *= 0.25 + coverage;

    let bySpeaker = NO_STATEMENTS;
    if (a.speakers.length > 0 && q.spokenIn.has(id))
      bySpeaker = passage.statements.filter((s) => q.speakerNames.has(s.speaker));
    // Among the speaker's statements, the one whose own words carry the topic; direct quotes first.
    const pool = bySpeaker.length > 0 ? bySpeaker : passage.statements;
    let statement = pool.length < 2 ? (pool[0] ?? null) : this.bestStatement(pool, topic);
    // A bare keyword query that names a person ("blinken beijing role") asks what they said.
    const speech = q.speech;
    const mentions =
      a.speakers.length > 0 &&
      (q.mayMention === null
        ? this.mentions(passage, q.speakerWords)
        : this.mentionsAny(passage, q.speakerWords, q.mayMention.get(id)));
    if (a.speakers.length > 0) {
      if (bySpeaker.length > 0) {
        score *= speech ? 2.5 : 1.5;
        if (speech && statement && statement.kind === 'direct') score *= 1.3;
        if (speech && statement && this.topicIn(statement, topic) > 0) score *= 1.2;
        coverage = Math.max(coverage, a.terms.length === 0 ? 1 : coverage);
      } else if (mentions) {
        score *= speech ? 1.1 : 1.5;
      } else {
        score *= 0.4;
        coverage *= 0.8;
      }
    }
    // "What is the Quad?": the sentence that says what it is.
    if (q.definition) {
      const text = ` ${passage.words.join(' ')} `;
      if (['is', 'are', 'was', 'were'].some((v) => text.includes(` ${q.definition} ${v} `))) score *= 2;
    }
    if (a.whoSaid && a.phrase) {
      const overlap = overlapAt(q.phraseWords, q.phraseAt, passage.words);
      phraseShare = overlap;
      score *= 1 + 6 * overlap;
      if (passage.statements.length > 0) score *= 1.5;
      else score *= 0.7;
      coverage = Math.max(coverage, overlap);
      const quoted = passage.statements.find(
        (s) =>
          s.kind === 'direct' &&
          overlapAt(q.phraseWords, q.phraseAt, this.statementWords(s)) >= overlap * 0.9,
      );
      if (quoted) statement = quoted;
    } else if (a.phrase) {
      score *= 1 + 3 * overlapAt(q.phraseWords, q.phraseAt, passage.words);
    }
    if (a.authorship) score *= passage.kind === 'body' ? 0.3 : 4;
    if (a.speakers.length === 0 && statement && q.says) score *= 1.3;

    // Where the passage's event happened is read from its text only when it weighs in the ranking
    // (a "where" question); otherwise only for the passages shown (`withPlace`).
    let place: string | null = null;
    let placeSource: Hit['placeSource'] = null;
    if (a.type === 'where') {
      ({ place, placeSource } = placeOf(passage, statement, a, q));
      const fresh = place !== null && !placeAsked(place, q);
      score *= placeSource === 'text' && fresh ? 1.6 : 0.7;
    }
    if (a.type === 'when' && passage.dated) score *= 1.5;
    // A passage answers when it carries enough of the topic, or is a statement by the speaker the
    // question names and touches the topic at all. When the question names a speaker, a passage
    // neither by nor about them does not answer it; one by them answers if it touches the topic, or
    // if the topic is only how they spoke ("promise").
    const by = bySpeaker.length > 0;
    const answers =
      (coverage >= MIN_COVERAGE && (a.speakers.length === 0 || by || mentions)) ||
      (by && (inContext > 0 || q.speechOnly));
    // Neither answering nor related: ranked nowhere, so no hit is made of it.
    if (!answers && coverage < RELATED) return null;
    return { passage, score, statement, place, placeSource, coverage, answers, phrase: phraseShare };
  }

  /** "Who wrote the article about …": the bylines and credits of the articles the words fit best. */
  private authors(analysis: QueryAnalysis, found: Matches): Ranking {
    const byArticle = new Map<string, number>();
    for (const r of bestMatches(found, 4 * CANDIDATES)) {
      const p = this.passages[r.id];
      if (!p) continue;
      byArticle.set(p.article, (byArticle.get(p.article) ?? 0) + r.score);
    }
    // The articles the words fit, best first; with no fit at all, every article.
    const matched = [...byArticle.keys()].sort((x, y) => (byArticle.get(y) ?? 0) - (byArticle.get(x) ?? 0));
    const order = (matched.length > 0 ? matched : this.articles.map((a) => a.id)).slice(0, CANDIDATES);
    const hits: Hit[] = [];
    for (const id of order) {
      for (const pid of this.metadata.get(id) ?? []) {
        const passage = this.passages[pid] as Passage;
        hits.push({
          passage,
          score: byArticle.get(id) ?? 0,
          statement: null,
          place: null,
          placeSource: null,
        });
      }
    }
    if (hits.length === 0)
      return { analysis, answered: false, reason: 'The briefing does not say who wrote its articles.', hits };
    return { analysis, answered: true, reason: null, hits };
  }

  /** The statement whose own words carry most of the topic; a direct quote first among equals. */
  private bestStatement(pool: readonly Statement[], topic: readonly string[]): Statement | null {
    let best: Statement | null = null;
    let bestTopic = -1;
    // The first of the best, as a stable sort would put it.
    for (const s of pool) {
      const n = this.topicIn(s, topic);
      if (n > bestTopic || (n === bestTopic && s.kind === 'direct' && best?.kind !== 'direct')) {
        best = s;
        bestTopic = n;
      }
    }
    return best;
  }

  /** How many topic words a statement's own words carry. */
  private topicIn(s: Statement, topic: readonly string[]): number {
    let own = this.statementTerms.get(s);
    if (!own) {
      own = new Set(terms(s.text));
      this.statementTerms.set(s, own);
    }
    let n = 0;
    for (const t of topic) if (own.has(t)) n++;
    return n;
  }

  /** Lowercase words of a statement's own text, split once. */
  private statementWords(s: Statement): readonly string[] {
    let w = this.statementWordCache.get(s);
    if (!w) {
      w = words(s.text);
      this.statementWordCache.set(s, w);
    }
    return w;
  }

  /** `mentions`, asking only about the words whose stems the passage holds (bit j: `speakerWords[j]`). */
  private mentionsAny(passage: Passage, speakerWords: readonly string[], held: number): boolean {
    for (let j = 0; held >> j; j++)
      if (held & (1 << j) && passage.words.includes(speakerWords[j] as string)) return true;
    return false;
  }

  private mentions(passage: Passage, speakerWords: readonly string[]): boolean {
    return speakerWords.some((w) => passage.words.includes(w));
  }

  /** The briefing's speakers that a typed name, alias or role fits (autocomplete, /quotes). */
  findSpeakers(typed: string, limit = 25): Speaker[] {
    // "the Secretary of State" finds the person with the role "US Secretary of State".
    const q = fold(typed)
      .toLowerCase()
      .trim()
      .replace(/^(?:the|a|an)\s+/u, '');
    if (!q) return this.speakers.slice(0, limit);
    const qWords = words(q).filter((w) => !STOP_WORDS.has(w) || HONORIFIC_WORDS.has(w));
    const scored = this.speakers.map((s) => {
      const forms = [s.name, ...s.aliases, ...s.roles].map((f) => fold(f).toLowerCase());
      let score = 0;
      for (const f of forms) {
        if (f === q) score = Math.max(score, 100);
        else if (f.startsWith(q)) score = Math.max(score, 80);
        else if (f.includes(q)) score = Math.max(score, 60);
        const fw = words(f);
        const all = qWords.every((w) =>
          fw.some(
            (x) => x.startsWith(w) || (w.length >= 4 && editDistance(w, x, maxTypos(x)) <= maxTypos(x)),
          ),
        );
        if (all && qWords.length > 0) score = Math.max(score, 40);
      }
      return { s, score };
    });
    return scored
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || b.s.statements - a.s.statements)
      .slice(0, limit)
      .map((x) => x.s);
  }
}

/** Share of the phrase's words that appear, in order and adjacent, in the text (longest run). */
export function phraseOverlap(phrase: string, text: string): number {
  const p = words(phrase);
  return overlapAt(p, positionsOf(p), words(text));
}

/** Where each word stands in a phrase, for `overlapAt`. */
function positionsOf(p: readonly string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  p.forEach((w, j) => {
    const list = at.get(w);
    if (list) list.push(j);
    else at.set(w, [j]);
  });
  return at;
}

/**
 * Share of the phrase's words `p` in the text `t` (longest run), `at` being `positionsOf(p)`: a run
 * can only start on a word of the phrase, found by lookup rather than by comparing it with every
 * word of the phrase, and the positions are worked out once for a phrase asked against many texts.
 */
function overlapAt(p: readonly string[], at: ReadonlyMap<string, number[]>, t: readonly string[]): number {
  if (p.length === 0) return 0;
  let best = 0;
  for (let i = 0; i + best < t.length; i++) {
    const starts = at.get(t[i] as string);
    if (!starts) continue;
    for (const j of starts) {
      if (j + best >= p.length) break;
      let k = 1;
      while (i + k < t.length && j + k < p.length && t[i + k] === p[j + k]) k++;
      if (k > best) {
        best = k;
        if (best === p.length) return 1;
      }
    }
  }
  return best / p.length;
}

/**
 * Where a hit's statement was made, or its event happened: the statement's own place, else a place
 * the sentence opens with, else (for "where" questions) one it names that the question does not,
 * else the statement's dateline.
 */
function placeOf(
  passage: Passage,
  statement: Statement | null,
  a: QueryAnalysis,
  q: QueryContext,
): { place: string | null; placeSource: Hit['placeSource'] } {
  if (statement?.placeSource === 'text' && statement.place)
    return { place: statement.place, placeSource: 'text' };
  const fromText = passage.places.intro ?? (a.type === 'where' ? eventPlace(passage.places.all, q) : null);
  if (fromText) return { place: fromText, placeSource: 'text' };
  if (statement?.place) return { place: statement.place, placeSource: statement.placeSource };
  return { place: null, placeSource: null };
}

/** Whether the question already gives every word of a place ("Where in Seoul …" and "Seoul"). */
function placeAsked(place: string, q: QueryContext): boolean {
  let asked = q.askedPlaces.get(place);
  if (asked === undefined) {
    asked = words(place).every((w) => q.asked.has(w));
    q.askedPlaces.set(place, asked);
  }
  return asked;
}

/** "In Seoul, …", "Two days earlier in Tokyo, …": where the sentence's event took place. */
function introPlace(text: string): string | null {
  const comma = text.indexOf(',');
  if (comma < 0 || comma > 60) return null;
  const intro = text.slice(0, comma + 1);
  return findPlaceMentions(intro).find((p) => p.preposition !== 'to')?.place ?? null;
}

/** For "where" questions: the place the sentence names that the question does not already give. */
function eventPlace(mentions: readonly PlaceMention[], q: QueryContext): string | null {
  const places = mentions.filter((p) => !placeAsked(p.place, q));
  return places[places.length - 1]?.place ?? null;
}
