import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/answer/briefing.ts';
import { parseArticle } from '../../src/corpus/index.ts';

/** An invented article of blank-line paragraphs, its first the title. */
const article = (id: string, ...paragraphs: string[]) =>
  parseArticle(paragraphs.join('\n\n'), id, `${id}.txt`);

/** A story filed from a town its passages never name again (the dateline is kept out of them). */
const BRIDGE = article(
  'bridge',
  'Bridge becomes porch',
  'PENWICK, N.Y. — The bridge has been closed to cars for eleven weeks.',
  '"We stumbled into something good," Mayor Leon Abrecht said.',
);

describe('the place an article was filed from', () => {
  it('GIVEN a town named only in the dateline THEN a question about it is answered from that article, not refused', () => {
    // "PENWICK, N.Y. —" is the article's dateline, kept out of its passages' text; the briefing still names Penwick.
    const briefing = createBriefing('memory', [BRIDGE]);
    const answer = briefing.ask('What did the mayor of Penwick say?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.speaker).toBe('Leon Abrecht');
  });
});

describe('an office qualified by a place', () => {
  const briefing = createBriefing('memory', [
    article(
      'strike',
      'Port strike spreads',
      'Dock workers at the port of Velmora walked off the job on Tuesday, union leaders said.',
    ),
    BRIDGE,
  ]);

  it("GIVEN no article naming both the office and the place THEN another town's mayor is not the answer", () => {
    const answer = briefing.ask('What did the mayor of Velmora say?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/no one as the mayor of Velmora/u);
  });

  it('GIVEN the article naming both (the place in its dateline) THEN its mayor is found', () => {
    expect(briefing.ask('What did the mayor of Penwick say?').results[0]?.speaker).toBe('Leon Abrecht');
  });
});

describe('an office asked about in shorthand', () => {
  const briefing = createBriefing('memory', [
    article(
      'cuts',
      'Startup cuts staff',
      'Software startup Quellmark cut 38 percent of its workforce, chief executive Mara Ostberg told employees.',
      '"We grew too fast, and that is on me," Ostberg said.',
    ),
  ]);

  it('GIVEN "the CEO" of a briefing that writes "chief executive" THEN she is the one asked about, all her words listed', () => {
    // ¶3 never says "chief executive": it is hers, and she is the chief executive asked about.
    const answer = briefing.ask('What did the CEO say?');
    expect(answer.reason ?? '').not.toMatch(/No one/u);
    expect(answer.results.map((r) => r.paragraph)).toContain(3);
  });
});

describe('"who is" an office no one holds', () => {
  const briefing = createBriefing('memory', [
    article(
      'cuts',
      'Startup cuts staff',
      'Software startup Quellmark cut 38 percent of its workforce, chief executive Mara Ostberg told employees.',
    ),
  ]);

  it('GIVEN an office described in words no quoted role holds together THEN the closest passages are shown as such', () => {
    const answer = briefing.ask("Who is Quellmark's chief financial officer?");
    expect(answer.related).toBe(true);
    expect(answer.reason).toMatch(
      /No one the briefing quotes is described as Quellmark's chief financial officer/u,
    );
  });

  it('GIVEN the office a quoted speaker holds THEN it is answered', () => {
    const answer = briefing.ask('Who is the chief executive of Quellmark?');
    expect(answer.related).toBe(false);
    expect(answer.results[0]?.speaker).toBe('Mara Ostberg');
  });
});

describe('a relation asked about', () => {
  it('GIVEN "What did her daughter say?" of a daughter the text names only as a relation THEN no false "no one is described as"', () => {
    const briefing = createBriefing('memory', [
      article(
        'obituary',
        'Obituary',
        'She is survived by their daughter, Saskia, who said the family was "overwhelmed by the kindness of strangers".',
      ),
    ]);
    const answer = briefing.ask('What did her daughter say?');
    expect(answer.reason ?? '').not.toMatch(/No one/u);
    expect(answer.results[0]?.speaker).toBe('Saskia');
  });
});
