/**
 * minisearch's index in a form that reads back fast. `toJSON()` nests every posting in objects keyed
 * by document id; reading those back (deserializing the objects, then `loadJS` turning each into a
 * Map) was most of a restart. Here the postings are flat typed arrays, which deserialize as one copy.
 */
import MiniSearch, { type Options } from 'minisearch';

type SearchJson = ReturnType<MiniSearch['toJSON']>;

/** Postings as flat arrays. */
export interface PackedPostings {
  terms: string[];
  /** Per term: its field count, then per field the field id and its posting count. */
  layout: Int32Array;
  /** Per posting, in layout order: the document's short id and the term's frequency in the field. */
  docs: Int32Array;
  freqs: Uint16Array;
}

/** minisearch's JSON without its postings, plus the postings packed. */
export interface PersistedSearch {
  json: Omit<SearchJson, 'index'>;
  postings: PackedPostings;
}

/** Field id → document short id → term frequency: the postings of one term. */
export type TermPostings = Map<number, Map<number, number>>;

export function persistSearch(search: MiniSearch<never> | MiniSearch<unknown>): PersistedSearch {
  const { index, ...json } = search.toJSON();
  const terms: string[] = [];
  const layout: number[] = [];
  const docs: number[] = [];
  const freqs: number[] = [];
  for (const [term, fields] of index) {
    terms.push(term);
    const ids = Object.keys(fields);
    layout.push(ids.length);
    for (const id of ids) {
      const postings = fields[id] ?? {};
      const keys = Object.keys(postings);
      layout.push(Number(id), keys.length);
      for (const doc of keys) {
        docs.push(Number(doc));
        freqs.push(Math.min(0xffff, postings[doc] ?? 0));
      }
    }
  }
  return {
    json,
    postings: {
      terms,
      layout: Int32Array.from(layout),
      docs: Int32Array.from(docs),
      freqs: Uint16Array.from(freqs),
    },
  };
}

/** The postings of each term, as Maps. */
function* unpack(p: PackedPostings): Generator<[string, TermPostings]> {
  let at = 0;
  let doc = 0;
  for (const term of p.terms) {
    const fields: TermPostings = new Map();
    const count = p.layout[at++] as number;
    for (let f = 0; f < count; f++) {
      const field = p.layout[at++] as number;
      const n = p.layout[at++] as number;
      const postings = new Map<number, number>();
      for (let i = 0; i < n; i++, doc++) postings.set(p.docs[doc] as number, p.freqs[doc] as number);
      fields.set(field, postings);
    }
    yield [term, fields];
  }
}

function toPlain(fields: TermPostings): SearchJson['index'][number][1] {
  const out: SearchJson['index'][number][1] = {};
  for (const [field, postings] of fields) out[field] = Object.fromEntries(postings);
  return out;
}

/** The term index inside a MiniSearch, where `loadJS` puts what it reads (minisearch 7). */
interface TermIndex {
  get(term: string): unknown;
  set(term: string, value: TermPostings): unknown;
}

function sameMaps(a: unknown, b: TermPostings): boolean {
  if (!(a instanceof Map) || a.size !== b.size) return false;
  for (const [field, postings] of b) {
    const other: unknown = a.get(field);
    if (!(other instanceof Map) || other.size !== postings.size) return false;
    for (const [doc, freq] of postings) if (other.get(doc) !== freq) return false;
  }
  return true;
}

/**
 * The MiniSearch that `persistSearch` saved. See `loadSearch`.
 */
export function restoreSearch<T>(
  saved: PersistedSearch,
  options: Options<T>,
  { handOver = true }: { handOver?: boolean } = {},
): MiniSearch<T> {
  return loadSearch(saved.json, unpack(saved.postings), options, { handOver });
}

/**
 * A MiniSearch from its JSON (`toJSON()` without the index) and its terms' postings. The first term
 * goes through the public `loadJS`; when minisearch then holds it exactly as the given Maps, the other
 * terms are handed over as Maps too, skipping the objects `loadJS` would read them from. Otherwise
 * (another minisearch layout) every term goes through `loadJS`: slower, never wrong.
 */
export function loadSearch<T>(
  json: PersistedSearch['json'],
  terms: Iterator<[string, TermPostings]>,
  options: Options<T>,
  { handOver = true }: { handOver?: boolean } = {},
): MiniSearch<T> {
  const first = terms.next();
  if (first.done) return MiniSearch.loadJS<T>({ ...json, index: [] }, options);
  const [term, fields] = first.value;
  if (handOver) {
    const search = MiniSearch.loadJS<T>({ ...json, index: [[term, toPlain(fields)]] }, options);
    const index = (search as unknown as { _index?: Partial<TermIndex> })._index;
    if (
      typeof index?.get === 'function' &&
      typeof index.set === 'function' &&
      sameMaps(index.get(term), fields)
    ) {
      for (let next = terms.next(); !next.done; next = terms.next()) index.set(...next.value);
      return search;
    }
  }
  const plain: SearchJson['index'] = [[term, toPlain(fields)]];
  for (let next = terms.next(); !next.done; next = terms.next())
    plain.push([next.value[0], toPlain(next.value[1])]);
  return MiniSearch.loadJS<T>({ ...json, index: plain }, options);
}
