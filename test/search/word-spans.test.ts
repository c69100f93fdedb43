import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/corpus/steps.ts';
import { FormTable } from '../../src/search/form-table.ts';
import { casedWords, words } from '../../src/search/text.ts';
import { ListsBuilder } from '../../src/search/token-lists.ts';
import { formHash, formOf, WordSpans } from '../../src/search/word-spans.ts';
import { WordsSeen } from '../../src/search/words-seen.ts';
import { trickyText } from './tricky-text.ts';

describe('word spans', () => {
  it('GIVEN any stretch of any text THEN its spans are the words casedWords finds, hashed as their forms', () => {
    const spans = new WordSpans();
    let scanned = 0;
    fc.assert(
      fc.property(trickyText, fc.nat(40), fc.nat(40), (parts, a, b) => {
        const text = parts.join('');
        const from = Math.min(a, text.length);
        const to = Math.max(from, text.length - b);
        // A text holding a character outside the Basic Multilingual Plane is left to casedWords.
        if (!spans.scan(text, from, to)) return;
        scanned++;
        const forms = Array.from({ length: spans.count }, (_, k) =>
          formOf(text, spans.starts[k] as number, spans.ends[k] as number),
        );
        const stretch = text.slice(from, to);
        expect(forms).toEqual(casedWords(stretch));
        forms.forEach((form, k) => {
          expect(spans.hashes[k]).toBe(formHash(form));
          if (spans.plain[k] === 1) expect(text.slice(spans.starts[k], spans.ends[k])).toBe(form);
        });
        // Lowered one by one, the words are those of the text lowered, unless a letter says otherwise.
        if (!spans.lowersApart) expect(forms.map((f) => f.toLowerCase())).toEqual(words(stretch));
      }),
      { numRuns: 20_000, seed: 11 },
    );
    expect(scanned).toBeGreaterThan(10_000);
  });

  it('GIVEN news text THEN initialisms, joined words and possessives are found in place', () => {
    const text = 'The U.S. envoy’s “rock-solid” talks with Jae-in’s aides';
    const spans = new WordSpans();
    expect(spans.scan(text)).toBe(true);
    const found = Array.from({ length: spans.count }, (_, k) => [
      text.slice(spans.starts[k], spans.ends[k]),
      spans.plain[k],
    ]);
    expect(found).toEqual([
      ['The', 1],
      ['U.S', 0],
      ['envoy', 1],
      ['rock-solid', 1],
      ['talks', 1],
      ['with', 1],
      ['Jae-in', 1],
      ['aides', 1],
    ]);
    expect(spans.scan('Café 😀')).toBe(false);
    expect(spans.scan('İstanbul')).toBe(true);
    expect(spans.lowersApart).toBe(true);
  });
});

describe('form table', () => {
  it('GIVEN forms written differently THEN each span finds the form it writes, and only that', () => {
    const table = new FormTable();
    const spans = new WordSpans();
    const text = 'US U.S us Kim’s Kim’s kim';
    spans.scan(text);
    const ids: number[] = [];
    for (let k = 0; k < spans.count; k++) {
      const start = spans.starts[k] as number;
      const end = spans.ends[k] as number;
      let id = table.find(text, start, end, spans.hashes[k] as number, spans.plain[k] === 1);
      if (id < 0) id = table.add(formOf(text, start, end));
      ids.push(id);
    }
    // "U.S" is written as "US"; "Kim’s" is "Kim" twice; "us" and "kim" are other forms.
    expect(ids).toEqual([0, 0, 1, 2, 2, 3]);
    expect(table.forms).toEqual(['US', 'us', 'Kim', 'kim']);
  });

  it('GIVEN thousands of forms THEN the table grows and still finds every one', () => {
    const table = new FormTable();
    const forms = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}`);
    for (const f of forms) {
      expect(table.find(f, 0, f.length, formHash(f), true)).toBe(-1);
      table.add(f);
    }
    forms.forEach((f, i) => {
      expect(table.find(f, 0, f.length, formHash(f), true)).toBe(i);
    });
  });
});

describe('words seen', () => {
  it('GIVEN passages read THEN a sentence’s tokens are its lower-case words’ tokens, emoji, “İ” and unread words alike', () => {
    const seen = new WordsSeen();
    for (const p of ['The U.S. envoy’s talks in İzmir 😀 began.', 'Senators said the envoy talked.'])
      seen.read(p);
    const lists = new ListsBuilder();
    const sentences = ['The envoy talks.', 'İzmir talks 😀', 'The U.S. talking', 'Unheard-of senators'];
    for (const s of sentences) seen.addTokens(lists, s);
    const { offsets, ids } = runSteps(lists.doneSteps());
    sentences.forEach((s, i) => {
      const expected = words(s).map((w) => seen.tokenOf.get(w) ?? (seen.table.ofWords([w])[0] as number));
      expect(Array.from(ids.subarray(offsets[i], offsets[i + 1]))).toEqual(expected);
    });
    // "talking" was never read, but its stem was; "unheard-of" neither.
    expect(Array.from(ids.subarray(offsets[2], offsets[3]))).toEqual([
      seen.tokenOf.get('the'),
      seen.tokenOf.get('us'),
      seen.tokenOf.get('talks'),
    ]);
    expect(ids[(offsets[4] as number) - 2]).toBe(-1);
  });
});
