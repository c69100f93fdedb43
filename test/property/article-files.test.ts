import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.ts';
import type { Statement } from '../../src/attribution/types.ts';
import {
  type Article,
  ArticleFormatError,
  BriefingLoadError,
  loadArticles,
  parseArticle,
} from '../../src/corpus/index.ts';
import { badFile, goodArticle, hugeLine, oddFile, QUESTION_RUNS, TIMEOUT } from './arbitraries.ts';
import { type Tally, tally } from './tally.ts';

/** Folders written, one per run, of 0 to 9 files each (over 500 files by default). */
const FOLDER_RUNS = Math.max(130, Math.round(QUESTION_RUNS / 75));
/** Article texts parsed and attributed without touching the disk. */
const TEXT_RUNS = Math.max(500, Math.round(QUESTION_RUNS / 10));

let root: string;
let seedTexts: string[];
let folder = 0;
const files: Tally = tally('files tried');
const texts = { parsed: 0 };

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'briefing-property-'));
  seedTexts = await Promise.all(
    ['000_e59094bf4cbd0b57.txt', '001_dbc3b47d0e4fd2c3.txt'].map((name) =>
      readFile(path.join('seeds', name), 'utf8'),
    ),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  files.print(`${texts.parsed} article texts parsed`);
});

/** What attribution promises of every statement: verbatim text, offsets inside its paragraph. */
function expectStatementsInPlace(articles: readonly Article[], statements: readonly Statement[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const s of statements) {
    const paragraph = byId.get(s.article)?.paragraphs.find((p) => p.n === s.paragraph);
    expect(paragraph, s.id).toBeDefined();
    const text = paragraph?.text ?? '';
    expect(text, s.id).toContain(s.text);
    expect(s.start, s.id).toBeGreaterThanOrEqual(0);
    expect(s.end, s.id).toBeGreaterThan(s.start);
    expect(s.end, s.id).toBeLessThanOrEqual(text.length);
    expect(s.speaker.trim(), s.id).not.toBe('');
  }
}

/** An article as it loads, minus where it was read from. */
function content(article: Article): Omit<Article, 'file'> {
  const { file: _file, ...rest } = article;
  return rest;
}

async function newFolder(): Promise<string> {
  const dir = path.join(root, String(folder++));
  await mkdir(dir);
  return dir;
}

describe('GIVEN a briefing folder of good articles mixed with broken and odd files', () => {
  it(
    'WHEN loaded THEN bad files are skipped with a warning naming them, and the good ones load as they do alone',
    async () => {
      const junk = fc.array(
        fc.oneof(
          badFile.map((file) => ({ ...file, bad: true })),
          oddFile.map((file) => ({ ...file, bad: false })),
        ),
        { minLength: 0, maxLength: 5 },
      );
      const goods = fc.tuple(fc.array(goodArticle, { maxLength: 2 }), fc.subarray([0, 1]));
      await files.runAsync(
        fc.asyncProperty(
          goods,
          junk,
          fc.constantFrom('txt', 'md'),
          async ([generated, seeds], others, ext) => {
            const good = [...seeds.map((i) => seedTexts[i] ?? ''), ...generated];
            const alone = await newFolder();
            const mixed = await newFolder();
            const goodNames = good.map((_, i) => `good-${i}.${ext}`);
            const junkNames = others.map((file, i) => `junk-${i}-${file.kind}.${i % 2 ? 'md' : 'txt'}`);
            for (const [i, text] of good.entries()) {
              await writeFile(path.join(alone, goodNames[i] ?? ''), text);
              await writeFile(path.join(mixed, goodNames[i] ?? ''), text);
            }
            for (const [i, file] of others.entries())
              await writeFile(path.join(mixed, junkNames[i] ?? ''), file.bytes);
            files.add(good.length + others.length);

            const warnings: string[] = [];
            let loaded: Awaited<ReturnType<typeof loadArticles>>;
            try {
              loaded = await loadArticles(mixed, { warn: (message) => warnings.push(message) });
            } catch (error) {
              // Only a folder left without any usable article may refuse to load.
              expect(error).toBeInstanceOf(BriefingLoadError);
              expect(good).toEqual([]);
              expect((error as BriefingLoadError).skipped).toHaveLength(others.length);
              return;
            }

            // Every file is accounted for: loaded, or skipped with one warning that names it. A file
            // loaded whole may also be told of a block read as several paragraphs (a 200 KB line).
            expect(loaded.articles.length + loaded.skipped.length).toBe(good.length + others.length);
            const skips = warnings.filter((w) => w.startsWith('Skipping '));
            expect(skips).toHaveLength(loaded.skipped.length);
            const loadedFiles = new Set(loaded.articles.map((a) => a.file));
            for (const w of warnings.filter((x) => !x.startsWith('Skipping '))) {
              expect(w).toMatch(/^Reading (.+): paragraph \d+ is [\d,]+ characters long/u);
              expect(loadedFiles).toContain(/^Reading (.+?): paragraph/u.exec(w)?.[1]);
            }
            for (const skipped of loaded.skipped) {
              expect(skips.filter((w) => w.includes(skipped.file))).toHaveLength(1);
              expect(skipped.reason.trim()).not.toBe('');
            }
            const skippedNames = new Set(loaded.skipped.map((s) => path.basename(s.file)));
            for (const [i, file] of others.entries()) {
              if (file.bad) expect(skippedNames, `${file.kind} file`).toContain(junkNames[i]);
            }

            // Good files are unaffected by their neighbours.
            const reference = good.length > 0 ? await loadArticles(alone, { warn: () => {} }) : null;
            expect(reference?.skipped ?? []).toEqual([]);
            const loadedGood = loaded.articles.filter((a) => a.id.startsWith('good-'));
            expect(loadedGood.map(content)).toEqual((reference?.articles ?? []).map(content));

            const { statements } = attribute(loaded.articles);
            expectStatementsInPlace(loaded.articles, statements);
            if (reference && loaded.articles.length === loadedGood.length) {
              expect(statements).toEqual(attribute(reference.articles).statements);
            }
          },
        ),
        FOLDER_RUNS,
        false,
      );
    },
    TIMEOUT,
  );

  it(
    'WHEN any text is parsed THEN an article or an ArticleFormatError, and attribution never throws on it',
    () => {
      const text = fc.oneof(
        goodArticle,
        badFile.map((file) => new TextDecoder().decode(file.bytes)),
        oddFile.map((file) => new TextDecoder().decode(file.bytes)),
        fc.string({ unit: 'binary', maxLength: 300 }),
      );
      files.run(
        fc.property(text, (input) => {
          texts.parsed++;
          let article: Article;
          try {
            article = parseArticle(input, 'text', 'text.txt');
          } catch (error) {
            expect(error).toBeInstanceOf(ArticleFormatError);
            return;
          }
          expect(article.paragraphs.map((p) => p.n)).toEqual(article.paragraphs.map((_, i) => i + 1));
          for (const p of article.paragraphs) {
            expect(p.text).toBe(p.text.trim());
            expect(p.text).not.toBe('');
          }
          const { statements } = attribute([article]);
          expectStatementsInPlace([article], statements);
        }),
        TEXT_RUNS,
        false,
      );
    },
    TIMEOUT,
  );
});

describe('GIVEN a good article saved with a BOM and Windows or old Mac line endings', () => {
  it(
    'WHEN parsed THEN the same paragraphs and statements as the plain file',
    () => {
      const endings = fc.constantFrom('\r\n', '\r');
      files.run(
        fc.property(goodArticle, endings, fc.boolean(), (text, eol, bom) => {
          texts.parsed++;
          const plain = parseArticle(text, 'a', 'a.txt');
          const saved = parseArticle(`${bom ? '\uFEFF' : ''}${text.replace(/\n/g, eol)}`, 'a', 'a.txt');
          expect({ ...saved, hash: '' }).toEqual({ ...plain, hash: '' });
          expect(attribute([saved]).statements).toEqual(attribute([plain]).statements);
        }),
        Math.round(TEXT_RUNS / 4),
        false,
      );
    },
    TIMEOUT,
  );
});

describe('GIVEN a 200 KB article on a single line', () => {
  it(
    'WHEN loaded beside a good article THEN both load and attribution keeps its statements in place',
    async () => {
      const dir = await newFolder();
      await writeFile(path.join(dir, 'good.txt'), seedTexts[0] ?? '');
      await writeFile(path.join(dir, 'huge.txt'), `A very long line\n\n${hugeLine(200_000, 1)}\n`);
      const loaded = await loadArticles(dir, { warn: () => {} });
      files.add(2);
      expect(loaded.articles.map((a) => a.id)).toEqual(['good', 'huge']);
      const { statements } = attribute(loaded.articles);
      expectStatementsInPlace(loaded.articles, statements);
    },
    TIMEOUT,
  );
});
