import { deserialize, serialize } from 'node:v8';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { persistSearch, restoreSearch } from '../../src/search/persisted-search.ts';

interface Doc {
  id: number;
  text: string;
  who: string;
}

const options = { fields: ['text', 'who'] };
const docs: Doc[] = [
  { id: 0, text: 'The harbour opens in May, the mayor said', who: 'Ada Lin' },
  { id: 1, text: 'Ferries to the harbour resume in May and June', who: '' },
  { id: 7, text: 'harbour harbour harbour: the word three times', who: 'Lin' },
  { id: 12, text: 'Nothing about boats at all', who: 'Per Ek' },
];

function built(): MiniSearch<Doc> {
  const search = new MiniSearch<Doc>(options);
  search.addAll(docs);
  return search;
}

/** Through `node:v8`, as the persisted index file is. */
const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('persisted minisearch postings', () => {
  it('GIVEN an index persisted and restored THEN every query scores exactly as the original', () => {
    const original = built();
    const restored = restoreSearch<Doc>(roundTrip(persistSearch(original)), options);
    for (const q of ['harbour', 'may lin', 'boats', 'harbor', 'ada', 'nothing here']) {
      for (const opts of [{}, { fuzzy: 0.2 }, { prefix: true, combineWith: 'AND' as const }]) {
        expect(restored.search(q, opts)).toEqual(original.search(q, opts));
      }
    }
    expect(restored.documentCount).toBe(original.documentCount);
  });

  it('GIVEN the postings THEN they are flat typed arrays, one entry per posting', () => {
    const { postings } = persistSearch(built());
    expect(postings.docs).toBeInstanceOf(Int32Array);
    expect(postings.freqs).toBeInstanceOf(Uint16Array);
    // "harbour" is in three texts; its frequency in document 7 is 3.
    const json = built().toJSON();
    const total = json.index.reduce(
      (n, [, fields]) => n + Object.values(fields).reduce((m, p) => m + Object.keys(p).length, 0),
      0,
    );
    expect(postings.docs.length).toBe(total);
    expect(Math.max(...postings.freqs)).toBe(3);
  });

  it('GIVEN the terms handed over as Maps, or all read through loadJS THEN both answer exactly alike', () => {
    const original = built();
    const saved = roundTrip(persistSearch(original));
    const sizes: number[] = [];
    const loadJS = MiniSearch.loadJS;
    MiniSearch.loadJS = ((js: Parameters<typeof loadJS>[0], opts: Parameters<typeof loadJS>[1]) => {
      sizes.push(js.index.length);
      return loadJS.call(MiniSearch, js, opts);
    }) as typeof MiniSearch.loadJS;
    let fast: MiniSearch<Doc>;
    let slow: MiniSearch<Doc>;
    try {
      fast = restoreSearch<Doc>(saved, options);
      slow = restoreSearch<Doc>(saved, options, { handOver: false });
    } finally {
      MiniSearch.loadJS = loadJS;
    }
    // The fast path reads one term through loadJS (to check minisearch's layout), the slow path all.
    expect(sizes).toEqual([1, saved.postings.terms.length]);
    for (const q of ['harbour', 'may lin', 'boats', 'harbor']) {
      expect(fast.search(q, { fuzzy: 0.2 })).toEqual(slow.search(q, { fuzzy: 0.2 }));
      expect(fast.search(q)).toEqual(original.search(q));
    }
  });
});
