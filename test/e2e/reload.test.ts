/**
 * `/reload` end to end: the real bot over a `LiveBriefing` of a temporary folder, through discord.js,
 * against the fake Discord. Who may reload is decided from the member's permissions as Discord sends
 * them, and what is registered must let Discord hide the command from other members.
 */
import type { APIUser } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { deployCommands } from '../../src/bot/deploy.ts';
import { FERRY, HARBOUR, LIGHTHOUSE, type TempFolder, tempFolder } from '../answer/articles.ts';
import { answerOf, contentOf, useE2E } from './harness.ts';

/** MANAGE_GUILD (0x20), as Discord sends it in `member.permissions`. */
const MANAGE_GUILD = '32';
/** View Channels, Send Messages, Read Message History: an ordinary member. */
const MEMBER = String((1n << 10n) | (1n << 11n) | (1n << 16n));

let folder: TempFolder;
let guildId: string;
let user: APIUser;

// Registered first so that it runs last, once the bot has stopped (after-hooks run in reverse).
afterAll(async () => {
  await folder?.remove();
});

const e2e = useE2E(async () => {
  folder = await tempFolder({ 'harbour.txt': HARBOUR, 'lighthouse.txt': LIGHTHOUSE });
  return { briefing: await LiveBriefing.open(folder.dir, { warn: () => {} }) };
});

beforeAll(() => {
  guildId = e2e.fake.addGuild().id;
});

beforeEach(() => {
  user = e2e.fake.createUser();
});

const reload = (permissions: string) =>
  e2e.fake.sendInteraction({ kind: 'command', name: 'reload', guildId, user, permissions });

describe('/reload', () => {
  it('GIVEN a member with Manage Server and a new article on disk THEN an ephemeral report, and /ask answers from it', async () => {
    await folder.write('ferry.md', FERRY);
    const sent = reload(MANAGE_GUILD);
    const { content, ephemeral } = await answerOf(sent);
    expect((await sent.waitForCallback()).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(ephemeral).toBe(true);
    expect(content).toMatch(/Briefing reloaded\*\* in \d+ ms: 3 articles \(1 added, 0 changed, 0 removed\)/);
    expect(content).toContain('• ferry');

    const ask = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Inês Duarte say about the pontoon?' },
      guildId,
      user,
    });
    expect((await answerOf(ask)).content).toContain('Nobody boards until the pontoon is inspected');
  });

  it('GIVEN a member without Manage Server THEN an ephemeral refusal, and nothing reloaded', async () => {
    const before = e2e.bot.services.briefing.articles;
    const sent = reload(MEMBER);
    const callback = await sent.waitForCallback();
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(contentOf(callback)).toMatch(/Only members with the Manage Server permission can reload/);
    expect(e2e.bot.services.briefing.articles).toBe(before);
  });

  it('GIVEN the commands deployed THEN /reload asks Discord to show it only to Manage Server members, in servers', async () => {
    await deployCommands(e2e.config);
    const put = e2e.fake.requests.find((request) => request.method === 'PUT');
    const registered = (put?.body ?? []) as Array<Record<string, unknown>>;
    const payload = registered.find((command) => command.name === 'reload');
    expect(payload).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(e2e.fake.globalCommands.find((command) => command.name === 'reload')).toMatchObject({
      default_member_permissions: '32',
    });
  });
});
