/**
 * The digest end to end: with DIGEST_CHANNEL_ID set, a reload that adds or changes articles posts one
 * message there; one that only removes posts nothing. Through discord.js and the fake Discord.
 */
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { FERRY, HARBOUR, LIGHTHOUSE, type TempFolder, tempFolder } from '../answer/articles.ts';
import { snowflake } from '../fake-discord/fake-discord.ts';
import { answerOf, contentOf, record, useE2E } from './harness.ts';

const MANAGE_GUILD = '32';
const DIGEST = snowflake();

const FERRY_DATED = FERRY.replace(
  'title: Ferry crossing to Barreiro suspended',
  'title: Ferry crossing to Barreiro suspended\ndate: 2024-02-07\nauthor: Ana Reis\nurl: https://news.example.org/ferry',
);

let folder: TempFolder;
let guildId: string;

// Registered first so that it runs last, once the bot has stopped (after-hooks run in reverse).
afterAll(async () => {
  await folder?.remove();
});

const e2e = useE2E(async () => {
  folder = await tempFolder({ 'harbour.txt': HARBOUR });
  const briefing = await LiveBriefing.open(folder.dir, { warn: () => {} });
  return { briefing, env: { DIGEST_CHANNEL_ID: DIGEST } };
});

beforeAll(() => {
  guildId = e2e.fake.addGuild({
    channels: [{ name: 'general' }, { id: DIGEST, name: 'briefing-digest' }],
  }).id;
});

const digestPosts = () =>
  e2e.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${DIGEST}/messages`);

function reload() {
  return answerOf(
    e2e.fake.sendInteraction({ kind: 'command', name: 'reload', guildId, permissions: MANAGE_GUILD }),
  );
}

describe('digest', () => {
  it('GIVEN a reload that adds an article THEN one message in the digest channel: title, date, author, a cited statement', async () => {
    await folder.write('ferry.md', FERRY_DATED);
    await folder.write('lighthouse.txt', LIGHTHOUSE);
    await reload();
    const post = await e2e.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${DIGEST}/messages`,
    );
    const content = contentOf(post);
    expect(content).toContain('New in the briefing: 2 added');
    expect(content).toContain('**Ferry crossing to Barreiro suspended** · 2024-02-07 · Ana Reis');
    expect(content).toContain('“Nobody boards until the pontoon is inspected”');
    expect(content).toContain(
      '— **Inês Duarte** · _[Ferry crossing to Barreiro suspended](<https://news.example.org/ferry#:~:text=',
    );
    expect(content).toContain('**Lighthouse keepers return to Sagres**');
    expect(record(post.body).allowed_mentions).toEqual({ parse: [] });
    expect(digestPosts()).toHaveLength(1);
  });

  it('GIVEN a reload that only removes an article THEN no digest', async () => {
    await unlink(join(folder.dir, 'lighthouse.txt'));
    const { content } = await reload();
    expect(content).toContain('1 removed');
    // A digest would be sent as the reload ends, before its reply: give it time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(digestPosts()).toEqual([]);
  });
});
