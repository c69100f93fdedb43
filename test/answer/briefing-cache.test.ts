import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBriefing } from '../../src/answer/briefing.ts';
import {
  CACHE_FORMATS,
  type CacheKind,
  decodeCacheBody,
  encodeCacheBody,
} from '../../src/answer/briefing-cache.ts';
import type { IndexData } from '../../src/search/index.ts';

/**
 * The persisted briefing, an attribution file and an index file: read back when nothing changed, never
 * trusted blindly, never fatal.
 */
describe('persisted briefing', () => {
  let seeds: string;
  let cacheDir: string;
  const quiet = { warn: () => {} };
  type Forged = Required<Awaited<ReturnType<typeof decodeCacheBody>>>;
  const caches = async () => (await readdir(cacheDir)).filter((f) => f.endsWith('.cache')).sort();
  /** The path of the cache file of `kind`. */
  const fileOf = async (kind: CacheKind) => {
    const name = (await caches()).find((f) => f.startsWith(`${kind}-`));
    if (!name) throw new Error(`no ${kind} file`);
    return join(cacheDir, name);
  };
  /** Rewrites a cache file's body with `edit` and a header (size, chunks, checksum) that matches it. */
  const forge = async (file: string, edit: (data: Forged) => void): Promise<void> => {
    const raw = await readFile(file);
    const newline = raw.indexOf(10);
    const header = JSON.parse(raw.subarray(0, newline).toString('utf8'));
    const data = await decodeCacheBody(raw.subarray(newline + 1), header.chunks);
    edit(data as Forged);
    const { body, chunks } = await encodeCacheBody(data);
    const forged = {
      ...header,
      bytes: body.length,
      chunks,
      crc32: crc32(body).toString(16).padStart(8, '0'),
    };
    await writeFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(forged)}\n`), body]));
  };
  /** A fresh build, and a start from its cache once `edit` has forged it (with the warnings it gave). */
  const reopenForged = async (kind: CacheKind, edit: (data: Forged) => void) => {
    const fresh = await openBriefing(seeds, { ...quiet });
    await openBriefing(seeds, { ...quiet, cacheDir });
    await forge(await fileOf(kind), edit);
    const warnings: string[] = [];
    const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
    return { fresh, reopened, warnings };
  };
  const questions = [
    'What did Blinken say about China?',
    'Who said "a ploy to buy time"?',
    'who wrote the article about the Seoul visit',
  ];

  beforeEach(async () => {
    seeds = await mkdtemp(join(tmpdir(), 'briefing-cache-seeds-'));
    cacheDir = await mkdtemp(join(tmpdir(), 'briefing-cache-'));
    await cp('seeds', seeds, { recursive: true });
  });
  afterEach(async () => {
    await rm(seeds, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('GIVEN a first open THEN it persists the attribution and the index, and a second open answers exactly the same', async () => {
    const built = await openBriefing(seeds, { ...quiet, cacheDir });
    expect((await caches()).map((f) => f.split('-')[0])).toEqual(['attribution', 'index']);
    const restored = await openBriefing(seeds, { ...quiet, cacheDir });
    for (const q of questions) expect(restored.ask(q)).toEqual(built.ask(q));
    expect(restored.statements).toEqual(built.statements);
    expect(restored.speakers()).toEqual(built.speakers());
  });

  it('GIVEN files whose text is normalised when read (CRLF lines, a BOM, mojibake) beside normal ones THEN they read back exactly as parsed, and only the normal ones are marked as read', async () => {
    await writeFile(
      join(seeds, 'crlf.txt'),
      'Harbour news\r\n\r\nOSLO \u2013 \u201cThe harbour opens in May,\u201d Mayor Ada Lin said.\r\n',
    );
    await writeFile(
      join(seeds, 'bom.txt'),
      '\uFEFFQuay news\n\nThe quay reopens, Tomas Berg said on Monday.\n',
    );
    await writeFile(
      join(seeds, 'garbled.txt'),
      'Pier news\n\nâ€œThe pier is Peña’s,â€\u009d Ivo Holm said.\n',
    );
    const built = await openBriefing(seeds, { ...quiet, cacheDir });
    const restored = await openBriefing(seeds, { ...quiet, cacheDir });
    expect(restored.articles).toEqual(built.articles);
    expect(restored.statements).toEqual(built.statements);
    const raw = await readFile(await fileOf('attribution'));
    const header = JSON.parse(raw.subarray(0, raw.indexOf(10)).toString('utf8'));
    const stored = (await decodeCacheBody(raw.subarray(raw.indexOf(10) + 1), header.chunks)).articles;
    const ids = built.articles.map((a) => a.id);
    const marked = ids.filter((_, k) => stored?.asRead[k] === 1);
    expect(ids.filter((id) => !marked.includes(id)).sort()).toEqual(['bom', 'crlf', 'garbled']);
  });

  it('GIVEN an article added after the cache was written THEN the next open answers from it', async () => {
    await openBriefing(seeds, { ...quiet, cacheDir });
    await writeFile(
      join(seeds, 'zz-new.txt'),
      'Harbour news\n\nOSLO – “The harbour opens in May,” Mayor Ada Lin said.',
    );
    const reopened = await openBriefing(seeds, { ...quiet, cacheDir });
    expect(reopened.ask('What did Ada Lin say about the harbour?').results[0]?.speaker).toBe('Ada Lin');
    expect(await caches()).toHaveLength(2);
  });

  it.each([
    {
      gone: 'index',
      kept: 'attribution',
      why: 'the index file gone (as after a change to the search code, which names it) THEN the attribution is read back, not made again, and the index is rebuilt',
    },
    {
      gone: 'attribution',
      kept: 'index',
      why: 'the attribution file gone THEN the attribution is made again, the same, and the index file (read while it was made) is read back, not rebuilt',
    },
  ] as const)('GIVEN $why', async ({ gone, kept }) => {
    const built = await openBriefing(seeds, { ...quiet, cacheDir });
    const files = await caches();
    const written = (await stat(await fileOf(kept))).mtimeMs;
    await rm(await fileOf(gone));
    const warnings: string[] = [];
    const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
    expect(warnings).toEqual([]);
    expect((await stat(await fileOf(kept))).mtimeMs).toBe(written);
    expect(await caches()).toEqual(files);
    for (const q of questions) expect(reopened.ask(q)).toEqual(built.ask(q));
  });

  it('GIVEN an index file made from another attribution THEN only the index is rebuilt, with one warning', async () => {
    const built = await openBriefing(seeds, { ...quiet, cacheDir });
    const index = await fileOf('index');
    const raw = await readFile(index);
    const newline = raw.indexOf(10);
    const header = JSON.parse(raw.subarray(0, newline).toString('utf8'));
    const other = JSON.stringify({ ...header, attribution: 'f'.repeat(64) });
    await writeFile(index, Buffer.concat([Buffer.from(`${other}\n`), raw.subarray(newline + 1)]));
    const warnings: string[] = [];
    const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
    expect(warnings).toEqual(['Rebuilding the index: was made from another attribution']);
    for (const q of questions) expect(reopened.ask(q)).toEqual(built.ask(q));
  });

  it.each(['attribution', 'index'] as const)(
    'GIVEN 150 byte-fuzzed %s files THEN every start answers exactly as a fresh build',
    async (kind) => {
      const fresh = await openBriefing(seeds, { ...quiet });
      await openBriefing(seeds, { ...quiet, cacheDir });
      const file = await fileOf(kind);
      const original = await readFile(file);
      let seed = 7;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      let rebuilt = 0;
      for (let run = 0; run < 150; run++) {
        const damaged = Buffer.from(original);
        for (let k = 0; k <= run % 5; k++)
          damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
        await writeFile(file, damaged);
        const warnings: string[] = [];
        const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
        for (const q of questions) expect(reopened.ask(q)).toEqual(fresh.ask(q));
        if (warnings.length > 0) rebuilt++;
      }
      // Most damage is caught by the header or the checksum; none changes an answer.
      expect(rebuilt).toBeGreaterThan(100);
    },
    60_000,
  );

  it('GIVEN a crafted cache with a valid checksum and a quote given to someone the briefing does not list THEN it is rejected and rebuilt', async () => {
    await openBriefing(seeds, { ...quiet, cacheDir });
    await forge(await fileOf('attribution'), (data) => {
      // A statement's text is cut from its paragraph: what a forger can change is who said it.
      data.statements.values.push('Nobody Listed');
      data.statements.strings[0] = data.statements.values.length - 1;
    });
    const warnings: string[] = [];
    const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
    expect(reopened.statements.some((s) => s.speaker === 'Nobody Listed')).toBe(false);
    expect(warnings.join('\n')).toMatch(/does not say/);
  });

  it.each(['attribution', 'index'] as const)(
    'GIVEN an %s file header of many chunk sizes (a large briefing) THEN it is read, not taken for a damaged file',
    async (kind) => {
      const built = await openBriefing(seeds, { ...quiet, cacheDir });
      const file = await fileOf(kind);
      const raw = await readFile(file);
      const newline = raw.indexOf(10);
      const header = JSON.parse(raw.subarray(0, newline).toString('utf8'));
      // Padded past a few hundred bytes, as the list of sizes of a few thousand articles' chunks is.
      const long = JSON.stringify({ ...header, note: ' '.repeat(4000) });
      await writeFile(file, Buffer.concat([Buffer.from(`${long}\n`), raw.subarray(newline + 1)]));
      const warnings: string[] = [];
      const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
      expect(warnings).toEqual([]);
      for (const q of questions) expect(reopened.ask(q)).toEqual(built.ask(q));
    },
  );

  it('GIVEN a header claiming an enormous body THEN nothing that size is read and the briefing is rebuilt', async () => {
    await openBriefing(seeds, { ...quiet, cacheDir });
    await writeFile(
      await fileOf('attribution'),
      `${JSON.stringify({ format: CACHE_FORMATS.attribution, bytes: 2 ** 40, chunks: [2 ** 40], crc32: '0' })}\n`,
    );
    const warnings: string[] = [];
    const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
    expect(reopened.ask('What did Blinken say about China?').answered).toBe(true);
    expect(warnings.join('\n')).toMatch(/impossible size/);
  });

  const crafts: [string, (raw: Buffer) => Buffer][] = [
    ['a header that is not JSON', (raw: Buffer) => Buffer.concat([Buffer.from('{not json\n'), raw])],
    ['a body cut short', (raw: Buffer) => raw.subarray(0, Math.floor(raw.length / 2))],
    [
      'another format',
      (raw: Buffer) =>
        Buffer.from(
          raw
            .toString('latin1')
            .replace(CACHE_FORMATS.attribution, 'briefing-bot attribution 0')
            .replace(CACHE_FORMATS.index, 'briefing-bot attribution 4'),
          'latin1',
        ),
    ],
    ['no header at all', () => Buffer.alloc(4096, 7)],
  ];
  it.each(
    (['attribution', 'index'] as const).flatMap((kind) =>
      crafts.map(([what, craft]) => [kind, what, craft] as const),
    ),
  )(
    'GIVEN a crafted %s file with %s THEN the start rebuilds and answers as a fresh build',
    async (kind, _what, craft) => {
      const fresh = await openBriefing(seeds, { ...quiet });
      await openBriefing(seeds, { ...quiet, cacheDir });
      const file = await fileOf(kind);
      await writeFile(file, craft(await readFile(file)));
      const warnings: string[] = [];
      const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
      for (const q of questions) expect(reopened.ask(q)).toEqual(fresh.ask(q));
      expect(warnings).toHaveLength(1);
    },
  );

  it('GIVEN a crafted cache whose statement points outside its paragraph THEN it is rejected', async () => {
    await openBriefing(seeds, { ...quiet, cacheDir });
    await forge(await fileOf('attribution'), (data) => {
      // The first statement's sentence end (article index, paragraph, sentence, text offsets, start, end).
      data.statements.numbers[6] = 10_000_000;
    });
    const warnings: string[] = [];
    await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
    expect(warnings.join('\n')).toMatch(/does not say/);
  });

  it.each([
    [
      'a posting naming a passage that does not exist',
      (data: Forged) => {
        (data.index.postings.fields[0] as { docs: Int32Array }).docs[0] = 1_000_000;
      },
    ],
    [
      'a passage reaching past its paragraph',
      (data: Forged) => {
        data.index.layout.end[0] = 1_000_000;
      },
    ],
    [
      'a token listed twice',
      (data: Forged) => {
        data.index.tokens[1] = data.index.tokens[0] as string;
      },
    ],
    [
      'a postings term listed twice',
      (data: Forged) => {
        data.index.postings.terms[1] = data.index.postings.terms[0] as string;
      },
    ],
    [
      'statement tokens cut short',
      (data: Forged) => {
        data.index.statementTokens.offsets = data.index.statementTokens.offsets.slice(1);
      },
    ],
    [
      'a postings section that is not typed arrays',
      (data: Forged) => {
        (data.index.postings as unknown as { fields: unknown }).fields = [{ docs: [0] }, { docs: [0] }];
      },
    ],
  ])(
    'GIVEN a crafted cache with a valid checksum and %s THEN the start rebuilds, warns once and answers as a fresh build',
    async (_what, edit) => {
      const { fresh, reopened, warnings } = await reopenForged('index', edit);
      for (const q of questions) expect(reopened.ask(q)).toEqual(fresh.ask(q));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^Rebuilding the index: the cache /);
    },
  );

  it.each([
    [
      'a paragraph span beyond its file',
      (data: Forged) => {
        data.articles.spans[data.articles.spans.length - 1] = 10_000_000;
      },
    ],
    [
      'a title its file does not give',
      (data: Forged) => {
        // The first article's title: its facts come first, title first.
        data.articles.facts[0] = 'Minister resigns in disgrace';
      },
    ],
    [
      'an article of another file',
      (data: Forged) => {
        // The seeds' two files: the first article said to be the second file's, as the second is.
        data.articles.records[0] = 1;
      },
    ],
    [
      'a paragraph of a kind there is not',
      (data: Forged) => {
        data.articles.kinds[0] = 200;
      },
    ],
    [
      'paragraph lists that do not fit the articles',
      (data: Forged) => {
        data.articles.offsets[1] = 1_000;
      },
    ],
  ])('GIVEN a crafted cache with %s THEN it is rejected and rebuilt', async (_what, edit) => {
    const { fresh, reopened, warnings } = await reopenForged('attribution', edit);
    expect(reopened.articles).toEqual(fresh.articles);
    expect(warnings.join('\n')).toMatch(/holds (an article|articles)|its file does not/);
  });

  it.each(['attribution', 'index'] as const)(
    'GIVEN a crafted %s file whose raw arrays are cut short, with a valid checksum THEN it is rejected and rebuilt',
    async (kind) => {
      const fresh = await openBriefing(seeds, { ...quiet });
      await openBriefing(seeds, { ...quiet, cacheDir });
      const file = await fileOf(kind);
      const raw = await readFile(file);
      const newline = raw.indexOf(10);
      const header = JSON.parse(raw.subarray(0, newline).toString('utf8'));
      // The last raw array now reaches past the body's end.
      const body = raw.subarray(newline + 1, raw.length - 8);
      const checksum = crc32(body).toString(16).padStart(8, '0');
      const cut = JSON.stringify({ ...header, bytes: body.length, crc32: checksum });
      await writeFile(file, Buffer.concat([Buffer.from(`${cut}\n`), body]));
      const warnings: string[] = [];
      const reopened = await openBriefing(seeds, { warn: (m) => warnings.push(m), cacheDir });
      for (const q of questions) expect(reopened.ask(q)).toEqual(fresh.ask(q));
      expect(warnings).toEqual([
        expect.stringMatching(/^Rebuilding the index: the cache .* is not a briefing$/),
      ]);
    },
  );

  it('GIVEN typed arrays of each kind and long lists of words in a body read at an odd place THEN they read back as they were', async () => {
    const articles = {
      records: Int32Array.from([0, -5, 2 ** 30]),
      facts: ['a', null],
      offsets: new Int32Array(0),
      spans: Int32Array.from([3, 1]),
      kinds: Uint8Array.from([1, 2, 3]),
      asRead: Uint8Array.from([1, 0]),
    };
    // Long lists of words, with repeats and nulls, are stored as ids into one table of strings.
    const many = Array.from({ length: 200 }, (_, i) => `w${i % 70}`);
    const index = {
      tokens: many,
      vocabulary: { stems: many.map((w, i) => (i % 3 === 0 ? null : w)), lowercase: ['short', 'list'] },
      postings: { terms: ['x'], fields: [{ scores: Float64Array.from([0.1, -2.5, 1e-300]) }] },
    };
    const { body, chunks } = await encodeCacheBody({
      speakers: [],
      articles,
      index: index as unknown as IndexData,
    });
    // One byte in: no typed array of the body can be read in place.
    const shifted = Buffer.concat([Buffer.from([0]), body]).subarray(1);
    const data = await decodeCacheBody(shifted, chunks);
    expect(data.articles).toEqual(articles);
    expect(data.index).toEqual(index);
    expect(data.articles?.kinds).toBeInstanceOf(Uint8Array);
  });

  it('GIVEN one typed array held at two places (sentences sharing their passages’ tokens) THEN it is stored once and both places read it back', async () => {
    const ids = Int32Array.from({ length: 10_000 }, (_, i) => i % 97);
    const index = { passageTokens: { ids }, sentenceTokens: { ids } };
    const once = await encodeCacheBody({ index: index as unknown as IndexData });
    const apart = await encodeCacheBody({
      index: { passageTokens: { ids }, sentenceTokens: { ids: ids.slice() } } as unknown as IndexData,
    });
    expect(apart.body.length - once.body.length).toBeGreaterThanOrEqual(ids.byteLength);
    const data = (await decodeCacheBody(once.body, once.chunks)).index as unknown as typeof index;
    expect(data).toEqual(index);
    expect(data.sentenceTokens.ids.buffer).toBe(data.passageTokens.ids.buffer);
    expect(data.sentenceTokens.ids.byteOffset).toBe(data.passageTokens.ids.byteOffset);
  });

  it('GIVEN long lists of objects THEN each is written in pieces of a thousand and read back whole, in order, typed arrays inside included', async () => {
    // Serialised whole, the speaker matcher's 10,000 entries held the event loop 10–12 ms at once.
    const entries = Array.from({ length: 2_500 }, (_, i) => ({
      nameWords: [`n${i}`],
      surname: `s${i}`,
      ids: Int32Array.from([i, -i]),
    }));
    const speakers = Array.from({ length: 1_001 }, (_, i) => ({ name: `p${i}`, aliases: [], roles: [] }));
    const index = { speakers: entries, few: [{ a: 1 }] } as unknown as IndexData;
    const { body, chunks } = await encodeCacheBody({ speakers: speakers as never, index });
    // The table of strings, 3 pieces of entries, 1 of `few`, 2 of speakers.
    expect(chunks).toHaveLength(7);
    const data = await decodeCacheBody(body, chunks);
    expect(data.index).toEqual(index);
    expect(data.speakers).toEqual(speakers);
    expect((data.index as unknown as { speakers: { ids: unknown }[] }).speakers[2_499]?.ids).toBeInstanceOf(
      Int32Array,
    );
  });

  it('GIVEN a body whose pieces of a list are out of order THEN it is not a briefing', async () => {
    const entries = Array.from({ length: 2_500 }, (_, i) => ({ surname: `s${i}` }));
    const { body, chunks } = await encodeCacheBody({ index: { speakers: entries } as unknown as IndexData });
    // Chunks: strings, then the three pieces; the second and third swapped.
    const at = (k: number) => chunks.slice(0, k).reduce((a, b) => a + b, 0);
    const piece = (k: number) => body.subarray(at(k), at(k + 1));
    const swapped = Buffer.concat([piece(0), piece(1), piece(3), piece(2), body.subarray(at(4))]);
    const order = [chunks[0], chunks[1], chunks[3], chunks[2]] as number[];
    await expect(decodeCacheBody(swapped, order)).rejects.toThrow('is not a briefing');
  });

  it('GIVEN a file the briefing skips THEN a start from the cache warns about it again, as a build does', async () => {
    await writeFile(join(seeds, 'empty.txt'), '');
    const built: string[] = [];
    await openBriefing(seeds, { warn: (m) => built.push(m), cacheDir });
    const restored: string[] = [];
    const reopened = await openBriefing(seeds, { warn: (m) => restored.push(m), cacheDir });
    expect(restored).toEqual(built);
    expect(reopened.skipped).toHaveLength(1);
  });

  it('GIVEN files in the cache folder the bot did not write THEN cleanup leaves them alone', async () => {
    await writeFile(join(cacheDir, 'notes.bin'), 'mine');
    await writeFile(join(cacheDir, 'attribution-old.cache'), 'mine too');
    await openBriefing(seeds, { ...quiet, cacheDir });
    await writeFile(
      join(seeds, 'zz-new.txt'),
      'Harbour news\n\nOSLO – “The harbour opens in May,” Mayor Ada Lin said.',
    );
    await openBriefing(seeds, { ...quiet, cacheDir });
    const names = await readdir(cacheDir);
    expect(names).toContain('notes.bin');
    expect(names).toContain('attribution-old.cache');
  });
});
