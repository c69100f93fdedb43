/**
 * `attributeInWorker`, the attribution of background reloads: the same result as `attribute`, in the
 * same order, whatever the chunk size; a worker that cannot start or dies fails with a clear error;
 * no worker outlives its call, whether it succeeded or failed.
 */
import { describe, expect, it } from 'vitest';
import { attributeInWorker, runningWorkers } from '../../src/answer/attribute-in-worker.ts';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { attribute } from '../../src/attribution/index.ts';
import { loadArticles } from '../../src/corpus/index.ts';
import { FERRY, HARBOUR, tempFolder } from './articles.ts';

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
      let most = 0;
      const sampler = setInterval(() => {
        most = Math.max(most, runningWorkers());
      }, 1);
      const report = await live.reload().finally(() => clearInterval(sampler));
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
