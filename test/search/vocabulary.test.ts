import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/corpus/steps.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';

describe('Vocabulary.fromDataSteps', () => {
  // Invented words: a syllable table walked in order, so the test needs no article.
  const syllables = ['ka', 'lo', 'mi', 'ter', 'van', 'dros', 'pel', 'su', 'gar', 'nix'];
  const invented = Array.from(
    { length: 10_000 },
    (_, i) =>
      `${syllables[i % 10]}${syllables[Math.floor(i / 10) % 10]}${syllables[Math.floor(i / 100) % 10]}${syllables[Math.floor(i / 1_000) % 10]}`,
  );
  const built = new Vocabulary();
  for (const w of invented) built.add(w);
  built.noteCase('Kaloka');
  built.seal();

  it('GIVEN 10,000 words THEN reading them back gives the event loop back within the list', () => {
    // A reload opens the vocabulary it built beside a briefing that answers: 30,000 words read at
    // once held the event loop for tens of milliseconds.
    const listed = built.dataSteps();
    let listing = listed.next();
    let listSteps = 0;
    for (; !listing.done; listing = listed.next()) listSteps++;
    // Listing them to be persisted (each one's stem looked up) gives it back as well.
    expect(listSteps).toBeGreaterThanOrEqual(10_000 / 500);
    const steps = Vocabulary.fromDataSteps(listing.value);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    expect(count).toBeGreaterThanOrEqual(10_000 / 500);
    const read = next.value;
    expect([...read.words]).toEqual([...built.words]);
    expect([...read.expand('kalomit')].sort()).toEqual([...built.expand('kalomit')].sort());
    expect(read.near('kalomiter')).toEqual(built.near('kalomiter'));
    expect(read.isName('kaloka')).toBe(true);
  });

  it('GIVEN 10,000 words seen capitalised and as many in lower case THEN they are read back a few hundred per step, each case as it was', () => {
    // 10,000 and 21,000 of them for 924 real articles were read back in one step of 8–14 ms.
    const cased = new Vocabulary();
    invented.forEach((w, i) => {
      cased.add(w);
      cased.noteCase(i % 2 === 0 ? `${w[0]?.toUpperCase()}${w.slice(1)}` : w);
      cased.noteCase(i % 3 === 0 ? w : `${w[0]?.toUpperCase()}${w.slice(1)}`);
    });
    cased.seal();
    const steps = Vocabulary.fromDataSteps(runSteps(cased.dataSteps()));
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    // The words themselves take 20 steps; the two case lists (some 13,000 words) at least 20 more.
    expect(count).toBeGreaterThanOrEqual(40);
    for (const w of invented.slice(0, 30)) expect(next.value.isName(w)).toBe(cased.isName(w));
  });
});
