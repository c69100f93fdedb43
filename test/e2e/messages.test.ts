/**
 * Questions sent as messages (DMs and @mentions) and hostile text, end to end: the real bot and
 * briefing, through discord.js, against the fake Discord.
 */
import type { APIUser } from 'discord.js';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerOf, contentOf, messageRequests, useE2E } from './harness.ts';

const e2e = useE2E();
let guildId: string;
let channelId: string;
let user: APIUser;

beforeAll(() => {
  const guild = e2e.fake.addGuild({ channels: [{ name: 'news' }] });
  guildId = guild.id;
  channelId = guild.channels[0]?.id ?? '';
});

beforeEach(() => {
  user = e2e.fake.createUser();
});

const HOSTILE = 'What did Blinken say about China? @everyone <@&123> **bold** _x_ `code`';

/** Content in which nothing renders as a mention or as markdown the asker typed. */
function expectInert(content: string): void {
  expect(content).not.toMatch(/@everyone/);
  expect(content).toMatch(/@\u200beveryone|\\@everyone/);
  expect(content).not.toContain('<@&123>');
  expect(content).not.toContain('**bold**');
  expect(content).toContain('\\*\\*bold\\*\\*');
  expect(content).not.toContain(' `code`');
}

describe('direct messages', () => {
  it('GIVEN a DM question THEN an answer naming the speaker is posted to the DM channel', async () => {
    const sent = e2e.fake.sendMessage({
      content: 'What did Blinken say about China?',
      dm: true,
      author: user,
    });
    const reply = await sent.waitForReply();
    expect(reply.path).toBe(`/channels/${e2e.fake.dmChannel(user).id}/messages`);
    const content = contentOf(reply);
    expect(content).toContain('Antony Blinken');
    expect(content).toMatch(/¶\d+/);
    expect(reply.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
  });

  it('GIVEN "hi!" in a DM THEN a friendly line pointing to /help, not "the briefing does not cover that"', async () => {
    const reply = await e2e.fake.sendMessage({ content: 'hi!', dm: true, author: user }).waitForReply();
    const content = contentOf(reply);
    expect(content).toMatch(/^Hello! /);
    expect(content).toContain('`/help`');
    expect(content).not.toMatch(/does not cover/);
  });

  it('GIVEN "help" in a DM THEN the help text', async () => {
    const reply = await e2e.fake.sendMessage({ content: 'help', dm: true, author: user }).waitForReply();
    const content = contentOf(reply);
    expect(content).toContain('/ask');
    expect(content).toContain('/quotes');
  });

  it('GIVEN a DM question the briefing does not cover THEN it says so, with a hint', async () => {
    const reply = await e2e.fake
      .sendMessage({ content: 'What did Vladimir Putin say about Ukraine?', dm: true, author: user })
      .waitForReply();
    const content = contentOf(reply);
    expect(content).toMatch(/does not cover/);
    expect(content).toContain('/sources');
    expect(content).toContain('/quotes');
  });
});

describe('guild messages', () => {
  it('GIVEN a mention with a question THEN a reply to that message answers it, without searching the mention or pinging', async () => {
    const mention = `<@${e2e.fake.botUser.id}>`;
    const sent = e2e.fake.sendMessage({
      content: `${mention} What did Blinken say about China?`,
      guildId,
      channelId,
      author: user,
    });
    const reply = await sent.waitForReply();
    expect(reply.path).toBe(`/channels/${channelId}/messages`);
    const content = contentOf(reply);
    expect(content).toContain('What did Blinken say about China?');
    expect(content).not.toContain(e2e.fake.botUser.id);
    expect(content).toContain('Antony Blinken');
    expect(content).toMatch(/^> /m);
    expect(reply.body).toMatchObject({
      message_reference: { message_id: sent.message.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
  });

  it('GIVEN a guild message without a mention THEN no reply', async () => {
    const ignored = e2e.fake.sendMessage({
      content: 'What did Blinken say about China?',
      guildId,
      author: user,
    });
    expect(ignored.delivered).toBe(true);
    // A DM sent after it is answered, so the guild message has been handled by then.
    await e2e.fake.sendMessage({ content: 'help', dm: true, author: user }).waitForReply();
    expect(messageRequests(e2e.fake).filter((r) => r.path === `/channels/${channelId}/messages`)).toEqual([]);
  });
});

describe('hostile text', () => {
  it('GIVEN @everyone, a role mention and markdown in /ask THEN the echo is escaped and nothing can ping', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: HOSTILE },
      guildId,
      user,
    });
    expectInert((await answerOf(sent)).content);
  });

  it('GIVEN @everyone, a role mention and markdown in a mention THEN the reply is escaped and nothing can ping', async () => {
    const reply = await e2e.fake
      .sendMessage({ content: `<@${e2e.fake.botUser.id}> ${HOSTILE}`, guildId, channelId, author: user })
      .waitForReply();
    expectInert(contentOf(reply));
  });

  it('GIVEN @everyone, a role mention and markdown in a DM THEN the reply is escaped and nothing can ping', async () => {
    const reply = await e2e.fake.sendMessage({ content: HOSTILE, dm: true, author: user }).waitForReply();
    expectInert(contentOf(reply));
    // The afterEach checks `allowed_mentions.parse` and `pingsOf` on every body; here, that there were bodies.
    expect(messageRequests(e2e.fake).length).toBeGreaterThan(0);
  });
});

describe('mentions over the rate limit', () => {
  const limited = useE2E({ env: { RATE_LIMIT_MAX: '1', RATE_LIMIT_WINDOW_SECONDS: '600' } });
  let guild: string;
  let channel: string;

  beforeAll(() => {
    const created = limited.fake.addGuild({ channels: [{ name: 'general' }] });
    guild = created.id;
    channel = created.channels[0]?.id ?? '';
  });

  const mention = (author: APIUser, question = 'What did Blinken say about China?') =>
    limited.fake.sendMessage({
      content: `<@${limited.fake.botUser.id}> ${question}`,
      guildId: guild,
      channelId: channel,
      author,
    });

  /** A DM from another user, answered after everything sent before it has been handled. */
  const settle = () =>
    limited.fake.sendMessage({ content: 'help', dm: true, author: limited.fake.createUser() }).waitForReply();

  const inChannel = () =>
    messageRequests(limited.fake).filter((r) => r.path === `/channels/${channel}/messages`);

  it('GIVEN twenty mentions over the limit THEN one answer in the channel, one private DM saying when to try again, and nothing more', async () => {
    const author = limited.fake.createUser();
    await mention(author).waitForReply();
    for (let i = 0; i < 20; i++) mention(author);
    const dm = `/channels/${limited.fake.dmChannel(author).id}/messages`;
    await limited.fake.waitForRequest((r) => r.method === 'POST' && r.path === dm);
    // Mentions are handled in turn: once a later DM is answered, all twenty have been.
    await settle();
    expect(inChannel()).toHaveLength(1);
    const told = messageRequests(limited.fake).filter((r) => r.path === dm);
    expect(told).toHaveLength(1);
    expect(contentOf(told[0] as (typeof told)[number])).toMatch(
      /^You're asking quickly: try again in \d+ s\. \(About https:\/\//,
    );
    expect(limited.fake.reactions).toEqual([]);
  });

  it('GIVEN a rate-limited author whose DMs are closed THEN a ⏳ reaction on their mention, and still nothing in the channel', async () => {
    const author = limited.fake.createUser();
    await mention(author).waitForReply();
    const dm = `/channels/${limited.fake.dmChannel(author).id}/messages`;
    limited.fake.failNext({ method: 'POST', pathIncludes: dm, status: 403, code: 50007 });
    const second = mention(author);
    await limited.fake.waitForRequest((r) => r.method === 'PUT' && r.path.includes('/reactions/'));
    expect(inChannel().filter((r) => r.body && contentOf(r).includes('asking quickly'))).toEqual([]);
    expect(limited.fake.reactions).toContainEqual({
      channelId: channel,
      messageId: second.message.id,
      emoji: '⏳',
    });
  });
});
