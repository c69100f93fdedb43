/**
 * What `openBriefing` works out once for the commands: `/quotes` lists a text once per article and
 * kind of statement, however often the article repeats it.
 */
import { describe, expect, it } from 'vitest';
import { createBriefing, openBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';
import { tempFolder } from './articles.ts';

const QUOTE = '“The bridge stays shut until the cables are replaced,” said Ana Pires, the city engineer.';

describe('openBriefing', () => {
  it('GIVEN a quote an article repeats, and another article gives too THEN /quotes lists it once per article', async () => {
    const folder = await tempFolder({
      'bridge.txt': `Bridge closed\n\nPORTO — ${QUOTE}\n\nTraffic was diverted.\n\n${QUOTE}\n`,
      'cables.txt': `Cables ordered\n\nPORTO — ${QUOTE}\n`,
    });
    try {
      const briefing = await openBriefing(folder.dir, { warn: () => {} });
      const said = briefing.statements.filter((s) => s.speaker === 'Ana Pires' && s.kind === 'direct');
      expect(said).toHaveLength(3);
      const listed = briefing.quotes({ speaker: 'Ana Pires' }).filter((s) => s.kind === 'direct');
      expect(listed.map((s) => s.article)).toEqual(['bridge', 'cables']);
    } finally {
      await folder.remove();
    }
  });
});

describe('quotes of a family name several speakers share', () => {
  const briefing = createBriefing('memory', [
    parseArticle(
      [
        'Minister holds line',
        'Rosalind Harte said there would be “no public money” for the yard.',
        'Owen Harte, the opposition MP, called the decision “cowardly”.',
        'Rosalind Harte said ministers would “look at every option”.',
      ].join('\n\n'),
      'harte',
      'harte.txt',
    ),
  ]);

  it('GIVEN the family name alone THEN every one of them is listed, in the briefing’s order', () => {
    // The first sentence gives its short quote and the clause holding it: two statements.
    expect(briefing.quotes({ speaker: 'Harte' }).map((s) => [s.speaker, s.kind])).toEqual([
      ['Rosalind Harte', 'direct'],
      ['Rosalind Harte', 'indirect'],
      ['Owen Harte', 'direct'],
      ['Rosalind Harte', 'direct'],
    ]);
  });

  it('GIVEN a full name THEN only that person', () => {
    expect(briefing.quotes({ speaker: 'Owen Harte' }).map((s) => s.speaker)).toEqual(['Owen Harte']);
  });
});
