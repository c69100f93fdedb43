import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/bot/briefing-files.ts';

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
