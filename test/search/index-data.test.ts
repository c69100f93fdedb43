import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.ts';
import { parseArticle, runSteps } from '../../src/corpus/index.ts';
import { articleParts, buildIndexParts } from '../../src/search/index-data.ts';
import type { Passage } from '../../src/search/passages.ts';

/** Invented articles: a hyphenated word, a name written in two cases, a byline, quotes. */
const articles = [
  parseArticle(
    `Harbour reopens\n\nBy Jane Doe\n\nOSLO – “The harbour opens in mid-May,” Mayor Ada Lin said on Monday.\n\nThe ferry company, Nordlys, said it would add sailings. “We are ready,” said its chief, Per Vik.`,
    'a',
    'a.txt',
  ),
  parseArticle(
    `Council votes\n\nThe council voted 7-2. Lin said the vote was “a fair start.”\n\nCritics called the plan a ploy to buy time, Vik said. The SENATE of students was not asked.`,
    'b',
    'b.txt',
  ),
];

/** Typed arrays as plain lists, so that two index data compare by value. */
const plain = (data: unknown) =>
  JSON.parse(JSON.stringify(data, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v)));

describe('index data made in two parts', () => {
  const { statements, speakers } = attribute(articles);

  it('GIVEN the articles’ parts made before attribution ended THEN the index data is the data built at once', () => {
    // A build makes what the articles alone decide while attribution runs, and the rest after.
    const made = runSteps(articleParts(articles));
    const apart = runSteps(buildIndexParts(articles, statements, speakers, made));
    const atOnce = runSteps(buildIndexParts(articles, statements, speakers));
    expect(statements.length).toBeGreaterThan(2);
    expect(plain(apart.data)).toEqual(plain(atOnce.data));
    // What a passage shows: its place, text, sentences and statements (not how it keeps them).
    const shown = (list: readonly Passage[]) =>
      plain(
        list.map(({ id, article, paragraph, start, end, text, sentences, statements }) => ({
          id,
          article,
          paragraph,
          start,
          end,
          text,
          sentences,
          statements,
        })),
      );
    expect(shown(apart.set.passages)).toEqual(shown(atOnce.set.passages));
  });

  it('GIVEN a word written capitalised and in lower case, and hyphenated THEN each form is learnt as written', () => {
    // Each form is worked out once, at its first occurrence: "Harbour" in a title, "harbour" after.
    const { vocabulary } = runSteps(articleParts(articles));
    expect(vocabulary.capitalised).toEqual(expect.arrayContaining(['harbour', 'nordlys', 'senate']));
    expect(vocabulary.lowercase).toContain('harbour');
    expect(vocabulary.lowercase).not.toContain('nordlys');
    expect(vocabulary.words).toEqual(expect.arrayContaining(['mid-may', 'mid', 'may', 'doe']));
  });

  it('GIVEN a passage quoting the mayor THEN its speakers field, added after attribution, finds it by her role', () => {
    const made = runSteps(articleParts(articles));
    const { data, set } = runSteps(buildIndexParts(articles, statements, speakers, made));
    const quoting = set.passages.filter((p) => p.statements.some((s) => s.speaker === 'Ada Lin'));
    expect(quoting.length).toBeGreaterThan(0);
    const { terms, fields } = data.postings;
    const mayor = terms.indexOf('mayor');
    const field = fields[1] as (typeof fields)[number];
    const held = Array.from(field.docs.subarray(field.offsets[mayor], field.offsets[mayor + 1]));
    expect(held).toEqual(quoting.map((p) => p.id));
  });

  it('GIVEN parts made of other articles, or used already THEN the build refuses them', () => {
    const made = runSteps(articleParts(articles.slice(0, 1)));
    expect(() => runSteps(buildIndexParts(articles, statements, speakers, made))).toThrow(/other articles/u);
    const used = runSteps(articleParts(articles));
    runSteps(buildIndexParts(articles, statements, speakers, used));
    expect(() => runSteps(buildIndexParts(articles, statements, speakers, used))).toThrow();
  });
});
