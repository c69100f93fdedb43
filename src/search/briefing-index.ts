/**
 * One minisearch index over the briefing's passages (sentences, with their paragraph as context) and
 * the statements in them, plus the ranking rules that turn a question into cited passages or into a
 * refusal.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { findPlaceMentions, sentenceUnits } from '../attribution/index.ts';
import type { Speaker, Statement } from '../attribution/types.ts';
import type { Article, ParagraphKind } from '../corpus/types.ts';
import { analyzeQuestion, isKnownWord, type Lexicon, type QueryAnalysis } from './query.ts';
import { editDistance, fold, maxTypos, STOP_WORDS, term, terms, words } from './text.ts';

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
}

export interface Hit {
  passage: Passage;
  score: number;
  /** The statement of the passage that answers (the named speaker's, when the question names one). */
  statement: Statement | null;
  place: string | null;
  placeSource: 'text' | 'dateline' | null;
}

type Scored = Hit & { coverage: number; bySpeaker: boolean; topicHits: number };

/** Two stems for one word: a near spelling, or one the start of the other ("resum", "resumpt"). */
function similarTerms(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.startsWith(short)) return true;
  return short.length >= 5 && a[0] === b[0] && editDistance(a, b, maxTypos(short)) <= maxTypos(short);
}

export interface Ranking {
  analysis: QueryAnalysis;
  answered: boolean;
  reason: string | null;
  hits: Hit[];
}

interface Doc {
  id: number;
  text: string;
  context: string;
  speakers: string;
  places: string;
  title: string;
}

/** Questions about what someone said, as opposed to what someone did. */
const SPEECH_QUESTION =
  /\b(?:say|said|says|tell|told|think|thinks|believe|believes|call|called|describe|described|warn|warned|claim|claimed|argue|argued|hope|hoped|promise|promised|criticize|criticized|suggest|suggested|note|noted|insist|insisted|urge|urged|comment|statement|quote|quotes|position|view|react|respond)\b/iu;
const DEFINITION = /^\s*(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+)?([^?]{2,40})\??\s*$/iu;

const BOOST = { text: 2, speakers: 1.5, places: 1, context: 0.5, title: 0.3 };
/** Honorifics are stop words for search, but typed in a speaker box they narrow the match. */
const HONORIFIC_WORDS = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Below this share of its topic words found, a passage does not answer a question. */
const MIN_COVERAGE = 0.5;

export class BriefingIndex {
  readonly passages: Passage[] = [];
  readonly lexicon: Lexicon;
  private readonly search: MiniSearch<Doc>;
  private readonly paragraphText = new Map<string, string>();

  constructor(
    readonly articles: readonly Article[],
    readonly statements: readonly Statement[],
    readonly speakers: readonly Speaker[],
  ) {
    const byParagraph = new Map<string, Statement[]>();
    for (const s of statements) {
      const key = `${s.article}:${s.paragraph}`;
      byParagraph.set(key, [...(byParagraph.get(key) ?? []), s]);
    }
    const aliases = new Map(speakers.map((s) => [s.name, [s.name, ...s.aliases, ...s.roles].join(' ')]));
    const docs: Doc[] = [];
    const vocab = new Set<string>();
    const termSet = new Set<string>();
    for (const article of articles) {
      for (const w of words(article.title)) vocab.add(w);
      for (const p of article.paragraphs) {
        if (p.kind !== 'body' && p.kind !== 'byline' && p.kind !== 'credit') continue;
        this.paragraphText.set(`${article.id}:${p.n}`, p.text);
        for (const w of words(p.text)) {
          vocab.add(w);
          // "mid-February" also answers to "February".
          if (w.includes('-')) for (const part of w.split('-')) vocab.add(part);
        }
        const paraStatements = byParagraph.get(`${article.id}:${p.n}`) ?? [];
        const units = p.kind === 'body' ? sentenceUnits(p.text) : [{ start: 0, end: p.text.length }];
        for (const u of units) {
          const inside = paraStatements.filter((s) => s.start < u.end && s.end > u.start);
          const passage: Passage = {
            id: this.passages.length,
            article: article.id,
            paragraph: p.n,
            kind: p.kind,
            start: u.start,
            end: u.end,
            text: p.text.slice(u.start, u.end),
            statements: inside,
          };
          this.passages.push(passage);
          docs.push({
            id: passage.id,
            text: passage.text,
            context: p.text,
            speakers: [...new Set(inside.map((s) => aliases.get(s.speaker) ?? s.speaker))].join(' '),
            places: [...new Set(inside.map((s) => s.place ?? ''))].join(' '),
            title: article.title,
          });
        }
      }
    }
    for (const w of vocab) {
      const t = term(w);
      if (t) termSet.add(t);
    }
    this.lexicon = { speakers, words: vocab, terms: termSet };
    this.search = new MiniSearch<Doc>({
      fields: ['text', 'context', 'speakers', 'places', 'title'],
      tokenize: (s) => words(s),
      processTerm: (w) => term(w),
    });
    this.search.addAll(docs);
  }

  /** Ranks passages for a question; `answered: false` with a reason when the briefing has no answer. */
  rank(question: string, options: { whoSaid?: boolean } = {}): Ranking {
    const analysis = analyzeQuestion(question, this.lexicon);
    if (options.whoSaid) {
      analysis.whoSaid = true;
      analysis.phrase = analysis.phrase ?? question.trim();
    }
    const refuse = (reason: string): Ranking => ({ analysis, answered: false, reason, hits: [] });
    if (analysis.allTerms.length === 0 && !analysis.phrase)
      return refuse('The question has no words to search for.');
    if (analysis.missingSpeaker) {
      return refuse(`The briefing quotes no one as ${analysis.missingSpeaker}.`);
    }
    if (analysis.unknown.length > 0) {
      return refuse(`The briefing does not mention ${analysis.unknown.join(', ')}.`);
    }
    // Topic words the briefing never uses: most of them unknown means another subject altogether
    // (all of them, when the question names one of the briefing's speakers).
    const unknownTopic = analysis.terms.filter(
      (t) => !this.lexicon.terms.has(t) && !isKnownWord(t, this.lexicon),
    );
    const unknownShare = analysis.terms.length > 0 ? unknownTopic.length / analysis.terms.length : 0;
    if (unknownShare >= (analysis.speakers.length > 0 ? 1 : 0.5) && !analysis.phrase) {
      return refuse('The briefing does not cover this.');
    }

    const query = [...analysis.allTerms, ...(analysis.phrase ? terms(analysis.phrase) : [])].join(' ');
    const results = this.search.search(query, {
      boost: BOOST,
      combineWith: 'OR',
      fuzzy: (t) => (this.lexicon.terms.has(t) || t.length < 5 ? false : 0.2),
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
    });
    if (analysis.authorship) return this.authors(analysis, results);
    // A passage answers when it carries enough of the topic, or is a statement by the speaker the
    // question names and touches the topic at all.
    const answers = (h: Hit & { coverage: number; bySpeaker: boolean; topicHits: number }) =>
      h.coverage >= MIN_COVERAGE || (h.bySpeaker && (h.topicHits > 0 || analysis.terms.length === 0));
    const hits = results
      .map((r) => this.score(r, analysis))
      .filter((h): h is Scored => h !== null)
      .sort((a, b) => b.score - a.score);
    const top = hits[0];
    if (!top) return refuse('Nothing in the briefing matches this question.');
    if (!answers(top)) return refuse('Nothing in the briefing answers this question.');
    return {
      analysis,
      answered: true,
      reason: null,
      hits: hits.filter((h) => answers(h) || h.coverage >= MIN_COVERAGE * 0.6),
    };
  }

  private score(r: SearchResult, a: QueryAnalysis): Scored | null {
    const passage = this.passages[r.id as number] as Passage;
    if (passage.kind !== 'body' && !a.authorship) return null;
    let score = r.score;
    const passageTerms = new Set(terms(passage.text));
    const contextTerms = new Set(
      terms(this.paragraphText.get(`${passage.article}:${passage.paragraph}`) ?? ''),
    );
    const topic = a.terms.length > 0 ? a.terms : a.allTerms;
    const matched = (t: string, set: Set<string>) => set.has(t) || [...set].some((p) => similarTerms(p, t));
    const inText = topic.filter((t) => matched(t, passageTerms)).length;
    const inContext = topic.filter((t) => matched(t, contextTerms)).length;
    // Words found in the passage count fully, in its paragraph half.
    let coverage = topic.length > 0 ? (inText + 0.5 * (inContext - inText)) / topic.length : 1;
    score *= 0.5 + coverage;

    const bySpeaker =
      a.speakers.length > 0
        ? passage.statements.filter((s) => a.speakers.some((sp) => sp.name === s.speaker))
        : [];
    // Among the speaker's statements, the one whose own words carry the topic; direct quotes first.
    const topicIn = (s: Statement) => terms(s.text).filter((t) => topic.includes(t)).length;
    const ordered = [...(bySpeaker.length > 0 ? bySpeaker : passage.statements)].sort(
      (x, y) => topicIn(y) - topicIn(x) || (x.kind === 'direct' ? -1 : 0) - (y.kind === 'direct' ? -1 : 0),
    );
    let statement = ordered[0] ?? null;
    // A bare keyword query that names a person ("blinken beijing role") asks what they said.
    const speech = SPEECH_QUESTION.test(a.question) || (a.type === 'other' && a.speakers.length > 0);
    if (a.speakers.length > 0) {
      if (bySpeaker.length > 0) {
        score *= speech ? 2.5 : 1.5;
        if (speech && statement && statement.kind === 'direct') score *= 1.3;
        if (speech && statement && topicIn(statement) > 0) score *= 1.2;
        coverage = Math.max(coverage, a.terms.length === 0 ? 1 : coverage);
      } else if (this.mentions(passage, a.speakers)) {
        score *= speech ? 1.1 : 1.5;
      } else {
        score *= 0.4;
        coverage *= 0.8;
      }
    }
    // "What is the Quad?": the sentence that says what it is.
    const definition = DEFINITION.exec(a.question);
    if (definition) {
      const subject = words(definition[1] as string)
        .filter((w) => !STOP_WORDS.has(w))
        .join(' ');
      if (
        subject &&
        new RegExp(String.raw`(?:^|\s)${subject}\s+(?:is|are|was|were)\s`, 'u').test(
          words(passage.text).join(' ').replace(/^/u, ' '),
        )
      )
        score *= 2;
    }
    if (a.whoSaid && a.phrase) {
      const overlap = phraseOverlap(a.phrase, passage.text);
      score *= 1 + 6 * overlap;
      if (passage.statements.length > 0) score *= 1.5;
      else score *= 0.7;
      coverage = Math.max(coverage, overlap);
      const quoted = passage.statements.find(
        (s) => s.kind === 'direct' && phraseOverlap(a.phrase as string, s.text) >= overlap * 0.9,
      );
      if (quoted) statement = quoted;
    } else if (a.phrase) {
      score *= 1 + 3 * phraseOverlap(a.phrase, passage.text);
    }
    if (a.authorship) score *= passage.kind === 'body' ? 0.3 : 4;
    if (
      a.speakers.length === 0 &&
      statement &&
      /\b(?:say|said|says|tell|told|think|believe|call|warn|describe)\b/iu.test(a.question)
    )
      score *= 1.3;

    let place = statement?.placeSource === 'text' ? statement.place : null;
    let placeSource: Hit['placeSource'] = place ? 'text' : null;
    if (!place) {
      place = introPlace(passage.text);
      if (!place && a.type === 'where') place = eventPlace(passage.text, a.question);
      if (place) placeSource = 'text';
    }
    if (!place && statement?.place) {
      place = statement.place;
      placeSource = statement.placeSource;
    }
    if (a.type === 'where') {
      const asked = new Set(words(a.question));
      const fresh = place !== null && !words(place).every((w) => asked.has(w));
      score *= placeSource === 'text' && fresh ? 1.6 : 0.7;
    }
    if (
      a.type === 'when' &&
      /\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+(?:year|month|week)|ago|since|until)\b/u.test(
        passage.text,
      )
    ) {
      score *= 1.5;
    }
    return {
      passage,
      score,
      statement,
      place,
      placeSource,
      coverage,
      bySpeaker: bySpeaker.length > 0,
      topicHits: inContext,
    };
  }

  /** "Who wrote the article about …": the bylines and credits of the articles the words fit best. */
  private authors(analysis: QueryAnalysis, results: SearchResult[]): Ranking {
    const byArticle = new Map<string, number>();
    for (const r of results) {
      const p = this.passages[r.id as number] as Passage;
      byArticle.set(p.article, (byArticle.get(p.article) ?? 0) + r.score);
    }
    const order = this.articles
      .map((a) => a.id)
      .sort((x, y) => (byArticle.get(y) ?? 0) - (byArticle.get(x) ?? 0));
    const hits: Hit[] = [];
    for (const id of order) {
      for (const p of this.passages) {
        if (p.article === id && (p.kind === 'byline' || p.kind === 'credit')) {
          hits.push({
            passage: p,
            score: byArticle.get(id) ?? 0,
            statement: null,
            place: null,
            placeSource: null,
          });
        }
      }
    }
    if (hits.length === 0)
      return { analysis, answered: false, reason: 'The briefing does not say who wrote its articles.', hits };
    return { analysis, answered: true, reason: null, hits };
  }

  private mentions(passage: Passage, speakers: readonly Speaker[]): boolean {
    const ws = new Set(words(passage.text));
    return speakers.some((s) => words(s.name).some((w) => w.length >= 3 && ws.has(w)));
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
  if (p.length === 0) return 0;
  const t = words(text);
  if (` ${t.join(' ')} `.includes(` ${p.join(' ')} `)) return 1;
  let best = 0;
  for (let i = 0; i < t.length; i++) {
    for (let j = 0; j < p.length; j++) {
      let k = 0;
      while (i + k < t.length && j + k < p.length && t[i + k] === p[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best / p.length;
}

/** "In Seoul, …", "Two days earlier in Tokyo, …": where the sentence's event took place. */
function introPlace(text: string): string | null {
  const comma = text.indexOf(',');
  if (comma < 0 || comma > 60) return null;
  const intro = text.slice(0, comma + 1);
  return findPlaceMentions(intro).find((p) => p.preposition !== 'to')?.place ?? null;
}

/** For "where" questions: the place the sentence names that the question does not already give. */
function eventPlace(text: string, question: string): string | null {
  const asked = new Set(words(question));
  const places = findPlaceMentions(text).filter((p) => !words(p.place).every((w) => asked.has(w)));
  return places[places.length - 1]?.place ?? null;
}
