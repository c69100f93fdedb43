import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { ServerBriefings } from '../../src/bot/server-briefings.ts';
import { FERRY, HARBOUR, LIGHTHOUSE, type TempFolder, tempFolder } from '../answer/articles.ts';

const A = '111111111111111111';
const B = '222222222222222222';

let folder: TempFolder;
let now = 0;
let opened: string[];
let closed: string[];
let servers: ServerBriefings;

beforeEach(async () => {
  folder = await tempFolder({ 'harbour.txt': HARBOUR });
  for (const [id, text] of [
    [A, LIGHTHOUSE],
    [B, FERRY],
  ] as const) {
    await mkdir(join(folder.dir, id));
    await writeFile(join(folder.dir, id, 'article.txt'), text);
  }
  now = 0;
  opened = [];
  closed = [];
  servers = new ServerBriefings({
    seedsDir: folder.dir,
    open: (dir) => {
      opened.push(dir);
      return LiveBriefing.open(dir, { warn: () => {} });
    },
    watch: (briefing) => ({
      close: async () => {
        closed.push(briefing.dir);
      },
    }),
    maxLoaded: 1,
    idleMs: 1000,
    now: () => now,
  });
});

afterEach(async () => {
  await servers.close();
  await folder.remove();
});

describe('ServerBriefings', () => {
  it('GIVEN a server without a folder, a DM or an id that is not one THEN null (the shared briefing)', async () => {
    expect(await servers.for('333333333333333333')).toBeNull();
    expect(await servers.for(null)).toBeNull();
    expect(await servers.for('..')).toBeNull();
    expect(opened).toEqual([]);
  });

  it('GIVEN two questions at once THEN the folder is opened once', async () => {
    const [first, second] = await Promise.all([servers.for(A), servers.for(A)]);
    expect(first).toBe(second);
    expect(first?.articles.map((a) => a.title)).toEqual(['Lighthouse keepers return to Sagres']);
    expect(opened).toHaveLength(1);
  });

  it('GIVEN more servers than it may hold THEN the least recently used is dropped, its watcher closed', async () => {
    await servers.for(A);
    await servers.for(B);
    expect(servers.size).toBe(1);
    expect(closed).toEqual([join(folder.dir, A)]);
    await servers.for(A);
    expect(opened).toEqual([join(folder.dir, A), join(folder.dir, B), join(folder.dir, A)]);
  });

  it('GIVEN a briefing idle for longer than idleMs THEN it is dropped, and opened again on its next question', async () => {
    await servers.for(A);
    now = 500;
    expect(await servers.dropIdle()).toBe(0);
    now = 1501;
    expect(await servers.dropIdle()).toBe(1);
    expect(servers.size).toBe(0);
    expect((await servers.for(A))?.articles).toHaveLength(1);
    expect(opened).toHaveLength(2);
  });
});
