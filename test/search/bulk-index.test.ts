import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { loadArticles } from '../../src/corpus/index.ts';
import { BulkIndex, supportsBulkIndex } from '../../src/search/bulk-index.ts';
import { term, words } from '../../src/search/text.ts';

interface Doc {
  id: number;
  text: string;
  who: string;
}

const FIELDS = ['text', 'who'];
const tokenize = (s: string) => (s === '' ? [] : words(s));
const processTerm = (w: string) => term(w);
const options = { fields: FIELDS, tokenize, processTerm };

/** The same documents through minisearch's add() and through BulkIndex, the second field given last. */
function both(docs: Doc[]): { added: MiniSearch<Doc>; bulk: MiniSearch<Doc> } {
  const added = new MiniSearch<Doc>(options);
  added.addAll(docs);
  const builder = new BulkIndex(FIELDS);
  for (const d of docs) builder.addField(d.id, 'text', tokenize(d.text), processTerm);
  for (const d of docs) builder.addField(d.id, 'who', tokenize(d.who), processTerm);
  return { added, bulk: builder.toMiniSearch<Doc>(options) };
}

const search = (index: MiniSearch<Doc>, q: string) =>
  index.search(q, { boost: { text: 2, who: 1.5 } }).map((r) => [r.id, r.score, r.queryTerms]);

describe('bulk-built minisearch index', () => {
  it('GIVEN the installed minisearch THEN the bulk path is the one in use', () => {
    // If this fails after a minisearch upgrade, builds fall back to add(): same answers, slower.
    expect(supportsBulkIndex()).toBe(true);
  });

  it('GIVEN repeated words, empty fields and stop words THEN every query scores exactly as with add()', () => {
    const docs: Doc[] = [
      { id: 0, text: 'The harbour opens in May, the mayor said', who: 'Ada Lin' },
      { id: 1, text: 'Ferries to the harbour resume in May and June', who: '' },
      { id: 2, text: 'harbour harbour harbour: the word three times', who: 'Lin Lin' },
      { id: 3, text: '', who: 'Per Ek' },
      { id: 4, text: 'Nothing about boats at all', who: 'the' },
    ];
    const { added, bulk } = both(docs);
    for (const q of ['harbour', 'may lin', 'ek boats', 'harbour june ada', 'nothing']) {
      expect(search(bulk, q)).toEqual(search(added, q));
    }
    expect(bulk.toJSON().averageFieldLength).toEqual(added.toJSON().averageFieldLength);
    expect(bulk.documentCount).toBe(added.documentCount);
  });

  it('GIVEN the briefing in seeds/ as sentences THEN the bulk index answers every word as add() does', async () => {
    const { articles } = await loadArticles('seeds', { warn: () => {} });
    const docs = articles
      .flatMap((a) => a.paragraphs.map((p) => p.text))
      .map((text, id) => ({ id, text, who: id % 3 === 0 ? 'Antony Blinken' : '' }));
    const { added, bulk } = both(docs);
    const vocabulary = [...new Set(docs.flatMap((d) => words(d.text)))];
    expect(vocabulary.length).toBeGreaterThan(300);
    for (const w of vocabulary) expect(search(bulk, w)).toEqual(search(added, w));
  });

  it('GIVEN a field out of document order, or missing for some documents THEN it is refused', () => {
    const builder = new BulkIndex(FIELDS);
    builder.addField(0, 'text', ['a'], processTerm);
    expect(() => builder.addField(2, 'text', ['b'], processTerm)).toThrow(/out of order/);
    expect(() => builder.addField(0, 'where', ['b'], processTerm)).toThrow(/no field/);
    expect(() => builder.toMiniSearch(options)).toThrow(/was given for 0 of 1/);
  });
});

describe('briefing index without the bulk path', () => {
  it('GIVEN a minisearch the bulk path does not fit THEN the briefing answers exactly as with it', async () => {
    const { articles } = await loadArticles('seeds', { warn: () => {} });
    const questions = [
      'What did Blinken say about China?',
      'Who said the Quad would meet?',
      'Where did Austin speak about North Korea?',
      'human rights',
    ];
    const open = async () => {
      const { createBriefing } = await import('../../src/answer/open-briefing.ts');
      const briefing = createBriefing('seeds', articles);
      return questions.map((q) => briefing.ask(q, { limit: 10 }));
    };
    const withBulk = await open();
    vi.resetModules();
    vi.doMock('../../src/search/bulk-index.ts', async (importOriginal) => ({
      ...(await importOriginal<typeof import('../../src/search/bulk-index.ts')>()),
      supportsBulkIndex: () => false,
    }));
    try {
      expect(await open()).toEqual(withBulk);
    } finally {
      vi.doUnmock('../../src/search/bulk-index.ts');
      vi.resetModules();
    }
    expect(withBulk.filter((a) => a.answered).length).toBeGreaterThanOrEqual(3);
  });
});
