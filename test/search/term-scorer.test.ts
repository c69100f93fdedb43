import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { persistSearch, restoreSearch } from '../../src/search/persisted-search.ts';
import { bestMatches, TermScorer } from '../../src/search/term-scorer.ts';

interface Doc {
  id: number;
  text: string;
  who: string;
  where: string;
}

const FIELDS = ['text', 'who', 'where'];
const BOOST = { text: 2, who: 1.5, where: 1 };
const options = { fields: FIELDS };

// Repeated texts make equal scores, whose order minisearch keeps from the postings.
const docs: Doc[] = [
  { id: 0, text: 'the harbour opens in may the mayor said', who: 'ada lin mayor', where: 'oslo' },
  { id: 1, text: 'ferries to the harbour resume in may and june', who: '', where: '' },
  { id: 2, text: 'harbour harbour harbour the word three times', who: 'lin', where: 'bergen harbour' },
  { id: 3, text: 'nothing about boats at all', who: 'per ek', where: 'oslo' },
  { id: 4, text: 'ferries to the harbour resume in may and june', who: '', where: '' },
  { id: 5, text: 'the mayor of oslo spoke of ferries', who: 'ada lin', where: 'oslo' },
  { id: 6, text: 'ferries to the harbour resume in may and june', who: '', where: '' },
];

function built(): MiniSearch<Doc> {
  const search = new MiniSearch<Doc>(options);
  search.addAll(docs);
  return search;
}

const QUERIES = [
  ['harbour'],
  ['harbour', 'may'],
  ['ferri', 'harbour', 'oslo'],
  ['oslo', 'mayor', 'lin'],
  ['lin', 'nowhere'],
  ['nowhere'],
  ['june', 'ferries', 'harbour', 'resume'],
  [],
];

function minisearchRanks(search: MiniSearch<Doc>, terms: string[], combineWith: 'AND' | 'OR') {
  return search
    .search(terms.join(' '), {
      boost: BOOST,
      combineWith,
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
    })
    .map((r) => ({ id: r.id as number, score: r.score }));
}

describe('term scorer', () => {
  it('GIVEN any query, OR or AND THEN it ranks exactly as minisearch: same passages, scores and order of ties', () => {
    for (const search of [built(), restoreSearch<Doc>(persistSearch(built()), options)]) {
      const scorer = new TermScorer(search, FIELDS, BOOST, docs.length);
      for (const terms of QUERIES) {
        for (const mode of ['OR', 'AND'] as const) {
          const expected = minisearchRanks(search, terms, mode);
          // Twice: the second time from the scored postings it keeps.
          expect(bestMatches(scorer.find(terms, mode), 100)).toEqual(expected);
          expect(bestMatches(scorer.find(terms, mode), 100)).toEqual(expected);
          // Only the best few: the same first ones, ties included.
          expect(bestMatches(scorer.find(terms, mode), 2)).toEqual(expected.slice(0, 2));
        }
      }
    }
  });

  it('GIVEN a minisearch whose insides look otherwise THEN minisearch itself answers, alike', () => {
    const search = built();
    // A document removed: minisearch cleans its postings lazily, so the scorer leaves it to it.
    search.discard(3);
    // Its first searches clean the postings up, which changes the scores they give: after that, fixed.
    for (const terms of QUERIES) minisearchRanks(search, terms, 'OR');
    const scorer = new TermScorer(search, FIELDS, BOOST, docs.length);
    for (const terms of QUERIES) {
      expect(bestMatches(scorer.find(terms, 'OR'), 100)).toEqual(minisearchRanks(search, terms, 'OR'));
    }
  });

  it('GIVEN scores with many ties THEN the best k are the first k of a stable sort, best first', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 500; trial++) {
      const n = 1 + Math.floor(random() * 300);
      const levels = 1 + Math.floor(random() * 12);
      const scores = Float64Array.from({ length: n }, () => Math.floor(random() * levels) / 3);
      const ids = Int32Array.from({ length: n }, (_, i) => 1000 - i);
      const k = 1 + Math.floor(random() * n * 1.2);
      const expected = [...ids]
        .map((id, i) => ({ id, score: scores[i] as number }))
        .sort((a, b) => b.score - a.score)
        .slice(0, k);
      expect(bestMatches({ ids, scores }, k)).toEqual(expected);
    }
  });
});
