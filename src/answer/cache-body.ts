/**
 * The body of a persisted briefing's file: one v8 value per chunk (a part of the briefing each, the
 * event loop given back between chunks), then the typed arrays of those values, raw. Two things are
 * taken out of the values before they are serialised, and put back when read:
 *
 * - typed arrays (an index's postings, token lists and layout: about 14 MB for 924 real articles),
 *   stored raw after the chunks at multiples of 8 bytes and read back as views of one buffer read in
 *   one go: no copy, and nothing else of the file kept beside them. Decoded from v8 values, those
 *   that happened to lie at an even place were views of the whole body (16.7 MB kept, strings and
 *   all), the others copied (7 MB more);
 * - long lists of words, stored as ids into one table of distinct strings, the first chunk: the
 *   index lists its words, stems, tokens and terms apart (155,000 strings for 924 real articles,
 *   37,000 distinct), and each decoded string is an object of its own on the heap.
 *
 * A chunk lists where what was taken out goes (`places`), so reading it back walks no list of words.
 */

import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import type { Speaker } from '../attribution/types.ts';
import type { StoredArticles } from '../corpus/stored-article.ts';
import { type IndexData, runInBackground } from '../search/index.ts';
import type { StoredStatements } from './stored-statements.ts';

/** What a cache file's body holds: the attribution file the first three parts, the index file the last. */
export interface CacheBody {
  articles?: StoredArticles;
  statements?: StoredStatements;
  speakers?: Speaker[];
  index?: IndexData;
}

/** One chunk of a body: a part of the briefing, named so that the chunks need no fixed order. */
type Chunk = (
  | { part: 'strings'; value: string[] }
  | { part: 'speakers'; value: Speaker[] }
  | { part: 'articles'; value: StoredArticles }
  | { part: 'statements'; value: StoredStatements }
  | { part: 'index'; key: keyof IndexData; value: unknown }
) & {
  /** Set on each piece of a long list of objects written as several chunks: its first item's place. */
  from?: number;
};

/**
 * Items of a list of objects per chunk. v8 serialises or reads a chunk in one call, and a list of
 * thousands of small objects made one long call: the speaker matcher's entries (about 10,000 for 924
 * real articles, each a few lists of words) took 10–12 ms to serialise, a turn of the event loop
 * held that long during a reload's persisted write, and as long to read back at a load. Pieces of
 * this many take about a millisecond each.
 */
const LIST_PIECE = 1_000;

/** The typed arrays a body stores raw, by their code in a `Place`. */
const RAW_TYPES = [Int32Array, Float64Array, Uint8Array] as const;
type RawArray = InstanceType<(typeof RAW_TYPES)[number]>;
/** The code of a list of words in a `Place`: raw ids into the table of strings, -1 for null. */
const WORDS = RAW_TYPES.length;
/** Alignment of each raw array: that of the widest type. */
const RAW_ALIGN = 8;
/** Shortest list of words stored as ids: the speakers' many short lists of names stay as they are. */
const MIN_WORDS = 64;
/** What stood at a place of a chunk's value (keys from the value down): its code, byte offset and length. */
type Place = [path: (string | number)[], code: number, offset: number, length: number];

/** What `encodeChunks` collects while taking things out of the chunks' values. */
interface Taken {
  arrays: RawArray[];
  /** Where each array taken is stored. */
  offsets: Map<RawArray, number>;
  bytes: number;
  strings: Map<string, number>;
  /** Objects walked so far: a pause every `OBJECTS_PER_STEP`. */
  walked: number;
}

function isWords(value: unknown[]): boolean {
  if (value.length < MIN_WORDS) return false;
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (typeof v !== 'string' && v !== null) return false;
  }
  return true;
}

/**
 * Notes a typed array to store raw; its place's code, offset and length. An array the value holds at
 * two places (the index's sentences and passages may share their tokens) is stored once, both
 * places reading the same bytes back.
 */
function takeRaw(array: RawArray, code: number, taken: Taken): [number, number, number] {
  const known = taken.offsets.get(array);
  if (known !== undefined) return [code, known, array.length];
  const offset = taken.bytes;
  taken.arrays.push(array);
  taken.offsets.set(array, offset);
  taken.bytes += Math.ceil(array.byteLength / RAW_ALIGN) * RAW_ALIGN;
  return [code, offset, array.length];
}

/**
 * Words given ids between two steps of `takeOut`: the index's vocabulary lists 90,000 of them, which
 * held a reload's event loop for 10–20 ms when numbered at once.
 */
const WORDS_PER_STEP = 5_000;
/**
 * Objects walked between two steps of `takeOut`: the statements' and speakers' thousands of small
 * objects, walked at once, held a reload's event loop for 5–10 ms per chunk.
 */
const OBJECTS_PER_STEP = 500;

/**
 * `value` with each typed array and long list of words replaced by null, its place noted (copies
 * made only where something is replaced: the value is the live briefing's), a few thousand words
 * per step.
 */
function* takeOut(
  value: unknown,
  path: (string | number)[],
  places: Place[],
  taken: Taken,
): Generator<void, unknown> {
  if (value === null || typeof value !== 'object') return value;
  if (++taken.walked % OBJECTS_PER_STEP === 0) yield;
  if (ArrayBuffer.isView(value)) {
    const code = RAW_TYPES.findIndex((t) => value instanceof t);
    if (code < 0) throw new Error(`cannot store a ${value.constructor.name}`);
    places.push([path, ...takeRaw(value as RawArray, code, taken)]);
    return null;
  }
  if (Array.isArray(value) && isWords(value)) {
    const ids = new Int32Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const w = value[i] as string | null;
      let id = w === null ? -1 : taken.strings.get(w);
      if (id === undefined) {
        id = taken.strings.size;
        taken.strings.set(w as string, id);
      }
      ids[i] = id;
      if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    }
    places.push([path, ...takeRaw(ids, WORDS, taken)]);
    return null;
  }
  const record = value as Record<string | number, unknown>;
  let copy: Record<string | number, unknown> | null = null;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    const v = record[key];
    if (v === null || typeof v !== 'object') continue;
    const replaced = yield* takeOut(v, [...path, key], places, taken);
    if (replaced === v) continue;
    copy ??= (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
    copy[key] = replaced;
  }
  return copy ?? value;
}

/** Puts back what a chunk's `places` list, from `raw` and `strings`; throws on any that does not fit. */
function putBack(chunk: object, places: unknown, raw: Buffer, strings: readonly string[] | null): void {
  if (places === undefined) return;
  if (!Array.isArray(places)) throw new Error('is not a briefing');
  for (const place of places) {
    const [path, code, offset, length] = Array.isArray(place) ? (place as unknown[]) : [];
    const Type = code === WORDS ? Int32Array : typeof code === 'number' ? RAW_TYPES[code] : undefined;
    if (
      !Array.isArray(path) ||
      path.length === 0 ||
      !Type ||
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      (offset as number) < 0 ||
      (offset as number) % RAW_ALIGN !== 0 ||
      (length as number) < 0 ||
      (offset as number) + (length as number) * Type.BYTES_PER_ELEMENT > raw.length
    )
      throw new Error('is not a briefing');
    let holder: unknown = chunk;
    for (const key of path.slice(0, -1))
      holder = Object.hasOwn(Object(holder), key) ? Object(holder)[key] : null;
    const last = path.at(-1);
    if (holder === null || typeof holder !== 'object' || (holder as Record<string, unknown>)[last] !== null)
      throw new Error('is not a briefing');
    const array = new Type(raw.buffer as ArrayBuffer, raw.byteOffset + (offset as number), length as number);
    (holder as Record<string, unknown>)[last] =
      code === WORDS ? wordsOf(array as Int32Array, strings) : array;
  }
}

function wordsOf(ids: Int32Array, strings: readonly string[] | null): (string | null)[] {
  if (strings === null) throw new Error('is not a briefing');
  const list: (string | null)[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id === -1) list[i] = null;
    else if (id >= 0 && id < strings.length) list[i] = strings[id] as string;
    else throw new Error('is not a briefing');
  }
  return list;
}

/**
 * A cache body: one v8 value per chunk, the header listing the chunks' sizes, then the typed arrays
 * of those values, raw; the header's size counts both.
 */
export async function encodeCacheBody(data: CacheBody): Promise<{ body: Buffer; chunks: number[] }> {
  const { parts, raw } = await encodeChunks(data);
  return { body: Buffer.concat([...parts, ...raw]), chunks: parts.map((p) => p.length) };
}

/**
 * The chunks of a body, apart, and its typed arrays as views of their own memory, each followed by
 * the zeros that pad it: written one after another, the body is never copied whole (a copy of the
 * arrays was 14 MB more at a reload's peak).
 */
export async function encodeChunks(data: CacheBody): Promise<{ parts: Buffer[]; raw: Uint8Array[] }> {
  const chunks: Chunk[] = [];
  if (data.speakers) chunks.push(...pieces({ part: 'speakers', value: data.speakers }));
  if (data.articles) chunks.push({ part: 'articles', value: data.articles });
  if (data.statements) chunks.push({ part: 'statements', value: data.statements });
  for (const [key, value] of Object.entries(data.index ?? {}))
    chunks.push(...pieces({ part: 'index', key: key as keyof IndexData, value }));
  const parts: Buffer[] = [];
  const taken: Taken = { arrays: [], offsets: new Map(), bytes: 0, strings: new Map(), walked: 0 };
  for (const chunk of chunks) {
    // From the chunk down: a chunk's value may itself be a list of words (the index's tokens).
    const places: Place[] = [];
    const out = (await runInBackground(takeOut(chunk, [], places, taken))) as Chunk;
    parts.push(serialize(places.length > 0 ? { ...out, places } : chunk));
    await yieldToLoop();
  }
  // The table of strings first: the chunks after it read their words from it.
  parts.unshift(serialize({ part: 'strings', value: [...taken.strings.keys()] } satisfies Chunk));
  const raw: Uint8Array[] = [];
  for (const a of taken.arrays) {
    raw.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const pad = Math.ceil(a.byteLength / RAW_ALIGN) * RAW_ALIGN - a.byteLength;
    if (pad > 0) raw.push(new Uint8Array(pad));
  }
  return { parts, raw };
}

/** The data of a body `encodeCacheBody` wrote, a chunk at a time; throws on any other shape. */
export async function decodeCacheBody(body: Buffer, chunks: readonly number[]): Promise<CacheBody> {
  const size = chunks.reduce((a, b) => a + b, 0);
  // The raw arrays are read as views: copied to a buffer of their own unless already aligned.
  let raw = body.subarray(size);
  if (raw.byteOffset % RAW_ALIGN !== 0) raw = Buffer.from(raw);
  return decodeParts(body, chunks, raw);
}

/** `chunk` as it is written: a long list of objects in pieces of `LIST_PIECE`, else whole. */
function pieces(chunk: Chunk): Chunk[] {
  const { value } = chunk;
  if (!Array.isArray(value) || value.length <= LIST_PIECE || isWords(value)) return [chunk];
  const out: Chunk[] = [];
  for (let from = 0; from < value.length; from += LIST_PIECE)
    out.push({ ...chunk, value: value.slice(from, from + LIST_PIECE), from } as Chunk);
  return out;
}

/**
 * A chunk's value put where it goes: whole, or, for a piece of a list (`from` set), after the pieces
 * before it, which must all be there; throws on any other shape.
 */
function joined(before: unknown, value: unknown, from: unknown): unknown {
  if (from === undefined) {
    if (before !== undefined) throw new Error('is not a briefing');
    return value;
  }
  const list = before ?? [];
  if (!Array.isArray(value) || !Array.isArray(list) || from !== list.length)
    throw new Error('is not a briefing');
  for (const item of value) list.push(item);
  return list;
}

/** `decodeCacheBody` of a body read as its chunks and, apart, its raw arrays (aligned). */
export async function decodeParts(body: Buffer, chunks: readonly number[], raw: Buffer): Promise<CacheBody> {
  let at = 0;
  const data: CacheBody = {};
  let strings: string[] | null = null;
  for (const size of chunks) {
    const chunk = deserialize(body.subarray(at, at + size)) as (Partial<Chunk> & { places?: unknown }) | null;
    at += size;
    if (chunk?.part === 'strings' && strings === null && at === size && Array.isArray(chunk.value)) {
      strings = chunk.value.map((s: unknown) => {
        if (typeof s !== 'string') throw new Error('is not a briefing');
        return s;
      });
      continue;
    }
    if (chunk !== null && typeof chunk === 'object') putBack(chunk, chunk.places, raw, strings);
    const value: unknown = chunk?.value;
    if (chunk?.part === 'index' && typeof chunk.key === 'string') {
      data.index ??= {} as IndexData;
      const index = data.index as unknown as Record<string, unknown>;
      index[chunk.key] = joined(index[chunk.key], value, chunk.from);
    } else if (chunk?.part === 'speakers' && Array.isArray(value))
      data.speakers = joined(data.speakers, value, chunk.from) as Speaker[];
    else if (chunk?.part === 'statements') data.statements = value as StoredStatements;
    else if (chunk?.part === 'articles') data.articles = value as StoredArticles;
    else throw new Error('is not a briefing');
    await yieldToLoop();
  }
  return data;
}
