/**
 * "Who wrote the story about …": the bylines and credits of the article the question's words fit
 * best (and of those that fit about as well), never another article's writers. "Who is Jane Doe?"
 * of someone only a byline names is answered from that byline.
 */
import type { Article } from '../../corpus/types.ts';
import type { Passage } from '../passages.ts';
import { STOP_WORDS, termsOf, words } from '../text.ts';
import type { QueryContext } from './context.ts';
import { creditHit, type Hit } from './hit.ts';

/** An article whose score is at least this share of the best one's is also asked about. */
const CLOSE_ENOUGH = 0.5;

export type Credits = ReadonlyMap<string, readonly { paragraph: number; text: string }[]>;

/** Index terms of a text, each once: what an article's title is matched by. */
export function titleTerms(title: string): ReadonlySet<string> {
  return new Set(termsOf(words(title)));
}

/**
 * The credits of the best-fitting articles, best first.
 *
 * @param candidates  passage id → text score, for the question's topic words
 * @param titles  each article's `titleTerms`, worked out with the index
 */
export function authorHits(
  ctx: QueryContext,
  candidates: ReadonlyMap<number, number>,
  passages: readonly Passage[],
  articles: readonly Article[],
  titles: readonly ReadonlySet<string>[],
  credits: Credits,
  most: number,
): Hit[] {
  const byArticle = new Map<string, number>();
  for (const [id, score] of candidates) {
    const a = (passages[id] as Passage).article;
    byArticle.set(a, Math.max(byArticle.get(a) ?? 0, score));
  }
  // "Who wrote the story about <its headline>": an article whose title holds every topic word is the
  // one asked about, however much the others' text holds those words too.
  const named = new Set<string>();
  articles.forEach((a, i) => {
    const title = titles[i] ?? titleTerms(a.title);
    const inTitle = topicWordsIn(ctx.topic, title);
    if (inTitle > 0) byArticle.set(a.id, Math.max(byArticle.get(a.id) ?? 0, 1) * (1 + inTitle));
    if (inTitle > 1 && inTitle === ctx.topic.length) named.add(a.id);
  });
  const ranked = [...byArticle.entries()].sort(
    (x, y) => Number(named.has(y[0])) - Number(named.has(x[0])) || y[1] - x[1],
  );
  const top = ranked[0]?.[1] ?? 0;
  const hits: Hit[] = [];
  // "Who edited …", "Who took the photos …": the credit naming that part of the work comes first.
  const part = CREDIT_PARTS.find(([asked]) => asked.test(ctx.question.text))?.[1];
  const first = (c: { text: string }) => (part?.test(c.text) ? 1 : 0);
  for (const [article, score] of ranked) {
    if (score < top * CLOSE_ENOUGH || hits.length >= most) break;
    const own = [...(credits.get(article) ?? [])].sort((x, y) => first(y) - first(x));
    for (const c of own) hits.push(creditHit(article, c, score));
  }
  return hits.slice(0, most);
}

/** How many of the topic's words a title holds: counted, not listed (once per article, per question). */
function topicWordsIn(topic: QueryContext['topic'], title: ReadonlySet<string>): number {
  let n = 0;
  for (let i = 0; i < topic.length; i++) {
    const stems = (topic[i] as QueryContext['topic'][number]).stems;
    for (let k = 0; k < stems.length; k++)
      if (title.has(stems[k] as string)) {
        n++;
        break;
      }
  }
  return n;
}

/** Parts of the work a question may ask who did, and how a credit line names each. */
const CREDIT_PARTS: readonly (readonly [RegExp, RegExp])[] = [
  [/\bedit(?:s|ed|ing|or)?\b/iu, /\bedit(?:ed|ing|or)\b/iu],
  [
    /\b(?:photo(?:graph)?(?:s|ed|er)?|pictures?|took the)\b/iu,
    /\b(?:photo(?:graph)?(?:s|y|er)?|pictures?)\b/iu,
  ],
  [/\billustrat/iu, /\billustrat/iu],
  [/\btranslat/iu, /\btranslat/iu],
];

/**
 * "Who wrote this?", "Who are the reporters?": a question about the writers that names no article is
 * about every article, and gets every byline and credit, in the briefing's order.
 */
export function allCredits(articles: readonly Article[], credits: Credits, most: number): Hit[] {
  const hits: Hit[] = [];
  for (const a of articles) for (const c of credits.get(a.id) ?? []) hits.push(creditHit(a.id, c));
  return hits.slice(0, most);
}

/** Bylines and credits naming someone: every word of the name typed is in the block. */
export function creditsNaming(
  subject: string,
  credits: Credits,
  most: number,
  wordsOf: (text: string) => readonly string[] = words,
): Hit[] {
  const wanted = words(subject).filter((w) => !STOP_WORDS.has(w));
  if (wanted.length === 0) return [];
  const hits: Hit[] = [];
  for (const [article, list] of credits) {
    for (const c of list) {
      const own = wordsOf(c.text);
      if (wanted.every((w) => own.includes(w))) hits.push(creditHit(article, c));
    }
  }
  return hits.slice(0, most);
}
