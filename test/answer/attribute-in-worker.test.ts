/**
 * `attributeInWorker`, the attribution of background reloads and of large briefings: the same result
 * as `attribute`, in the same order, whatever the chunk size and however many workers share the
 * articles; a worker that cannot start or dies fails with a clear error; no worker outlives its call,
 * whether it succeeded or failed.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  attributeInWorker,
  runningWorkers,
  shares,
  startWorkers,
  workersFor,
} from '../../src/answer/attribute-in-worker.ts';
import { openBriefing } from '../../src/answer/briefing.ts';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { attribute } from '../../src/attribution/index.ts';
import { loadArticles } from '../../src/corpus/index.ts';
import type { Article } from '../../src/corpus/types.ts';
import { FERRY, HARBOUR, tempFolder } from './articles.ts';

const POLNEAR_DEV = new URL('../../../shared/polnear/dev/briefing', import.meta.url);

/** An article of one body paragraph of `chars` characters. */
const sized = (id: string, chars: number): Article =>
  ({ id, paragraphs: [{ n: 1, kind: 'body', text: 'x'.repeat(chars) }] }) as unknown as Article;

/** Highest number of workers running at once while `run` runs. */
async function mostWorkers(run: () => Promise<unknown>): Promise<number> {
  let most = 0;
  const sampler = setInterval(() => {
    most = Math.max(most, runningWorkers());
  }, 1);
  await run().finally(() => clearInterval(sampler));
  return most;
}

type Opened = Awaited<ReturnType<typeof openBriefing>>;

/** Opens a briefing of `files` in a folder of its own, with the most workers that ran at once. */
async function openCounting(files: Record<string, string>): Promise<{ briefing: Opened; most: number }> {
  const folder = await tempFolder(files);
  try {
    let briefing: Opened | null = null;
    const most = await mostWorkers(async () => {
      briefing = await openBriefing(folder.dir, { warn: () => {} });
    });
    return { briefing: briefing as unknown as Opened, most };
  } finally {
    await folder.remove();
  }
}

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

describe('attributeInWorker', () => {
  it('GIVEN the seeds THEN it returns exactly what attribute returns, reassembled from small chunks', async () => {
    const { articles } = await loadArticles('seeds', { warn: () => {} });
    const expected = attribute(articles);
    // Chunks of 7: many messages, and a last one that is not full.
    const got = await attributeInWorker(articles, { chunk: 7 });
    expect(expected.statements.length).toBeGreaterThan(7 * 3);
    expect(got).toEqual(expected);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
    expect(runningWorkers()).toBe(0);
  });

  it.runIf(existsSync(POLNEAR_DEV))(
    'GIVEN real articles shared by two workers THEN speakers unified across both shares are exactly those of attribute',
    async () => {
      const { articles } = await loadArticles(POLNEAR_DEV.pathname, { warn: () => {} });
      const expected = attribute(articles);
      let got: Awaited<ReturnType<typeof attributeInWorker>> | null = null;
      const most = await mostWorkers(async () => {
        got = await attributeInWorker(articles, { workers: 2, chunk: 50 });
      });
      expect(most).toBe(2);
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
      expect(runningWorkers()).toBe(0);
    },
    60_000,
  );

  it('GIVEN articles of unequal length THEN the shares keep their order and hold about equal text', () => {
    const articles = [sized('a', 600), sized('b', 100), sized('c', 100), sized('d', 100), sized('e', 300)];
    // 1,200 characters in all: the first share closes once it holds 600.
    expect(shares(articles, 2).map((s) => s.map((a) => a.id))).toEqual([['a'], ['b', 'c', 'd', 'e']]);
    expect(shares(articles, 1).map((s) => s.length)).toEqual([5]);
    expect(shares([sized('a', 10)], 2).map((s) => s.length)).toEqual([1]);
    expect(shares([], 2)).toEqual([[]]);
  });

  it('GIVEN briefings of 10, 199 and 200+ articles THEN a second worker is given only from 200', () => {
    expect([10, 199, 200, 5_000].map(workersFor)).toEqual([1, 1, 2, 2]);
  });

  it('GIVEN a first open of 200 articles THEN two workers attribute them and it answers as before', async () => {
    const files: Record<string, string> = { 'harbour.txt': HARBOUR };
    for (let i = 0; i < 200; i++)
      files[`note-${String(i).padStart(3, '0')}.txt`] =
        `Note ${i}\n\nPORTO — “Berth ${i} is closed until Friday,” said the harbour master.\n`;
    const { briefing: b, most } = await openCounting(files);
    expect(most).toBe(2);
    expect(runningWorkers()).toBe(0);
    expect(b.statements).toEqual(attribute(b.articles).statements);
    expect(b.ask('Who said they will not let a single ship enter blind?').results[0]?.speaker).toBe(
      'Marta Sousa',
    );
  }, 60_000);

  it('GIVEN a background open of 200 articles (a reload) THEN one worker attributes them, leaving a core to the questions', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++)
      files[`note-${String(i).padStart(3, '0')}.txt`] =
        `Note ${i}\n\nPORTO — “Berth ${i} is closed until Friday,” said the harbour master.\n`;
    const folder = await tempFolder(files);
    try {
      const most = await mostWorkers(async () => {
        await openBriefing(folder.dir, { warn: () => {}, background: true });
      });
      expect(most).toBe(1);
      expect(runningWorkers()).toBe(0);
    } finally {
      await folder.remove();
    }
  }, 60_000);

  it('GIVEN two workers that fail as they start THEN it rejects saying so, and both are gone', async () => {
    const { articles } = await loadArticles('seeds', { warn: () => {} });
    await expect(
      attributeInWorker(articles, { module: fixture('worker-throws.ts'), workers: 2 }),
    ).rejects.toThrow(/attribution worker failed: this worker cannot start/);
    expect(runningWorkers()).toBe(0);
  });

  it('GIVEN two workers started ahead of too few articles for both THEN one attributes them and the other is ended', async () => {
    const { articles } = await loadArticles('seeds', { warn: () => {} });
    const started = startWorkers(2);
    expect(runningWorkers()).toBe(2);
    const one = articles.slice(0, 1);
    expect(JSON.stringify(await attributeInWorker(one, { started }))).toBe(JSON.stringify(attribute(one)));
    expect(runningWorkers()).toBe(0);
  });

  it('GIVEN a worker started ahead that fails as it loads THEN the attribution rejects saying so, and it is gone', async () => {
    const { articles } = await loadArticles('seeds', { warn: () => {} });
    const started = startWorkers(1, fixture('worker-throws.ts'));
    // Failed before it is given anything: the failure waits for the attribution to read it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(attributeInWorker(articles, { started })).rejects.toThrow(
      /attribution worker failed: this worker cannot start/,
    );
    expect(runningWorkers()).toBe(0);
  });

  it('GIVEN 200 readable files of which few are articles THEN the workers started ahead end and the process attributes them', async () => {
    const files: Record<string, string> = { 'harbour.txt': HARBOUR };
    // Blank files: read, then skipped by the parse, so the workers started for them are not needed.
    for (let i = 0; i < 200; i++) files[`blank-${String(i).padStart(3, '0')}.txt`] = '   \n';
    const { briefing: b, most } = await openCounting(files);
    expect(most).toBe(2);
    expect(runningWorkers()).toBe(0);
    expect(b.articles).toHaveLength(1);
    expect(b.statements).toEqual(attribute(b.articles).statements);
  }, 60_000);

  it('GIVEN no articles THEN it returns no statements and no speakers', async () => {
    expect(await attributeInWorker([])).toEqual(attribute([]));
    expect(runningWorkers()).toBe(0);
  });

  it('GIVEN a worker that fails as it starts THEN it rejects saying so, and the worker is gone', async () => {
    const { articles } = await loadArticles('seeds', { warn: () => {} });
    await expect(attributeInWorker(articles, { module: fixture('worker-throws.ts') })).rejects.toThrow(
      /attribution worker failed: this worker cannot start/,
    );
    expect(runningWorkers()).toBe(0);
  });

  it("GIVEN a worker THEN its module is loaded through tsx's CommonJS hooks, with no loader thread of its own", async () => {
    await expect(attributeInWorker([], { module: fixture('worker-reports-loader.ts') })).rejects.toThrow(
      /loaded through CommonJS hooks/,
    );
    expect(runningWorkers()).toBe(0);
  });

  it('GIVEN a worker that ends without answering THEN it rejects saying so, and the worker is gone', async () => {
    await expect(attributeInWorker([], { module: fixture('worker-exits.ts') })).rejects.toThrow(
      /attribution worker stopped early \(exit code 3\)/,
    );
    expect(runningWorkers()).toBe(0);
  });

  it('GIVEN a live reload THEN its attribution ran in a worker that is gone once the new briefing answers', async () => {
    const folder = await tempFolder({ 'harbour.txt': HARBOUR });
    try {
      const live = await LiveBriefing.open(folder.dir, { warn: () => {} });
      await folder.write('ferry.md', FERRY);
      let report: unknown = null;
      // Two articles: one worker is worth starting, not two.
      const most = await mostWorkers(async () => {
        report = await live.reload();
      });
      expect(report).toMatchObject({ added: ['ferry'] });
      expect(most).toBe(1);
      expect(runningWorkers()).toBe(0);
      expect(live.ask('Who said nobody boards until the pontoon is inspected?').results[0]?.speaker).toBe(
        'Inês Duarte',
      );
    } finally {
      await folder.remove();
    }
  });
});
