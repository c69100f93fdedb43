/**
 * The folder watcher over a real temporary folder and real `fs.watch` events: adding, changing and
 * removing an article changes the answers after the debounce, a broken file is skipped, a burst of
 * writes reloads once, and a failed reload is logged while the old briefing keeps answering.
 */
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveBriefing, type ReloadReport } from '../../src/answer/live-briefing.ts';
import { type BriefingWatcher, type Reloadable, watchBriefing } from '../../src/answer/watch-briefing.ts';
import { createLogger } from '../../src/log.ts';
import {
  BINARY,
  FERRY,
  HARBOUR,
  LIGHTHOUSE,
  LIGHTHOUSE_EDITED,
  type TempFolder,
  tempFolder,
} from './articles.ts';

const DEBOUNCE_MS = 100;
/** Long enough for a debounce and a rebuild of a few articles on a slow machine. */
const SETTLED = { timeout: 5_000, interval: 20 };

const excerpts = (briefing: LiveBriefing, question: string) =>
  briefing
    .ask(question)
    .results.map((result) => result.excerpt)
    .join('\n');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let folder: TempFolder;
let live: LiveBriefing;
let watcher: BriefingWatcher;
let lines: Array<Record<string, unknown>>;
let reloads: number;

/** Starts watching `live` with a reload counter in front of it. */
function watch(debounceMs = DEBOUNCE_MS): void {
  const counted: Reloadable = {
    get dir() {
      return live.dir;
    },
    get articles() {
      return live.articles;
    },
    reload: (): Promise<ReloadReport> => {
      reloads++;
      return live.reload();
    },
  };
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line)) });
  watcher = watchBriefing(counted, { debounceMs, logger });
}

const logged = (msg: string) => lines.filter((line) => line.msg === msg);

beforeEach(async () => {
  folder = await tempFolder({ 'harbour.txt': HARBOUR, 'lighthouse.txt': LIGHTHOUSE });
  live = await LiveBriefing.open(folder.dir, { warn: () => {} });
  lines = [];
  reloads = 0;
});

afterEach(async () => {
  await watcher?.close();
  await folder.remove();
});

describe('watchBriefing', () => {
  it('GIVEN a new article written THEN after the debounce its content is answered, and one line logs the report', async () => {
    watch();
    await folder.write('ferry.md', FERRY);
    await vi.waitFor(
      () => expect(excerpts(live, 'What did Inês Duarte say about the pontoon?')).toContain('Nobody boards'),
      SETTLED,
    );
    await vi.waitFor(() => expect(logged('briefing reloaded')).toHaveLength(1), SETTLED);
    expect(logged('briefing reloaded')[0]).toMatchObject({
      level: 'info',
      trigger: 'watch',
      added: ['ferry'],
      removed: [],
      changed: [],
      skipped: [],
      articles: 3,
      ms: expect.any(Number),
    });
  });

  it('GIVEN an article changed THEN its new content is answered and its old content no longer', async () => {
    watch();
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).toContain('went dark');
    await folder.write('lighthouse.txt', LIGHTHOUSE_EDITED);
    await vi.waitFor(
      () => expect(excerpts(live, 'What did Rui Costa say about the radar?')).toContain('lost every trawler'),
      SETTLED,
    );
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).not.toContain('went dark');
  });

  it('GIVEN an article removed THEN its content is no longer answered', async () => {
    watch();
    await rm(join(folder.dir, 'harbour.txt'));
    await vi.waitFor(() => expect(live.article('harbour')).toBeUndefined(), SETTLED);
    expect(excerpts(live, 'What did Marta Sousa say?')).not.toContain('enter blind');
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).toContain('went dark');
  });

  it('GIVEN a binary file added THEN it is skipped and logged, and the other articles are still answered', async () => {
    watch();
    await folder.write('broken.txt', BINARY);
    await vi.waitFor(() => expect(logged('briefing reloaded')).toHaveLength(1), SETTLED);
    expect(logged('briefing reloaded')[0]).toMatchObject({ skipped: ['broken.txt'], articles: 2 });
    expect(live.skipped.map((entry) => entry.reason)).toEqual([expect.stringMatching(/binary/)]);
    expect(excerpts(live, 'What did Marta Sousa say?')).toContain('enter blind');
    expect(excerpts(live, 'What did Rui Costa say about the lamp?')).toContain('went dark');
  });

  it('GIVEN many writes in quick succession THEN one reload, after the last', async () => {
    watch(300);
    for (let i = 0; i < 10; i++) {
      await folder.write(
        `ferry-${i}.md`,
        FERRY.replace('Barreiro suspended', `Barreiro suspended, day ${i}`),
      );
    }
    await folder.write('lighthouse.txt', LIGHTHOUSE_EDITED);
    await vi.waitFor(() => expect(live.articles).toHaveLength(12), SETTLED);
    await sleep(600);
    expect(reloads).toBe(1);
    expect(logged('briefing reloaded')).toHaveLength(1);
  });

  it('GIVEN a file that is not an article (an editor swap file, notes) THEN no reload', async () => {
    watch();
    await folder.write('.lighthouse.txt.swp', 'swap');
    await folder.write('notes.json', '{}');
    await sleep(DEBOUNCE_MS * 4);
    expect(reloads).toBe(0);
  });

  it('GIVEN the folder emptied THEN the failure is logged, not thrown, and the old briefing still answers', async () => {
    watch();
    await rm(join(folder.dir, 'harbour.txt'));
    await rm(join(folder.dir, 'lighthouse.txt'));
    await vi.waitFor(
      () => expect(logged('briefing reload failed: still serving the previous briefing')).toHaveLength(1),
      SETTLED,
    );
    expect(logged('briefing reload failed: still serving the previous briefing')[0]).toMatchObject({
      level: 'error',
      articles: 2,
      error: { name: 'BriefingLoadError', message: expect.stringMatching(/no \.txt or \.md files/) },
    });
    expect(excerpts(live, 'What did Marta Sousa say?')).toContain('enter blind');
  });

  it('GIVEN the watcher closed THEN later changes no longer reload', async () => {
    watch();
    await watcher.close();
    await folder.write('ferry.md', FERRY);
    await sleep(DEBOUNCE_MS * 4);
    expect(reloads).toBe(0);
    expect(live.article('ferry')).toBeUndefined();
  });

  it('GIVEN a folder that cannot be watched THEN it is logged and nothing throws', async () => {
    const logger = createLogger({ write: (line) => lines.push(JSON.parse(line)) });
    const missing = {
      dir: join(folder.dir, 'missing'),
      articles: [],
      reload: () => Promise.reject(new Error('unused')),
    };
    const idle = watchBriefing(missing, { logger });
    expect(lines).toEqual([expect.objectContaining({ level: 'error', dir: missing.dir })]);
    await idle.close();
  });
});

describe('watchBriefing when the folder itself is replaced', () => {
  let root: string;
  let seeds: string;

  beforeEach(async () => {
    // A parent of its own, so the swap is the only thing happening beside the folder.
    root = await mkdtemp(join(tmpdir(), 'briefing-swap-'));
    seeds = join(root, 'seeds');
    await mkdir(seeds);
    await writeFile(join(seeds, 'harbour.txt'), HARBOUR);
    live = await LiveBriefing.open(seeds, { warn: () => {} });
    lines = [];
    reloads = 0;
  });

  afterEach(async () => {
    await watcher?.close();
    await rm(root, { recursive: true, force: true });
  });

  /** Same counter as above, over this folder. */
  function watchSeeds(): void {
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line)) });
    watcher = watchBriefing(
      {
        get dir() {
          return live.dir;
        },
        get articles() {
          return live.articles;
        },
        reload: () => {
          reloads++;
          return live.reload();
        },
      },
      { debounceMs: DEBOUNCE_MS, logger },
    );
  }

  it('GIVEN a new folder moved into place (mv swap) THEN it is served, and later changes to it still reload', async () => {
    watchSeeds();
    const next = join(root, 'seeds.next');
    await mkdir(next);
    await writeFile(join(next, 'lighthouse.txt'), LIGHTHOUSE);
    await rename(seeds, join(root, 'seeds.old'));
    await rename(next, seeds);
    await vi.waitFor(() => expect(live.article('lighthouse')).toBeDefined(), SETTLED);
    expect(live.article('harbour')).toBeUndefined();
    expect(logged('the briefing folder was replaced: watching the new one and reloading')).toHaveLength(1);
    // The watch follows the new folder: an article added to it is served too.
    await writeFile(join(seeds, 'ferry.md'), FERRY);
    await vi.waitFor(() => expect(live.article('ferry')).toBeDefined(), SETTLED);
    // And the old folder, renamed away, no longer counts.
    const before = reloads;
    await writeFile(join(root, 'seeds.old', 'ignored.txt'), LIGHTHOUSE_EDITED);
    await sleep(DEBOUNCE_MS * 4);
    expect(reloads).toBe(before);
  });

  it('GIVEN the folder removed THEN it is logged and the previous briefing still answers; once back, it is served', async () => {
    watchSeeds();
    await rm(seeds, { recursive: true });
    await vi.waitFor(
      () =>
        expect(
          logged('the briefing folder is gone: still serving the previous briefing until it is back'),
        ).toHaveLength(1),
      SETTLED,
    );
    expect(excerpts(live, 'What did Marta Sousa say?')).toContain('enter blind');
    await mkdir(seeds);
    await writeFile(join(seeds, 'lighthouse.txt'), LIGHTHOUSE);
    await vi.waitFor(() => expect(live.article('lighthouse')).toBeDefined(), SETTLED);
  });

  it('GIVEN the folder a symbolic link, pointed at another release THEN the new release is served', async () => {
    const v1 = join(root, 'v1');
    const v2 = join(root, 'v2');
    await rename(seeds, v1);
    await symlink(v1, seeds);
    await mkdir(v2);
    await writeFile(join(v2, 'ferry.md'), FERRY);
    live = await LiveBriefing.open(seeds, { warn: () => {} });
    watchSeeds();
    // Re-pointed the way deploys do it: a new link, renamed over the old one.
    await symlink(v2, join(root, 'seeds.tmp'));
    await rename(join(root, 'seeds.tmp'), seeds);
    await vi.waitFor(() => expect(live.article('ferry')).toBeDefined(), SETTLED);
    expect(live.article('harbour')).toBeUndefined();
  });
});
