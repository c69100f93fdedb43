/**
 * The briefing's search: one minisearch index over its passages, with what ranking keeps beside it
 * (how many passages hold each stem, which articles do, whose statements are where), and `rank`,
 * which turns a question into cited passages, related ones, or a refusal.
 */
import MiniSearch from 'minisearch';
import { TITLE_WORDS } from '../attribution/lexicon.ts';
import type { Speaker, Statement } from '../attribution/types.ts';
import type { Article } from '../corpus/types.ts';
import { buildPassages, type Passage, type PassageSet, type Span } from './passages.ts';
import { analyzeQuestion, type Question } from './question/analyze.ts';
import { type SpeakerMatch, SpeakerMatcher } from './question/speakers.ts';
import { queryContext, type QueryContext } from './rank/context.ts';
import { chooseExcerpt, type Excerpt } from './rank/excerpt.ts';
import { hasCause, hasDate, hasNumber, introduces, newPlace, openingPlace } from './rank/features.ts';
import { phraseOverlap } from './rank/phrase.ts';
import { describesNoOne, refuseBefore } from './rank/refusal.ts';
import { casedWords, STOP_WORDS, termsOf, words } from './text.ts';
import { Vocabulary } from './vocabulary.ts';
import { ASKS, BM25, CANDIDATES, CONTEXT, COVERAGE, FIELD_BOOST, PHRASE, REFUSAL, SENTENCE, SPEAKER, SPEECH } from './weights.ts';

export interface Hit {
  passage: Passage;
  score: number;
  /** The excerpt shown, as offsets in the paragraph. */
  excerpt: Excerpt;
  /** The statement the excerpt is cited for (its speaker is the result's speaker). */
  statement: Statement | null;
  /** Where the statement was made, or, for a "where" question, the place the excerpt names. */
  place: string | null;
}

export interface Ranking {
  question: Question;
  /** False: refused, with `reason`. */
  answered: boolean;
  /** Answered only with the closest passages: none says what was asked. */
  related: boolean;
  reason: string | null;
  hits: Hit[];
}

interface Doc {
  id: number;
  text: string;
  speakers: string;
}

/** Results worth paging through in a chat. */
const MAX_HITS = 50;

/** Whether a description of a speaker holds an office or a role word ("the prime minister"). */
function describesRole(asked: string | null): boolean {
  return asked !== null && words(asked).some((w) => TITLE_WORDS.has(w));
}

export class BriefingIndex {
  readonly passages: Passage[];
  readonly credits: PassageSet['credits'];
  readonly vocabulary = new Vocabulary();
  readonly matcher: SpeakerMatcher;
  private readonly search: MiniSearch<Doc>;
  /** Passages holding each stem. */
  private readonly df = new Map<string, number>();
  /** Articles (by index) holding each stem, title included. */
  private readonly articlesOf = new Map<string, number[]>();
  private readonly articleIndex = new Map<string, number>();
  /** Passages holding a statement by each speaker. */
  private readonly bySpeaker = new Map<string, number[]>();
  /** Stems of each passage, worked out when first needed. */
  private readonly stemCache: (ReadonlySet<string> | undefined)[] = [];
  private readonly paragraphs = new Map<string, string>();

  constructor(
    readonly articles: readonly Article[],
    readonly statements: readonly Statement[],
    readonly speakers: readonly Speaker[],
  ) {
    const set = buildPassages(articles, statements);
    this.passages = set.passages;
    this.credits = set.credits;
    this.matcher = new SpeakerMatcher(speakers);
    articles.forEach((a, i) => {
      this.articleIndex.set(a.id, i);
      for (const p of a.paragraphs) this.paragraphs.set(`${a.id}\u0000${p.n}`, p.text);
      for (const w of words(a.title)) this.vocabulary.add(w);
      // Who wrote it is in the briefing too: "Who is Jane Doe?" of a byline is not a refusal.
      for (const c of this.credits.get(a.id) ?? []) {
        for (const w of words(c.text)) this.vocabulary.add(w);
        for (const w of casedWords(c.text)) this.vocabulary.noteCase(w);
      }
    });
    const aliases = new Map(speakers.map((s) => [s.name, [s.name, ...s.aliases, ...s.roles].join(' ')]));
    const docs: Doc[] = [];
    const articleStems = new Map<number, Set<string>>();
    for (const p of this.passages) {
      const list = words(p.text);
      for (const w of list) {
        this.vocabulary.add(w);
        // "mid-February" and "Son-hui" also answer to "February" and "hui".
        if (w.includes('-')) for (const part of w.split('-')) if (part) this.vocabulary.add(part);
      }
      for (const w of casedWords(p.text)) this.vocabulary.noteCase(w);
      const stems = new Set(termsOf(list));
      for (const t of stems) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      const a = this.articleIndex.get(p.article) as number;
      let own = articleStems.get(a);
      if (!own) articleStems.set(a, (own = new Set()));
      for (const t of stems) own.add(t);
      const names = new Set(p.statements.map((s) => s.speaker));
      for (const name of names) {
        const ids = this.bySpeaker.get(name);
        if (ids) ids.push(p.id);
        else this.bySpeaker.set(name, [p.id]);
      }
      docs.push({ id: p.id, text: p.text, speakers: [...names].map((n) => aliases.get(n) ?? n).join(' ') });
    }
    articles.forEach((a, i) => {
      const own = articleStems.get(i) ?? new Set<string>();
      for (const t of termsOf(words(a.title))) own.add(t);
      for (const t of own) {
        const list = this.articlesOf.get(t);
        if (list) list.push(i);
        else this.articlesOf.set(t, [i]);
      }
    });
    this.vocabulary.seal();
    this.search = new MiniSearch<Doc>({
      fields: ['text', 'speakers'],
      tokenize: (s) => words(s),
      processTerm: (w) => termsOf([w])[0] ?? null,
      searchOptions: { bm25: BM25 },
    });
    this.search.addAll(docs);
  }

  /** The text of a paragraph. */
  paragraph(article: string, n: number): string {
    return this.paragraphs.get(`${article}\u0000${n}`) ?? '';
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
    }
    const early = refuseBefore(question);
    if (early) return { question, answered: false, related: false, reason: early, hits: [] };
    const ctx = queryContext(question, (t) => this.df.get(t) ?? 0, this.passages.length);
    if (ctx.all.length === 0) {
      return { question, answered: false, related: false, reason: 'The question has no words the briefing uses.', hits: [] };
    }
    if (question.asks === 'author') return this.authors(question, ctx);
    if (question.asks === 'who-is' && question.subject) {
      const credited = this.creditsNaming(question.subject);
      if (credited.length > 0 && !this.together(ctx.all.map((t) => t.stems))) {
        return { question, answered: true, related: false, reason: null, hits: credited };
      }
    }
    const noOne = describesNoOne(question, (stems) => this.together(stems));
    if (noOne) return { question, answered: false, related: false, reason: noOne, hits: [] };
    const candidates = this.candidates(ctx);
    const scored: { id: number; score: number; support: number }[] = [];
    for (const [id, textScore] of candidates) {
      const s = this.score(id, textScore, ctx);
      if (s) scored.push(s);
    }
    scored.sort((a, b) => b.score - a.score || a.id - b.id);
    const best = scored[0];
    if (!best || best.support < REFUSAL.related) {
      return {
        question,
        answered: false,
        related: false,
        reason: 'Nothing in the briefing answers this question.',
        hits: [],
      };
    }
    // "What did the Japanese prime minister say": nobody the briefing quotes is described so, so the
    // passages found can only be related, however many of the words they share.
    const unheld = question.speakers.length === 0 && describesRole(question.speakerAsked);
    const related = best.support < REFUSAL.answers || unheld;
    const hits: Hit[] = [];
    const shown = new Map<string, Span[]>();
    // "More" shows passages related to the question: holding a fair share of what the best one holds.
    const floor = Math.max(REFUSAL.related, best.support * REFUSAL.moreShare);
    for (const s of scored) {
      if (hits.length >= MAX_HITS) break;
      if (s.support < floor) continue;
      const hit = this.hit(s.id, s.score, ctx);
      const key = `${hit.passage.article}\u0000${hit.passage.paragraph}`;
      const spans = shown.get(key) ?? [];
      if (spans.some((o) => o.start < hit.excerpt.end && hit.excerpt.start < o.end)) continue;
      spans.push(hit.excerpt);
      shown.set(key, spans);
      hits.push(hit);
    }
    return {
      question,
      answered: true,
      related,
      reason: unheld
        ? `No one the briefing quotes is described as ${(question.speakerAsked ?? '').replace(/^(?:the|a|an)\s+/iu, 'the ')}; the closest:`
        : related
          ? 'No passage says this exactly; the closest:'
          : null,
      hits,
    };
  }

  /**
   * "Who wrote the story about …": the bylines and credits of the articles the question's words fit
   * best (all of a one-article briefing's).
   */
  private authors(question: Question, ctx: QueryContext): Ranking {
    const byArticle = new Map<string, number>();
    for (const [id, score] of this.candidates(ctx)) {
      const a = (this.passages[id] as Passage).article;
      byArticle.set(a, Math.max(byArticle.get(a) ?? 0, score));
    }
    for (const a of this.articles) {
      const title = new Set(termsOf(words(a.title)));
      const inTitle = ctx.topic.filter((t) => t.stems.some((s) => title.has(s))).length;
      if (inTitle > 0) byArticle.set(a.id, (byArticle.get(a.id) ?? 0) * (1 + inTitle));
    }
    const ranked = [...byArticle.entries()].sort((x, y) => y[1] - x[1]);
    const top = ranked[0]?.[1] ?? 0;
    // The articles the question fits about as well as the best: another article's writers are not the answer.
    const order = ranked.filter(([, v]) => v >= top * 0.5).map(([a]) => a);
    const hits: Hit[] = [];
    for (const article of order) {
      for (const c of this.credits.get(article) ?? []) hits.push(this.creditHit(article, c, byArticle.get(article) ?? 0));
      if (hits.length >= MAX_HITS) break;
    }
    if (hits.length === 0) {
      return { question, answered: false, related: false, reason: 'The briefing does not say who wrote its articles.', hits };
    }
    return { question, answered: true, related: false, reason: null, hits };
  }

  /** Bylines and credits naming someone ("Who is Jane Doe?" of one who wrote an article). */
  private creditsNaming(subject: string): Hit[] {
    const wanted = words(subject).filter((w) => !STOP_WORDS.has(w));
    const hits: Hit[] = [];
    for (const [article, list] of this.credits) {
      for (const c of list) {
        const own = words(c.text);
        if (wanted.length === 0 || !wanted.every((w) => own.includes(w))) continue;
        hits.push(this.creditHit(article, c));
      }
    }
    return hits.slice(0, MAX_HITS);
  }

  private creditHit(article: string, c: { paragraph: number; text: string }, score = 1): Hit {
    const passage: Passage = {
      id: -1,
      article,
      paragraph: c.paragraph,
      start: 0,
      end: c.text.length,
      text: c.text,
      sentences: [{ start: 0, end: c.text.length }],
      statements: [],
    };
    const excerpt = chooseExcerpt(c.text, passage.sentences, [1], () => 0);
    return { passage, score, excerpt, statement: null, place: null };
  }

  /** The best passages by text score, and every passage where a named speaker speaks. */
  private candidates(ctx: QueryContext): Map<number, number> {
    const boost = new Map<string, number>();
    for (const t of ctx.all) for (const s of t.stems) boost.set(s, Math.max(boost.get(s) ?? 0, t.weight / t.idf));
    const results = this.search.search([...boost.keys()].join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (s) => s,
      boost: FIELD_BOOST,
      boostTerm: (t) => boost.get(t) ?? 1,
      bm25: BM25,
    });
    const out = new Map<number, number>();
    for (const r of results.slice(0, CANDIDATES)) out.set(r.id as number, r.score);
    if (ctx.question.asks !== 'who-said') {
      const scoreOf = new Map(results.map((r) => [r.id as number, r.score]));
      for (const m of ctx.question.speakers) {
        for (const id of (this.bySpeaker.get(m.speaker.name) ?? []).slice(0, CANDIDATES)) {
          if (!out.has(id)) out.set(id, scoreOf.get(id) ?? 0);
        }
      }
    }
    return out;
  }

  /** Whether some passage, with its neighbours, holds a stem of each list. */
  private together(lists: readonly string[][]): boolean {
    const rarest = [...lists].sort((a, b) => this.dfOf(a) - this.dfOf(b))[0] ?? [];
    const results = this.search.search(rarest.join(' '), { tokenize: (s) => s.split(' '), processTerm: (s) => s, fields: ['text'] });
    for (const r of results) {
      const id = r.id as number;
      const around = [id, this.neighbour(id, -1)?.id, this.neighbour(id, 1)?.id].flatMap((x) => (x === undefined ? [] : [this.stems(x)]));
      if (lists.every((l) => l.some((s) => around.some((a) => a.has(s))))) return true;
    }
    return false;
  }

  private dfOf(stems: readonly string[]): number {
    return Math.max(0, ...stems.map((s) => this.df.get(s) ?? 0));
  }

  private stems(id: number): ReadonlySet<string> {
    let s = this.stemCache[id];
    if (!s) {
      s = new Set(termsOf(words((this.passages[id] as Passage).text)));
      this.stemCache[id] = s;
    }
    return s;
  }

  /** A neighbouring passage of the same article, or null. */
  private neighbour(id: number, step: -1 | 1): Passage | null {
    const p = this.passages[id + step];
    return p && p.article === (this.passages[id] as Passage).article ? p : null;
  }

  private score(id: number, textScore: number, ctx: QueryContext): { id: number; score: number; support: number } | null {
    const passage = this.passages[id] as Passage;
    const own = this.stems(id);
    const before = this.neighbour(id, -1);
    const after = this.neighbour(id, 1);
    const aroundStems = [before, after].flatMap((p) => (p ? [this.stems(p.id)] : []));
    const article = this.articleIndex.get(passage.article) as number;
    let inText = 0;
    let nearby = 0;
    let inArticle = 0;
    for (const t of ctx.topic) {
      const here = t.stems.some((s) => own.has(s));
      const near = !here && t.stems.some((s) => aroundStems.some((n) => n.has(s)));
      const art = t.stems.some((s) => this.articlesOf.get(s)?.includes(article));
      if (here) inText += t.weight;
      else if (near) nearby += t.weight;
      if (art) inArticle += t.weight;
    }
    const total = ctx.topicWeight || 1;
    const support = (inText + CONTEXT.neighbour * nearby) / total;
    let score = textScore;
    // A passage holding more of what is asked beats one holding some of it many times over.
    score *= COVERAGE.floor + support;
    score *= 1 + CONTEXT.article * (inArticle / total);
    score *= 1 + CONTEXT.neighbour * (nearby / total);
    const q = ctx.question;
    const namesSpeaker = q.speakers.length > 0 && q.asks !== 'who-said' && q.asks !== 'who-is' && q.asks !== 'author';
    let speakerSupport = 1;
    if (namesSpeaker) {
      const by = passage.statements.some((s) => ctx.speakerNames.has(s.speaker));
      if (by) score *= SPEAKER.statement;
      else if (this.mentions(passage, q.speakers)) score *= SPEAKER.mention;
      else if (!this.articleMentions(article, q.speakers)) {
        score *= SPEAKER.elsewhere;
        speakerSupport = 0.5;
      }
    }
    if (q.aboutSpeech && passage.statements.length > 0) score *= SPEECH;
    // Words of the question standing together in the passage too: a phrase, not a scatter.
    if (ctx.pairs.length > 0) {
      const list = words(passage.text);
      const pairs = new Set<string>();
      const stems = termsOf(list);
      for (let i = 1; i < stems.length; i++) pairs.add(`${stems[i - 1]} ${stems[i]}`);
      let together = 0;
      for (const [a, b] of ctx.pairs) {
        const x = ctx.all[a] as (typeof ctx.all)[number];
        const y = ctx.all[b] as (typeof ctx.all)[number];
        if (x.stems.some((s) => y.stems.some((t) => pairs.has(`${s} ${t}`)))) together++;
      }
      score *= 1 + PHRASE.pair * Math.min(together, PHRASE.maxPairs);
    }
    if (ctx.phraseWords.length > 0) {
      const share = phraseOverlap(ctx.phraseWords, words(passage.text));
      score *= 1 + PHRASE.quoted * share * share;
    }
    switch (q.asks) {
      case 'who-said':
        if (passage.statements.length > 0) score *= ASKS.whoSaid;
        break;
      case 'where':
        if (newPlace(passage.text, ctx.asked)) score *= ASKS.where;
        break;
      case 'when':
        if (hasDate(passage.text)) score *= ASKS.when;
        break;
      case 'how-many':
        if (hasNumber(passage.text)) score *= ASKS.howMany;
        break;
      case 'why':
        if (hasCause(passage.text)) score *= ASKS.why;
        break;
      case 'who-is': {
        const surname = q.subject ? (words(q.subject).at(-1) ?? '') : '';
        if (introduces(passage.text, surname)) score *= ASKS.whoIs;
        // News introduces a person where it first names them.
        if (this.firstMention(id, surname)) score *= ASKS.firstMention;
        break;
      }
      default:
        break;
    }
    return { id, score, support: support * speakerSupport };
  }

  /** Whether the passage is the first of its article to hold the word. */
  private firstMention(id: number, word: string): boolean {
    const stem = termsOf([word])[0];
    if (!stem || !this.stems(id).has(stem)) return false;
    for (let prev = this.neighbour(id, -1); prev; prev = this.neighbour(prev.id, -1)) {
      if (this.stems(prev.id).has(stem)) return false;
    }
    return true;
  }

  private mentions(passage: Passage, named: readonly SpeakerMatch[]): boolean {
    const list = words(passage.text);
    return named.some((m) => words(m.speaker.name).some((w) => w.length > 2 && list.includes(w)));
  }

  private articleMentions(article: number, named: readonly SpeakerMatch[]): boolean {
    return named.some((m) =>
      termsOf(words(m.speaker.name)).some((t) => this.articlesOf.get(t)?.includes(article)),
    );
  }

  /** A scored passage made a hit: its excerpt, the statement it is cited for, its place. */
  private hit(id: number, score: number, ctx: QueryContext): Hit {
    const passage = this.passages[id] as Passage;
    const paragraph = this.paragraph(passage.article, passage.paragraph);
    const sentenceScores = passage.sentences.map((s) => this.sentenceScore(passage, paragraph, s, ctx));
    const excerpt = chooseExcerpt(paragraph, passage.sentences, sentenceScores, (s) =>
      this.focus(paragraph, s, ctx),
    );
    const inside = passage.statements.filter((s) => s.start < excerpt.end && s.end > excerpt.start);
    const statement = this.citedStatement(inside, ctx);
    // Where a statement was made, as its sentence says; for "where" a deed happened, the place the
    // excerpt names; else a place the excerpt opens with ("Two days earlier in Tokyo, …").
    const shown = paragraph.slice(excerpt.start, excerpt.end);
    const asksWhere = ctx.question.asks === 'where' && !ctx.question.aboutSpeech;
    let best: Span | undefined;
    passage.sentences.forEach((sentence, i) => {
      const inside = sentence.start >= excerpt.start && sentence.end <= excerpt.end;
      if (inside && (!best || (sentenceScores[i] ?? 0) > (sentenceScores[passage.sentences.indexOf(best)] ?? 0)))
        best = sentence;
    });
    const core = best ? paragraph.slice(best.start, best.end) : shown;
    const place = (asksWhere ? newPlace(shown, ctx.asked) : null) ?? statement?.place ?? openingPlace(core);
    return { passage, score, excerpt, statement, place };
  }

  /** How much a sentence answers: the weight of the question's words in it, and what is asked. */
  private sentenceScore(passage: Passage, paragraph: string, s: Span, ctx: QueryContext): number {
    const text = paragraph.slice(s.start, s.end);
    const stems = new Set(termsOf(words(text)));
    // The topic's words answer; the speaker's name only says who (an introduction holds it too).
    let score = 0;
    for (const t of ctx.all) if (t.stems.some((x) => stems.has(x))) score += t.query.speaker ? t.weight * SENTENCE.speakerWord : t.weight;
    const own = passage.statements.filter((st) => st.start < s.end && st.end > s.start);
    if (own.some((st) => ctx.speakerNames.has(st.speaker))) {
      score = (score + SENTENCE.statement) * SPEAKER.statement;
      if (own.some((st) => ctx.speakerNames.has(st.speaker) && st.kind === 'direct')) score *= SENTENCE.quote;
    } else if (ctx.question.aboutSpeech && own.length > 0) score *= SPEECH;
    if (ctx.phraseWords.length > 0) score *= 1 + PHRASE.quoted * phraseOverlap(ctx.phraseWords, words(text)) ** 2;
    const q = ctx.question;
    if (q.asks === 'where' && newPlace(text, ctx.asked)) score *= ASKS.where;
    if (q.asks === 'when' && hasDate(text)) score *= ASKS.when;
    if (q.asks === 'how-many' && hasNumber(text)) score *= ASKS.howMany;
    if (q.asks === 'why' && hasCause(text)) score *= ASKS.why;
    if (q.asks === 'who-is' && q.subject && introduces(text, words(q.subject).at(-1) ?? '')) score *= ASKS.whoIs;
    return score;
  }

  /** Where to centre a cut: the rarest question word of the sentence. */
  private focus(paragraph: string, s: Span, ctx: QueryContext): number {
    const lower = paragraph.slice(s.start, s.end).toLowerCase();
    const byWeight = [...ctx.all].sort((a, b) => b.weight - a.weight);
    for (const t of byWeight) {
      const at = lower.indexOf(t.query.word);
      if (at >= 0) return s.start + at;
    }
    if (ctx.phraseWords.length > 0) {
      const at = lower.indexOf(ctx.phraseWords[0] as string);
      if (at >= 0) return s.start + at;
    }
    return s.start;
  }

  /** The statement a hit is cited for: the named speaker's, else the one best carrying the topic. */
  private citedStatement(inside: readonly Statement[], ctx: QueryContext): Statement | null {
    if (inside.length === 0) return null;
    const byNamed = inside.filter((s) => ctx.speakerNames.has(s.speaker));
    const pool = byNamed.length > 0 ? byNamed : inside;
    let best: Statement | null = null;
    let bestScore = -1;
    for (const s of pool) {
      const own = words(s.text);
      let score = ctx.phraseWords.length > 0 ? 10 * phraseOverlap(ctx.phraseWords, own) : 0;
      const stems = new Set(termsOf(own));
      for (const t of ctx.topic) if (t.stems.some((x) => stems.has(x))) score += t.weight;
      if (s.kind === 'direct') score += 0.01;
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Statements about a topic (of one speaker, when given), best first: those of the passages the
   * topic's words find, each passage's statements carrying the words themselves first.
   */
  statementsAbout(topic: string, speaker: string | null): Statement[] {
    const list = words(topic);
    const stems = [...new Set(termsOf(list))].flatMap((t) =>
      this.vocabulary.terms.has(t) ? [t] : [...this.vocabulary.expand(t)],
    );
    if (stems.length === 0) return [];
    const results = this.search.search(stems.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (s) => s,
      boost: FIELD_BOOST,
      bm25: BM25,
    });
    const wanted = new Set(stems);
    const scored: { s: Statement; score: number; order: number }[] = [];
    for (const r of results) {
      for (const s of (this.passages[r.id as number] as Passage).statements) {
        if (speaker !== null && s.speaker !== speaker) continue;
        const own = termsOf(words(s.text)).filter((t) => wanted.has(t)).length;
        scored.push({ s, score: r.score * (1 + own), order: scored.length });
      }
    }
    return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((x) => x.s);
  }

  /** The briefing's speakers that a typed name, alias or role fits (autocomplete, /quotes). */
  findSpeakers(typed: string, limit = 25): Speaker[] {
    const text = typed.trim();
    if (text === '') return this.speakers.slice(0, limit);
    return this.matcher
      .match(text, { prefix: true })
      .slice(0, limit)
      .map((m) => m.speaker);
  }
}
