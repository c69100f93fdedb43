/**
 * A MiniSearch index built in bulk. `add()` walks minisearch's radix tree once for every word of every
 * document; here the postings are gathered in plain Maps (one entry per distinct term) and the tree is
 * filled once per term, through the path that reads a persisted index back (`loadSearch`). Fields can
 * be added in any order of fields, so a briefing's sentences are indexed while their statements are
 * still being worked out, and the speaker and place fields added after.
 *
 * What is gathered is what `add()` records: each field's length (its distinct words), the running
 * average of those lengths, each term's frequency per field and document. Whether this minisearch
 * still records exactly that is checked once, on a probe compared with `addAll`
 * (`supportsBulkIndex`); if not, callers use `addAll`: slower, same index.
 */
import MiniSearch, { type Options } from 'minisearch';
import { loadSearch, type TermPostings } from './persisted-search.ts';

/**
 * Per field, a term's postings as a flat list of document and frequency pairs. Documents arrive in
 * order, so a document's repeated word only bumps the last pair.
 */
type Postings = (number[] | undefined)[];

export class BulkIndex {
  private readonly fieldIds: Record<string, number>;
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: number[][] = [];
  private readonly average: number[];
  /** Documents given each field so far. */
  private readonly counts: number[];

  constructor(readonly fields: readonly string[]) {
    this.fieldIds = Object.fromEntries(fields.map((f, i) => [f, i]));
    this.average = fields.map(() => 0);
    this.counts = fields.map(() => 0);
  }

  /**
   * Indexes one field of document number `doc`. Each field must be given for documents 0, 1, 2, …
   * in order, every document once, as `addAll` would see them.
   *
   * @param words what the index's `tokenize` returns for the field
   * @param term the index's `processTerm`
   */
  addField(
    doc: number,
    field: string,
    words: readonly string[],
    term: (word: string) => string | null,
  ): void {
    const fieldId = this.fieldIds[field];
    if (fieldId === undefined) throw new Error(`the index has no field ${field}`);
    if (this.counts[fieldId] !== doc) throw new Error(`field ${field} of document ${doc} is out of order`);
    this.counts[fieldId] = doc + 1;
    const length = new Set(words).size;
    let lengths = this.lengths[doc];
    if (!lengths) {
      lengths = [];
      this.lengths[doc] = lengths;
    }
    lengths[fieldId] = length;
    // add()'s running average, in its order of operations, so that scores match to the last bit.
    this.average[fieldId] = ((this.average[fieldId] as number) * doc + length) / (doc + 1);
    for (const word of words) {
      const t = term(word);
      if (!t) continue;
      let byField = this.postings.get(t);
      if (!byField) {
        byField = [];
        this.postings.set(t, byField);
      }
      const list = byField[fieldId];
      if (!list) byField[fieldId] = [doc, 1];
      else if (list[list.length - 2] === doc) (list[list.length - 1] as number)++;
      else list.push(doc, 1);
    }
  }

  /** How many documents hold each term in `field`. */
  *documentFrequencies(field: string): Generator<[string, number]> {
    const fieldId = this.fieldIds[field] as number;
    for (const [t, byField] of this.postings) {
      const list = byField[fieldId];
      if (list) yield [t, list.length / 2];
    }
  }

  /** The MiniSearch over documents 0 … n-1, whose ids are those numbers. Every field must be complete. */
  toMiniSearch<T>(options: Options<T>): MiniSearch<T> {
    const n = this.lengths.length;
    this.fields.forEach((field, i) => {
      if (this.counts[i] !== n)
        throw new Error(`field ${field} was given for ${this.counts[i]} of ${n} documents`);
    });
    const ids: Record<string, number> = {};
    const fieldLength: Record<string, number[]> = {};
    for (let i = 0; i < n; i++) {
      ids[i] = i;
      fieldLength[i] = this.lengths[i] as number[];
    }
    const json = {
      documentCount: n,
      nextId: n,
      documentIds: ids,
      fieldIds: this.fieldIds,
      fieldLength,
      averageFieldLength: this.average,
      storedFields: {},
      dirtCount: 0,
      serializationVersion: 2,
    };
    return loadSearch(json, asMaps(this.postings), options);
  }
}

/** The postings in minisearch's own shape: field id → document → frequency, fields in the order first met. */
function* asMaps(postings: Map<string, Postings>): Generator<[string, TermPostings]> {
  for (const [t, byField] of postings) {
    const fields: TermPostings = new Map();
    byField.forEach((list, fieldId) => {
      if (!list) return;
      const docs = new Map<number, number>();
      for (let i = 0; i < list.length; i += 2) docs.set(list[i] as number, list[i + 1] as number);
      fields.set(fieldId, docs);
    });
    yield [t, fields];
  }
}

let probed: boolean | undefined;

/** Whether `BulkIndex` builds the same index as `addAll` with this minisearch (checked once). */
export function supportsBulkIndex(): boolean {
  probed ??= probe();
  return probed;
}

function probe(): boolean {
  try {
    const docs = [
      { id: 0, text: 'one two two', extra: 'three one two' },
      { id: 1, text: 'four', extra: '' },
      { id: 2, text: '', extra: 'five five six' },
    ];
    const tokenize = (text: string) => text.split(' ').filter(Boolean);
    const processTerm = (t: string) => (t === 'two' ? null : t);
    const options: Options = { fields: ['text', 'extra'], tokenize, processTerm };
    const added = new MiniSearch(options);
    added.addAll(docs);
    const bulk = new BulkIndex(['text', 'extra']);
    for (const d of docs) bulk.addField(d.id, 'text', tokenize(d.text), processTerm);
    for (const d of docs) bulk.addField(d.id, 'extra', tokenize(d.extra), processTerm);
    const built = bulk.toMiniSearch(options);
    return (
      canonical(added) === canonical(built) &&
      JSON.stringify(added.search('one five')) === JSON.stringify(built.search('one five'))
    );
  } catch {
    return false;
  }
}

/** An index's JSON with its terms and fields in order, so that two equal indexes compare equal. */
function canonical(search: MiniSearch): string {
  const json = search.toJSON();
  const index = json.index
    .map(
      ([t, fields]) =>
        [t, Object.fromEntries(Object.entries(fields).sort(([a], [b]) => Number(a) - Number(b)))] as const,
    )
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({ ...json, index });
}
