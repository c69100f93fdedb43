import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { generateDistractors, mulberry32 } from '../../bench/distractors.ts';
import { best, type Matches, PostingsBuilder } from '../../src/search/postings.ts';
import { term, words } from '../../src/search/text.ts';
import { BM25 } from '../../src/search/weights.ts';

/**
 * The postings stand in for minisearch's `search` on the question path, so they must agree with it
 * exactly: the same passages, the same scores to the last bit, ties in the same order.
 */
/**
 * Every match, best first, ties in order of first match: minisearch's order, to compare with it.
 */
function ranked(matches: Matches): { id: number; score: number }[] {
  return Array.from(matches.ids)
    .map((id, order) => ({ id, order, score: matches.score(id) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score }) => ({ id, score }));
}

describe('postings scored as minisearch scores', () => {
  const paragraphs = generateDistractors(40, 7).flatMap((a) => a.text.split('\n\n').slice(2));
  const docs = paragraphs.map((text, id) => ({ id, text, speakers: id % 3 === 0 ? 'Ada Lin mayor' : '' }));
  const search = new MiniSearch<(typeof docs)[number]>({
    fields: ['text', 'speakers'],
    tokenize: (s) => words(s),
    processTerm: (w) => term(w),
    searchOptions: { bm25: BM25 },
  });
  search.addAll(docs);
  const builder = new PostingsBuilder<'text' | 'speakers'>(['text', 'speakers']);
  for (const d of docs) builder.add([words(d.text), words(d.speakers)], term);
  const postings = builder.build(BM25);
  const vocabulary = [...new Set(paragraphs.flatMap((p) => words(p).flatMap((w) => term(w) ?? [])))];
  const random = mulberry32(3);
  const queries = Array.from({ length: 200 }, () =>
    Array.from(
      { length: 1 + Math.floor(random() * 6) },
      () => vocabulary[Math.floor(random() * vocabulary.length)] as string,
    ),
  );
  queries.push(['mayor', 'lin'], ['nosuchterm', 'mayor'], ['mayor', 'mayor']);

  it('GIVEN queries of exact terms with field and term boosts THEN ids, scores and order are minisearch’s', () => {
    for (const terms of queries) {
      const boostTerm = (t: string) => 0.5 + (t.length % 5) / 4;
      const theirs = search.search(terms.join(' '), {
        tokenize: (s) => s.split(' '),
        processTerm: (s) => s,
        boost: { text: 1, speakers: 0.6 },
        boostTerm,
        bm25: BM25,
      });
      const matches = postings.search({
        terms,
        fields: ['text', 'speakers'],
        boost: { speakers: 0.6 },
        boostTerm,
      });
      expect(ranked(matches)).toEqual(theirs.map((r) => ({ id: r.id, score: r.score })));
      expect(best(matches, 7)).toEqual(theirs.slice(0, 7).map((r) => r.id));
    }
  });

  it('GIVEN one field THEN only that field is searched, as minisearch’s `fields` option', () => {
    for (const terms of queries.slice(0, 50)) {
      const theirs = search.search(terms.join(' '), {
        tokenize: (s) => s.split(' '),
        processTerm: (s) => s,
        fields: ['text'],
      });
      const matches = postings.search({ terms, fields: ['text'] });
      expect(ranked(matches)).toEqual(theirs.map((r) => ({ id: r.id, score: r.score })));
    }
  });
});

describe('PostingsBuilder fields added apart', () => {
  const docs = generateDistractors(12, 5)
    .flatMap((a) => a.text.split('\n\n').slice(2))
    .map((text, id) => ({ text, speakers: id % 4 === 1 ? 'Ada Lin, the mayor of Oslo' : '' }));

  it('GIVEN every text field added before any speakers field THEN the postings score as when added together', () => {
    // A build adds the passages' words while attribution runs, their speakers after.
    const together = new PostingsBuilder<'text' | 'speakers'>(['text', 'speakers']);
    for (const d of docs) together.add([words(d.text), words(d.speakers)], term);
    const apart = new PostingsBuilder<'text' | 'speakers'>(['text', 'speakers']);
    for (const [id, d] of docs.entries()) apart.addField(0, id, words(d.text), term);
    for (const [id, d] of docs.entries()) apart.addField(1, id, words(d.speakers), term);
    const a = together.build(BM25);
    const b = apart.build(BM25);
    for (const terms of [['mayor'], ['oslo', 'harbour'], ['lin', 'council', 'mayor'], ['the']]) {
      const query = { terms, fields: ['text', 'speakers'] as const, boost: { speakers: 0.6 } };
      expect(ranked(b.search(query))).toEqual(ranked(a.search(query)));
    }
  });

  it('GIVEN a field given a document out of order, or left short THEN the builder refuses it', () => {
    const builder = new PostingsBuilder<'text' | 'speakers'>(['text', 'speakers']);
    builder.addField(0, 0, ['ferry'], term);
    expect(() => builder.addField(0, 2, ['ferry'], term)).toThrow(/out of order/u);
    builder.addField(0, 1, ['harbour'], term);
    builder.addField(1, 0, ['lin'], term);
    expect(() => builder.build(BM25)).toThrow(/lacks documents/u);
  });
});

describe('PostingsBuilder.dataSteps', () => {
  it('GIVEN twenty words held by every one of 20,000 documents THEN scoring them gives the event loop back between those words', () => {
    // The first terms met are the commonest: a step of so many terms, whatever their postings, held a
    // reload for tens of milliseconds.
    const builder = new PostingsBuilder<'text'>(['text']);
    const common = Array.from({ length: 20 }, (_, i) => `pier${i}`);
    for (let doc = 0; doc < 20_000; doc++) builder.add([common], (w) => w);
    const steps = builder.dataSteps(BM25);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    // A step ends once 50,000 postings are scored: here every third word.
    expect(count).toBeGreaterThanOrEqual(6);
    expect(next.value.fields[0]?.docs.length).toBe(20 * 20_000);
  });
});
