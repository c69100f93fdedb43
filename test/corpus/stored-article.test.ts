/**
 * Articles as the persisted attribution stores them, in columns: read back beside their files, they
 * are the parsed articles exactly, key order included; an article that is not a file of the folder is
 * never stored.
 */
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
