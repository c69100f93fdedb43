import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/open-briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

describe('a briefing with a 200 KB paragraph', () => {
  it('GIVEN words at the very end of a paragraph cut into pieces THEN a question finds them, cited to the piece that holds them', () => {
    // Nothing of a long block is left out: its last words are searched and cited like any others.
    const text = `A wall of text\n\n${'Mr. '.repeat(50_000)}The lighthouse keepers of Sagres repainted the tower.`;
    const warnings: string[] = [];
    const article = parseArticle(text, 'wall', 'wall.txt', (m) => warnings.push(m));
    expect(warnings).toHaveLength(1);
    const briefing = createBriefing('walls', [article]);
    const answer = briefing.ask('Who repainted the lighthouse tower at Sagres?');
    const first = answer.results[0];
    expect(first?.excerpt).toContain('lighthouse keepers of Sagres repainted the tower');
    expect(first?.paragraph).toBe(article.paragraphs.length);
    expect(briefing.paragraph('wall', first?.paragraph ?? 0)?.text).toContain(first?.excerpt ?? '∅');
  });
});
