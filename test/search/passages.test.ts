import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.ts';
import { loadArticles, parseArticle, runSteps } from '../../src/corpus/index.ts';
import { BriefingIndex } from '../../src/search/index.ts';
import { passageLayoutSteps } from '../../src/search/passages.ts';

describe('passageLayoutSteps', () => {
  it('GIVEN one article of 200,000 characters THEN the layout gives the event loop back within it', () => {
    // A reload builds the layout a step at a time beside a briefing that answers: an article this
    // long (cut into paragraphs of 5,000 characters by the corpus) must not be one step.
    const article = parseArticle(`A wall of text\n\n${'Mr. Roe left. '.repeat(15_000)}`, 'wall', 'wall.txt');
    const steps = passageLayoutSteps([article]);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    expect(count).toBeGreaterThanOrEqual(200_000 / 10_000);
    // Every body paragraph laid out all the same.
    const paragraphs = new Set(next.value.paragraph);
    expect(paragraphs.size).toBe(article.paragraphs.filter((p) => p.kind === 'body').length);
  });
});

describe('passages of a built index', () => {
  it('GIVEN the seeds built THEN the index opens on the passages its build laid out, as an open of its data lays them out', async () => {
    const { articles } = await loadArticles('seeds');
    const { statements, speakers } = attribute(articles);
    const built = runSteps(BriefingIndex.build(articles, statements, speakers));
    const reopened = runSteps(BriefingIndex.open(articles, statements, speakers, built.data));
    expect(JSON.stringify(built.passages)).toBe(JSON.stringify(reopened.passages));
  });

  it('GIVEN sentences that cut their passages leaving no word out THEN both lists of tokens are one array', () => {
    const seeds = (...paragraphs: string[]) => {
      const articles = [parseArticle(['Harbour news', ...paragraphs].join('\n\n'), 'h', 'h.txt')];
      const { statements, speakers } = attribute(articles);
      return runSteps(BriefingIndex.build(articles, statements, speakers)).data;
    };
    const plain = seeds(
      'The quay reopens in May. Ada Lind said so on Monday.',
      'Fishermen cheered. The port agreed.',
    );
    expect(plain.sentenceTokens.ids).toBe(plain.passageTokens.ids);
    expect(plain.sentenceTokens.offsets).not.toEqual(plain.passageTokens.offsets);
  });
});
