import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBriefing } from '../../src/answer/briefing.ts';

/** The persisted index: read back when nothing changed, never served stale, never fatal. */
describe('persisted index', () => {
  let seeds: string;
  let cacheDir: string;
  const quiet = { warn: () => {} };

  beforeEach(async () => {
    seeds = await mkdtemp(join(tmpdir(), 'briefing-cache-seeds-'));
    cacheDir = await mkdtemp(join(tmpdir(), 'briefing-cache-'));
    await cp('seeds', seeds, { recursive: true });
  });
  afterEach(async () => {
    await rm(seeds, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('GIVEN a first open THEN it persists one file, and a second open answers exactly the same', async () => {
    const built = await openBriefing(seeds, { ...quiet, cacheDir });
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const restored = await openBriefing(seeds, { ...quiet, cacheDir });
    for (const q of [
      'What did Blinken say about China?',
      'Who said "a ploy to buy time"?',
      'who wrote the article about the Seoul visit',
    ]) {
      expect(restored.ask(q)).toEqual(built.ask(q));
    }
    expect(restored.statements).toEqual(built.statements);
    expect(restored.speakers()).toEqual(built.speakers());
  });

  it('GIVEN an article added after the index was persisted THEN the next open answers from it', async () => {
    await openBriefing(seeds, { ...quiet, cacheDir });
    await writeFile(
      join(seeds, 'zz-new.txt'),
      'Harbour news\n\nOSLO – “The harbour opens in May,” Mayor Ada Lin said.',
    );
    const reopened = await openBriefing(seeds, { ...quiet, cacheDir });
    expect(reopened.ask('What did Ada Lin say about the harbour?').results[0]?.speaker).toBe('Ada Lin');
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
  });

  it('GIVEN a corrupt persisted file THEN the briefing is built again, not refused', async () => {
    await openBriefing(seeds, { ...quiet, cacheDir });
    const [file] = (await readdir(cacheDir)).filter((f) => f.endsWith('.bin'));
    await writeFile(join(cacheDir, file as string), 'not an index');
    const reopened = await openBriefing(seeds, { ...quiet, cacheDir });
    expect(reopened.ask('What did Blinken say about China?').answered).toBe(true);
  });
});
