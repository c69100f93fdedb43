import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/answer/briefing.ts';
import { articleChoices, listArticles, safeFileName } from '../../src/bot/briefing-files.ts';
import type { Article } from '../../src/corpus/types.ts';
import { ARTICLE, fakeBriefing, STATEMENTS } from './fake-briefing.ts';

/** `n` articles titled "Storm report 1…n", ids `storm-1…`. */
function storms(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => ({
    ...ARTICLE,
    id: `storm-${i + 1}`,
    title: `Storm report ${i + 1}`,
  }));
}

/** A briefing as `LiveBriefing` presents one: its `articles` the current list, replaced on reload. */
function reloading(first: Article[]): { briefing: Briefing; reload(next: Article[]): void } {
  let current = fakeBriefing({ articles: first });
  const briefing = new Proxy({} as Briefing, {
    get: (_, key) => current[key as keyof Briefing],
  });
  return { briefing, reload: (next) => (current = fakeBriefing({ articles: next })) };
}

describe('articleChoices', () => {
  it('GIVEN 40 matching articles THEN the first 25 in order, as Discord allows no more', () => {
    const choices = articleChoices('storm', { briefing: fakeBriefing({ articles: storms(40) }) });
    expect(choices.map((c) => c.value)).toEqual(storms(25).map((a) => a.id));
  });

  it('GIVEN what was typed in another case, in the id or the title THEN it matches', () => {
    const briefing = fakeBriefing({ articles: storms(12) });
    expect(articleChoices('REPORT 11', { briefing }).map((c) => c.value)).toEqual(['storm-11']);
    expect(articleChoices('Storm-12', { briefing }).map((c) => c.value)).toEqual(['storm-12']);
  });

  it('GIVEN an id longer than a choice value may be THEN that article is not offered', () => {
    const long = { ...ARTICLE, id: 'x'.repeat(101), title: 'Storm far away' };
    const briefing = fakeBriefing({ articles: [long, ...storms(1)] });
    expect(articleChoices('storm', { briefing }).map((c) => c.value)).toEqual(['storm-1']);
  });

  it('GIVEN the briefing reloaded with other articles THEN the new titles are searched, not the old', () => {
    const live = reloading(storms(3));
    expect(articleChoices('storm', live).length).toBe(3);
    live.reload([{ ...ARTICLE, id: 'ferry', title: 'Ferry crossing suspended' }]);
    expect(articleChoices('storm', live)).toEqual([]);
    expect(articleChoices('ferry', live).map((c) => c.value)).toEqual(['ferry']);
  });
});

describe('listArticles', () => {
  it('GIVEN articles with and without statements THEN each line counts its own article’s statements', () => {
    const quiet = { ...ARTICLE, id: 'quiet', title: 'A quiet day' };
    const briefing = fakeBriefing({ articles: [ARTICLE, quiet] });
    const own = STATEMENTS.filter((s) => s.article === ARTICLE.id).length;
    expect(own).toBeGreaterThan(1);
    const lines = listArticles({ briefing }).content.split('\n');
    expect(lines.find((line) => line.includes('`harbour`'))).toMatch(
      new RegExp(` · ${own} statements$`, 'u'),
    );
    expect(lines.find((line) => line.includes('`quiet`'))).toMatch(/ · 0 statements$/u);
  });
});

describe('safeFileName', () => {
  it('GIVEN a title THEN lower-case letters, digits and hyphens, with the extension', () => {
    expect(safeFileName('Harbour pilots: winter storms (2024)', '.md', new Set())).toBe(
      'harbour-pilots-winter-storms-2024.md',
    );
  });

  it('GIVEN accents and path characters THEN they are folded or dropped, never kept as a path', () => {
    expect(safeFileName('../../Travessia do Tejo é suspensa/..', '.txt', new Set())).toBe(
      'travessia-do-tejo-e-suspensa.txt',
    );
  });

  it('GIVEN a title with no letter or digit THEN "article"', () => {
    expect(safeFileName('“…” — !', '.md', new Set())).toBe('article.md');
  });

  it('GIVEN a taken name, in any case THEN -2, -3…', () => {
    expect(safeFileName('Ferry', '.md', new Set(['Ferry.md', 'ferry-2.md']))).toBe('ferry-3.md');
  });

  it('GIVEN a very long title THEN at most 60 characters before the extension, not ending in a hyphen', () => {
    const name = safeFileName(`${'word '.repeat(30)}end`, '.md', new Set());
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).not.toMatch(/-\.md$/u);
  });
});
