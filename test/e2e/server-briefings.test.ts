/**
 * Per-server briefings end to end: a server with a folder of its own under `SEEDS_DIR` is answered
 * from it; other servers and DMs from the shared folder. Through discord.js and the fake Discord.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { ServerBriefings } from '../../src/bot/server-briefings.ts';
import { HARBOUR, LIGHTHOUSE, type TempFolder, tempFolder } from '../answer/articles.ts';
import { answerOf, useE2E } from './harness.ts';

let folder: TempFolder;
let own: string;
let other: string;
const opened: string[] = [];

// Registered first so that it runs last, once the bot has stopped (after-hooks run in reverse).
afterAll(async () => {
  await folder?.remove();
});

const e2e = useE2E(async () => {
  folder = await tempFolder({ 'harbour.txt': HARBOUR });
  const shared = await LiveBriefing.open(folder.dir, { warn: () => {} });
  const servers = new ServerBriefings({
    seedsDir: folder.dir,
    open: (dir) => {
      opened.push(dir);
      return LiveBriefing.open(dir, { warn: () => {} });
    },
  });
  return { briefing: shared, servers };
});

beforeAll(async () => {
  own = e2e.fake.addGuild().id;
  other = e2e.fake.addGuild().id;
  await mkdir(join(folder.dir, own));
  await writeFile(join(folder.dir, own, 'lighthouse.txt'), LIGHTHOUSE);
});

function command(
  name: string,
  where: { guildId: string } | { dm: true },
  options: Record<string, string> = {},
) {
  return answerOf(e2e.fake.sendInteraction({ kind: 'command', name, options, ...where }));
}

describe('per-server briefings', () => {
  it('GIVEN a server with its own folder THEN it is answered from that folder only', async () => {
    const lamp = await command(
      'ask',
      { guildId: own },
      { question: 'What did Rui Costa say about the lamp?' },
    );
    expect(lamp.content).toContain('Rui Costa');
    const ships = await command(
      'ask',
      { guildId: own },
      { question: 'What did Marta Sousa say about ships?' },
    );
    expect(ships.content).not.toContain('Marta Sousa,');
    expect(ships.content).toMatch(/does not cover/u);
  });

  it('GIVEN a server without a folder, or a DM THEN the shared briefing answers', async () => {
    for (const where of [{ guildId: other }, { dm: true as const }]) {
      const ships = await command('ask', where, { question: 'What did Marta Sousa say about ships?' });
      expect(ships.content).toContain('Marta Sousa');
      const lamp = await command('ask', where, { question: 'What did Rui Costa say about the lamp?' });
      expect(lamp.content).toMatch(/does not cover/u);
    }
  });

  it('GIVEN /sources and /help THEN each says which briefing the server is answered from', async () => {
    expect((await command('sources', { guildId: own })).content).toContain(
      'This server’s own briefing: 1 article',
    );
    expect((await command('sources', { guildId: other })).content).toContain('The briefing: 1 article');
    expect((await command('help', { guildId: own })).content).toContain(
      'this server come from its own briefing',
    );
    expect((await command('help', { dm: true })).content).toContain('the shared briefing');
  });

  it('GIVEN several questions in the server THEN its briefing was opened once, on first use', () => {
    expect(opened).toEqual([join(folder.dir, own)]);
  });
});
