import { describe, expect, it } from 'vitest';
import { applyFilter, articleDay, parseDay } from '../../src/bot/filters.ts';

describe('parseDay', () => {
  it('GIVEN a year or a month THEN its first day for since and its last for until', () => {
    expect(parseDay('2024', false)).toBe('2024-01-01');
    expect(parseDay('2024', true)).toBe('2024-12-31');
    expect(parseDay('2024-02', true)).toBe('2024-02-29');
    expect(parseDay('2023-2-7', false)).toBe('2023-02-07');
  });
  it('GIVEN no such day THEN null', () => {
    expect(parseDay('2023-02-29', false)).toBeNull();
    expect(parseDay('2023-13', false)).toBeNull();
    expect(parseDay('yesterday', false)).toBeNull();
  });
});

describe('articleDay', () => {
  it('GIVEN a front-matter date with a time THEN its day; without a usable date THEN null', () => {
    expect(articleDay('2021-03-18T09:00:00Z')).toBe('2021-03-18');
    expect(articleDay('March 2021')).toBeNull();
    expect(articleDay(null)).toBeNull();
  });
});

describe('applyFilter', () => {
  const dates: Record<string, string | null> = { a: '2023-05-01', b: '2024-05-01', c: null };
  const briefing = { article: (id: string) => ({ date: dates[id] ?? null }) } as never;
  const items = [
    { article: 'a', speaker: 'Ana Lima' },
    { article: 'b', speaker: 'Rui Dias' },
    { article: 'c', speaker: 'Ana Lima' },
  ];
  const none = { article: null, speaker: null, since: null, until: null };

  it('GIVEN no date filter THEN undated articles are kept', () => {
    expect(applyFilter(items, { ...none, speaker: 'ana lima' }, briefing)).toEqual({
      kept: [items[0], items[2]],
      undatedLeftOut: 0,
    });
  });

  it('GIVEN a date filter THEN undated articles are left out and counted', () => {
    expect(applyFilter(items, { ...none, since: '2024-01-01' }, briefing)).toEqual({
      kept: [items[1]],
      undatedLeftOut: 1,
    });
  });
});
