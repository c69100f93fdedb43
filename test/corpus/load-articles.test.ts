import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingLoadError, loadArticles } from '../../src/corpus/index.ts';

const GOOD = 'Harbour reopens\n\nBy Ilse Brandt\n\nVELMAR – The port reopened on Monday.\n';

let dir: string;
let warnings: string[];
const warn = (message: string) => warnings.push(message);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-corpus-'));
  warnings = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = (name: string, content: string | Uint8Array) => writeFile(path.join(dir, name), content);

describe('loadArticles', () => {
  it('GIVEN .txt and .md files THEN all load in name order and other files are ignored', async () => {
    await put('b.md', GOOD);
    await put('a.txt', GOOD);
    await put('notes.json', '{}');
    const result = await loadArticles(dir, { warn });
    expect(result.dir).toBe(path.resolve(dir));
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.articles[0]?.file).toBe(path.join(path.resolve(dir), 'a.txt'));
    expect(result.skipped).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('GIVEN a file with a BOM and CRLF THEN hash is the sha256 of the bytes on disk', async () => {
    const bytes = Buffer.from(`\uFEFF${GOOD.replace(/\n/g, '\r\n')}`, 'utf8');
    await put('a.txt', bytes);
    const [article] = (await loadArticles(dir, { warn })).articles;
    expect(article?.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(article?.paragraphs.map((p) => p.kind)).toEqual(['title', 'byline', 'body']);
    expect(article?.dateline).toBe('Velmar');
  });

  it.each([
    ['an empty file', 'empty.txt', '', /empty/],
    ['a whitespace-only file', 'blank.txt', ' \n\t\n', /empty/],
    ['a file with NUL bytes', 'nul.txt', Buffer.from([0x48, 0x00, 0x69, 0x0a]), /binary/],
    ['a file mostly of control bytes', 'ctl.txt', Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07'), /binary/],
    ['a file that is not UTF-8', 'latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]), /UTF-8/],
    [
      'a file with unclosed front matter',
      'open.md',
      '---\ntitle: Harbour\nThe port reopened.',
      /never closed/,
    ],
    [
      'a file with a bad front matter line',
      'bad.md',
      '---\njust words\n---\nThe port reopened.',
      /key: value/,
    ],
    ['a file with no body paragraph', 'bare.txt', 'Harbour reopens\n\nBy Ilse Brandt\n', /no body paragraph/],
  ])(
    'GIVEN %s THEN it is skipped with a warning naming it and the good file still loads',
    async (_, name, content, reason) => {
      await put('good.txt', GOOD);
      await put(name, content);
      const result = await loadArticles(dir, { warn });
      expect(result.articles.map((a) => a.id)).toEqual(['good']);
      expect(result.skipped).toHaveLength(1);
      expect(result.skipped[0]?.file).toBe(path.join(path.resolve(dir), name));
      expect(result.skipped[0]?.reason).toMatch(reason);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(name);
      expect(warnings[0]).toMatch(reason);
    },
  );

  it('GIVEN a file over maxBytes THEN it is skipped as too large', async () => {
    await put('good.txt', GOOD);
    await put('huge.txt', `${'Long paragraph text. '.repeat(100)}`);
    const result = await loadArticles(dir, { warn, maxBytes: 1000 });
    expect(result.articles.map((a) => a.id)).toEqual(['good']);
    expect(result.skipped[0]?.reason).toMatch(/over the .* limit/);
  });

  it('GIVEN a.md and a.txt THEN the second by name is skipped as a duplicate id', async () => {
    await put('a.txt', GOOD);
    await put('a.md', GOOD);
    const result = await loadArticles(dir, { warn });
    expect(result.articles.map((a) => a.file)).toEqual([path.join(path.resolve(dir), 'a.md')]);
    expect(result.skipped[0]?.file).toBe(path.join(path.resolve(dir), 'a.txt'));
    expect(result.skipped[0]?.reason).toMatch(/same name as a\.md/);
  });

  it('GIVEN a folder named like an article THEN it is skipped, not read', async () => {
    await put('good.txt', GOOD);
    await mkdir(path.join(dir, 'folder.txt'));
    const result = await loadArticles(dir, { warn });
    expect(result.skipped.map((s) => s.reason)).toEqual(['it is not a regular file']);
  });

  it('GIVEN a missing folder THEN a BriefingLoadError names the resolved path', async () => {
    const missing = path.join(dir, 'nope');
    const error = await loadArticles(missing, { warn }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingLoadError);
    expect((error as Error).message).toContain(path.resolve(missing));
    expect((error as Error).message).toMatch(/does not exist/);
  });

  it('GIVEN a file path instead of a folder THEN a BriefingLoadError says it is not a folder', async () => {
    await put('a.txt', GOOD);
    await expect(loadArticles(path.join(dir, 'a.txt'), { warn })).rejects.toThrow(/not a folder/);
  });

  it('GIVEN a folder without .txt or .md files THEN a BriefingLoadError says so', async () => {
    await put('notes.json', '{}');
    await expect(loadArticles(dir, { warn })).rejects.toThrow(/no \.txt or \.md files/);
  });

  it('GIVEN only bad files THEN a BriefingLoadError lists every reason', async () => {
    await put('empty.txt', '');
    await put('open.md', '---\ntitle: x\n');
    const error = await loadArticles(dir, { warn }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingLoadError);
    const message = (error as BriefingLoadError).message;
    expect(message).toContain(path.resolve(dir));
    expect(message).toMatch(/empty\.txt \(the file is empty\)/);
    expect(message).toMatch(/open\.md \(front matter .* never closed\)/);
    expect((error as BriefingLoadError).skipped).toHaveLength(2);
  });
});
