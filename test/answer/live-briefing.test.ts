/**
 * `LiveBriefing.reload` over a real folder: what the report says, that a failed reload keeps serving
 * the old briefing, and that questions asked while a reload runs are answered from the old one.
 */
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Briefing, openBriefing } from '../../src/answer/briefing.ts';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { BriefingLoadError } from '../../src/corpus/index.ts';
import {
  BINARY,
  FERRY,
  HARBOUR,
  LIGHTHOUSE,
  LIGHTHOUSE_EDITED,
  type TempFolder,
  tempFolder,
} from './articles.ts';

/** Every excerpt answering `question`, so a test can say which version of an article answered. */
const excerpts = (briefing: Briefing, question: string) =>
  briefing
    .ask(question)
    .results.map((result) => result.excerpt)
    .join('\n');

let folder: TempFolder;
let warnings: string[];
let live: LiveBriefing;

beforeEach(async () => {
  folder = await tempFolder({ 'harbour.txt': HARBOUR, 'lighthouse.txt': LIGHTHOUSE });
  warnings = [];
  live = await LiveBriefing.open(folder.dir, { warn: (message) => warnings.push(message) });
});

afterEach(async () => {
  await folder.remove();
});

describe('LiveBriefing.reload', () => {
  it('GIVEN an article added, one changed, one removed and a binary file THEN the report lists each, and the new briefing answers', async () => {
    await folder.write('ferry.md', FERRY);
    await folder.write('lighthouse.txt', LIGHTHOUSE_EDITED);
    await rm(join(folder.dir, 'harbour.txt'));
    await folder.write('broken.txt', BINARY);

    const report = await live.reload();

    expect(report).toMatchObject({
      added: ['ferry'],
      removed: ['harbour'],
      changed: ['lighthouse'],
      articles: 2,
    });
    expect(report.skipped).toEqual([
      { file: join(folder.dir, 'broken.txt'), reason: expect.stringMatching(/binary/) },
    ]);
    expect(report.ms).toBeGreaterThanOrEqual(0);
    expect(warnings.join('\n')).toMatch(/broken\.txt.*binary/);
    expect(live.articles.map((article) => article.id)).toEqual(['ferry', 'lighthouse']);
    expect(excerpts(live, 'What did Inês Duarte say about the pontoon?')).toContain('Nobody boards');
    expect(excerpts(live, 'What did Rui Costa say about the radar?')).toContain('lost every trawler');
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).not.toContain('went dark');
    expect(excerpts(live, 'What did Marta Sousa say?')).not.toContain('enter blind');
  });

  it('GIVEN one article changed THEN the reload parses only that one, the other shared as it was, and it answers as a fresh open', async () => {
    const harbour = live.article('harbour');
    const lighthouse = live.article('lighthouse');
    await folder.write('lighthouse.txt', LIGHTHOUSE_EDITED);
    await folder.write('ferry.md', FERRY);

    await live.reload();

    // The same file, path and bytes: the very article of the briefing before, not a copy.
    expect(live.article('harbour')).toBe(harbour);
    expect(live.article('lighthouse')).not.toBe(lighthouse);
    const fresh = await openBriefing(folder.dir, { warn: () => {} });
    expect(JSON.stringify(live.articles)).toBe(JSON.stringify(fresh.articles));
    expect(JSON.stringify(live.statements)).toBe(JSON.stringify(fresh.statements));
    expect(excerpts(live, 'What did Rui Costa say about the radar?')).toContain('lost every trawler');
    expect(live.ask('What did Marta Sousa say?')).toEqual(fresh.ask('What did Marta Sousa say?'));
  });

  it('GIVEN nothing changed on disk THEN the report says so, with every article still counted', async () => {
    const report = await live.reload();
    expect(report).toMatchObject({ added: [], removed: [], changed: [], skipped: [], articles: 2 });
  });

  it('GIVEN the folder emptied THEN the reload rejects with a clear error and the old briefing still answers', async () => {
    await rm(join(folder.dir, 'harbour.txt'));
    await rm(join(folder.dir, 'lighthouse.txt'));

    const failed = live.reload();
    await expect(failed).rejects.toBeInstanceOf(BriefingLoadError);
    await expect(failed).rejects.toThrow(
      /Cannot load the briefing from .*: the folder has no \.txt or \.md files/,
    );

    expect(live.articles).toHaveLength(2);
    expect(excerpts(live, 'What did Marta Sousa say?')).toContain('enter blind');
  });

  it('GIVEN every file broken THEN the reload rejects naming the files, and the old briefing still answers', async () => {
    await folder.write('harbour.txt', BINARY);
    await folder.write('lighthouse.txt', '');
    await expect(live.reload()).rejects.toThrow(
      /every article file was skipped: harbour\.txt .*lighthouse\.txt/,
    );
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).toContain('went dark');
  });

  it('GIVEN a question asked while a reload runs THEN the old briefing answers it, and the new one once the reload ends', async () => {
    await folder.write('lighthouse.txt', LIGHTHOUSE_EDITED);

    const reloading = live.reload();
    // Asked before the reload is awaited: the new index is still being built beside the old one.
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).toContain('went dark');
    expect(excerpts(live, 'What did Rui Costa say about the radar?')).not.toContain('lost every trawler');

    await reloading;
    expect(excerpts(live, 'What did Rui Costa say about the radar?')).toContain('lost every trawler');
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).not.toContain('went dark');
  });

  it('GIVEN calls made while a reload runs THEN they share one later reload, which sees a file written meanwhile', async () => {
    const running = live.reload();
    // Written while the running reload may already be listing the folder: only a later one is sure to
    // see it. Written in place, so that the running reload has not ended before the next calls.
    writeFileSync(join(folder.dir, 'ferry.md'), FERRY);
    const second = live.reload();
    const third = live.reload();
    expect(third).toBe(second);
    expect(second).not.toBe(running);

    const reports = await Promise.all([running, second]);
    expect(reports.flatMap((report) => report.added)).toEqual(['ferry']);
    expect(excerpts(live, 'What did Inês Duarte say about the pontoon?')).toContain('Nobody boards');
  });

  it('GIVEN a reload that failed THEN the next call reloads again', async () => {
    await rm(join(folder.dir, 'harbour.txt'));
    await rm(join(folder.dir, 'lighthouse.txt'));
    await expect(live.reload()).rejects.toThrow(BriefingLoadError);
    await folder.write('ferry.md', FERRY);
    await expect(live.reload()).resolves.toMatchObject({
      added: ['ferry'],
      removed: ['harbour', 'lighthouse'],
    });
  });
});
