/**
 * Articles as the persisted attribution stores them, in columns: read back beside their files, they
 * are the parsed articles exactly, key order included; an article that is not a file of the folder is
 * never stored.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFolder, readFolder, runSteps } from '../../src/corpus/index.ts';
import { restoreArticles, storeArticles } from '../../src/corpus/stored-article.ts';

describe('stored articles', () => {
  it('GIVEN the seeds THEN the articles read back are the parsed ones, key order included', async () => {
    const read = await readFolder('seeds');
    const { articles } = parseFolder(read, { warn: () => {} });
    const stored = runSteps(storeArticles(articles, read.files));
    expect(stored.records.length).toBe(articles.length);
    const restored = runSteps(restoreArticles(stored, read.files));
    expect(JSON.stringify(restored)).toBe(JSON.stringify(articles));
  });

  it('GIVEN paragraphs whose Markdown marks and tags were read THEN they read back as parsed, from the blocks as written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stored-markdown-'));
    try {
      await writeFile(
        join(dir, 'harbour.md'),
        '---\ntitle: Harbour plan\n---\n# Harbour plan splits the council\n\n![A crane at the harbour](https://example.com/crane.jpg)\n\n' +
          'LYON — The council voted to widen the harbour, a plan [Mayor Tomas Berg](https://example.com/berg) has pushed.\n' +
          '“We were never shown the figures,” said [Jon Ekdal](https://example.com/ekdal), who leads the **opposition**.\n\n' +
          '<tweet tweet-author="@harbourfox" tweet-date="May 2, 2031">Cranes up before the vote?<tweet/>.\n',
      );
      const read = await readFolder(dir);
      const { articles } = parseFolder(read, { warn: () => {} });
      expect(articles[0]?.paragraphs.map((p) => p.text)).toEqual([
        '# Harbour plan splits the council',
        'A crane at the harbour',
        'LYON — The council voted to widen the harbour, a plan Mayor Tomas Berg has pushed.',
        '“We were never shown the figures,” said Jon Ekdal, who leads the opposition.',
        'Cranes up before the vote? — @harbourfox',
      ]);
      const restored = runSteps(restoreArticles(runSteps(storeArticles(articles, read.files)), read.files));
      expect(JSON.stringify(restored)).toBe(JSON.stringify(articles));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN a page header dating the story in words THEN its date reads back, and the cache stays usable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stored-date-'));
    try {
      await writeFile(
        join(dir, 'harbour.txt'),
        'Harbour deal collapses\nBy Maria Lind\nUpdated 9:42 PM EST, Tue March 3, 2026\n\nLYON — The sale of the terminal collapsed on Tuesday, officials said.\n',
      );
      const read = await readFolder(dir);
      const { articles } = parseFolder(read, { warn: () => {} });
      expect(articles[0]?.date).toBe('2026-03-03');
      const restored = runSteps(restoreArticles(runSteps(storeArticles(articles, read.files)), read.files));
      expect(JSON.stringify(restored)).toBe(JSON.stringify(articles));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN a block over the paragraph limit holding Markdown THEN its pieces are kept as written and read back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stored-long-'));
    try {
      const long = `Said [Jane Roe](https://example.org) at the quay. ${'The harbour board met again on Monday to weigh the plan. '.repeat(90)}`;
      await writeFile(join(dir, 'long.txt'), `Harbour board meets\n\n${long}\n`);
      const read = await readFolder(dir);
      const { articles } = parseFolder(read, { warn: () => {} });
      expect(articles[0]?.paragraphs.length).toBeGreaterThan(2);
      const restored = runSteps(restoreArticles(runSteps(storeArticles(articles, read.files)), read.files));
      expect(JSON.stringify(restored)).toBe(JSON.stringify(articles));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN an article that is not a file of the folder THEN it is not stored', async () => {
    const read = await readFolder('seeds');
    const { articles } = parseFolder(read, { warn: () => {} });
    const other = articles.map((a, i) => (i === 0 ? { ...a, hash: '0'.repeat(64) } : a));
    expect(() => runSteps(storeArticles(other, read.files))).toThrow(/not a file of the folder/);
  });

  it('GIVEN a stored form that is not columns THEN it is refused', async () => {
    const read = await readFolder('seeds');
    expect(() => runSteps(restoreArticles([{ id: 'x' }], read.files))).toThrow(/holds no articles/);
  });
});
