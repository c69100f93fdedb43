import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.join(root, 'seeds');

/** Writes the seeds as scraped, before front matter was added, into a temporary folder. */
async function withoutFrontMatter(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-raw-seeds-'));
  for (const name of await readdir(SEEDS)) {
    const text = await readFile(path.join(SEEDS, name), 'utf8');
    await writeFile(path.join(dir, name), text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  }
  return dir;
}

const load = (dir: string) => loadArticles(dir, { warn: () => {} });
const byId = async (dir: string) => new Map((await load(dir)).articles.map((a) => [a.id.slice(0, 3), a]));

describe('the seeds briefing', () => {
  it('GIVEN seeds/ THEN both articles load and nothing is skipped', async () => {
    const result = await load(SEEDS);
    expect(result.articles).toHaveLength(2);
    expect(result.skipped).toEqual([]);
  });

  it('GIVEN 000 THEN its metadata comes from its front matter and its byline is classified', async () => {
    const article = (await byId(SEEDS)).get('000');
    expect(article).toMatchObject({
      title: 'Blinken asks China to influence North Korea',
      date: '2021-03-18',
      author: 'Patrick Welter',
    });
    expect(article?.paragraphs[1]).toMatchObject({ n: 2, kind: 'byline' });
    expect(article?.paragraphs[4]).toMatchObject({
      kind: 'heading',
      text: 'Blinken asks China to influence North Korea',
    });
  });

  it('GIVEN 001 THEN ¶1 is its title, the dateline is Seoul and the credit and source lines are classified', async () => {
    const article = (await byId(SEEDS)).get('001');
    expect(article?.paragraphs[0]).toEqual({
      n: 1,
      kind: 'title',
      text: 'North Korean threats strengthen balance with China',
    });
    expect(article?.dateline).toBe('Seoul');
    expect(article?.author).toBe('Steven Lee Myers and John Ismay');
    const tail = article?.paragraphs.slice(-2).map((p) => p.kind);
    expect(tail).toEqual(['credit', 'source']);
  });

  it('GIVEN the scraped originals without front matter THEN numbering, texts and kinds match seeds/', async () => {
    const rawDir = await withoutFrontMatter();
    const raw = await byId(rawDir);
    await rm(rawDir, { recursive: true, force: true });
    const seeded = await byId(SEEDS);
    for (const key of ['000', '001']) {
      expect(seeded.get(key)?.paragraphs).toEqual(raw.get(key)?.paragraphs);
    }
    // Without front matter the date and author are still found in the text itself.
    expect(raw.get('000')).toMatchObject({ date: '2021-03-18', author: 'Patrick Welter' });
    expect(raw.get('001')).toMatchObject({ author: 'Steven Lee Myers and John Ismay', dateline: 'Seoul' });
  });
});
