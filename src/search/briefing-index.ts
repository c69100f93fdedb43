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
import { editDistance, fold, maxTypos, term, terms, words } from './text.ts';

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

const BOOST = { text: 2, speakers: 1.5, places: 1, context: 0.5, title: 0.3 };
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
        for (const w of words(p.text)) vocab.add(w);
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
    if (analysis.allTerms.length === 0 && !analysis.phrase) return refuse('The question has no words to search for.');
    if (analysis.unknown.length > 0) {
      return refuse(`The briefing does not mention ${analysis.unknown.join(', ')}.`);
    }
    const unknownTopic = analysis.terms.filter((t) => !this.lexicon.terms.has(t) && !isKnownWord(t, this.lexicon));
    if (analysis.terms.length > 0 && unknownTopic.length / analysis.terms.length > 0.5 && analysis.speakers.length === 0) {
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
    const hits = results
      .map((r) => this.score(r, analysis))
      .filter((h): h is Hit & { coverage: number } => h !== null)
      .sort((a, b) => b.score - a.score);
    const top = hits[0];
    if (!top) return refuse('Nothing in the briefing matches this question.');
    if (top.coverage < MIN_COVERAGE) return refuse('Nothing in the briefing answers this question.');
    return { analysis, answered: true, reason: null, hits: hits.filter((h) => h.coverage >= MIN_COVERAGE * 0.6) };
  }

  private score(r: SearchResult, a: QueryAnalysis): (Hit & { coverage: number }) | null {
    const passage = this.passages[r.id as number] as Passage;
    if (passage.kind !== 'body' && !a.authorship) return null;
    let score = r.score;
    const passageTerms = new Set(terms(passage.text));
    const contextTerms = new Set(terms(this.paragraphText.get(`${passage.article}:${passage.paragraph}`) ?? ''));
    const topic = a.terms.length > 0 ? a.terms : a.allTerms;
    const matched = (t: string, set: Set<string>) =>
      set.has(t) || (t.length >= 5 && [...set].some((p) => p[0] === t[0] && editDistance(p, t, maxTypos(t)) <= maxTypos(t)));
    const inText = topic.filter((t) => matched(t, passageTerms)).length;
    const inContext = topic.filter((t) => matched(t, contextTerms)).length;
    // Words found in the passage count fully, in its paragraph half.
    let coverage = topic.length > 0 ? (inText + 0.5 * (inContext - inText)) / topic.length : 1;
    score *= 0.5 + coverage;

    const bySpeaker = a.speakers.length > 0 ? passage.statements.filter((s) => a.speakers.some((sp) => sp.name === s.speaker)) : [];
    let statement = bySpeaker[0] ?? passage.statements[0] ?? null;
    if (a.speakers.length > 0) {
      if (bySpeaker.length > 0) {
        score *= 2.5;
        coverage = Math.max(coverage, a.terms.length === 0 ? 1 : coverage);
      } else if (this.mentions(passage, a.speakers)) {
        score *= 1.1;
      } else {
        score *= 0.4;
        coverage *= 0.8;
      }
    }
    if (a.whoSaid && a.phrase) {
      const overlap = phraseOverlap(a.phrase, passage.text);
      score *= 1 + 6 * overlap;
      if (passage.statements.length > 0) score *= 1.5;
      else score *= 0.7;
      coverage = Math.max(coverage, overlap);
      const quoted = passage.statements.find((s) => s.kind === 'direct' && phraseOverlap(a.phrase as string, s.text) >= overlap * 0.9);
      if (quoted) statement = quoted;
    } else if (a.phrase) {
      score *= 1 + 3 * phraseOverlap(a.phrase, passage.text);
    }
    if (a.authorship) score *= passage.kind === 'body' ? 0.3 : 4;
    if (a.speakers.length === 0 && statement && /\b(?:say|said|says|tell|told|think|believe|call|warn|describe)\b/iu.test(a.question)) score *= 1.3;

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
    if (a.type === 'where') score *= placeSource === 'text' ? 1.6 : 0.7;
    if (a.type === 'when' && /\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+(?:year|month|week)|ago|since|until)\b/u.test(passage.text)) {
      score *= 1.5;
    }
    return { passage, score, statement, place, placeSource, coverage };
  }

  private mentions(passage: Passage, speakers: readonly Speaker[]): boolean {
    const ws = new Set(words(passage.text));
    return speakers.some((s) => words(s.name).some((w) => w.length >= 3 && ws.has(w)));
  }

  /** The briefing's speakers that a typed name, alias or role fits (autocomplete, /quotes). */
  findSpeakers(typed: string, limit = 25): Speaker[] {
    const q = fold(typed).toLowerCase().trim();
    if (!q) return this.speakers.slice(0, limit);
    const qWords = words(q);
    const scored = this.speakers.map((s) => {
      const forms = [s.name, ...s.aliases, ...s.roles].map((f) => fold(f).toLowerCase());
      let score = 0;
      for (const f of forms) {
        if (f === q) score = Math.max(score, 100);
        else if (f.startsWith(q)) score = Math.max(score, 80);
        else if (f.includes(q)) score = Math.max(score, 60);
        const fw = words(f);
        const all = qWords.every((w) => fw.some((x) => x.startsWith(w) || (w.length >= 4 && editDistance(w, x, maxTypos(x)) <= maxTypos(x))));
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
