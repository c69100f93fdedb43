/**
 * `/ask thread: true` and follow-ups, end to end: the real bot and briefing, through discord.js,
 * against the fake Discord, which opens threads and withholds message text as Discord does (plain
 * messages in a server carry their text only with the Message Content intent).
 */
import type { APIUser } from 'discord.js';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MENTION_IN_THREAD_HINT } from '../../src/bot/messages.ts';
import { NO_THREAD_HERE } from '../../src/bot/threads.ts';
import {
  answerOf,
  contentOf,
  type E2E,
  expectWithinDiscordLimits,
  messageRequests,
  record,
  useE2E,
} from './harness.ts';

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

/** `/ask … thread: true` in the channel; resolves with the thread and the answer posted in it. */
async function askInThread(e: E2E, question: string, options: Record<string, string | boolean> = {}) {
  const before = e.fake.threads().length;
  const sent = e.fake.sendInteraction({
    kind: 'command',
    name: 'ask',
    options: { question, ...options },
    guildId,
    channelId,
    user,
  });
  await sent.waitForCallback();
  const answer = await e.fake.waitForRequest(
    (r) =>
      r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && e.fake.threads().length > before,
  );
  const thread = e.fake.threads().at(-1);
  return { sent, thread, answer };
}

/** A message in a thread; `mention` starts it with the bot's mention. */
function say(threadId: string, content: string, mention = false) {
  const text = mention ? `<@${e2e.fake.botUser.id}> ${content}` : content;
  return e2e.fake.sendMessage({ content: text, guildId, channelId: threadId, author: user });
}

describe('/ask thread: true', () => {
  it('GIVEN /ask thread:true THEN a thread named after the question holds the cited answer, and the reply points to it', async () => {
    const { sent, thread, answer } = await askInThread(e2e, 'What did Blinken say about China?', {
      thread: true,
    });
    expect(thread).toMatchObject({
      name: 'What did Blinken say about China?',
      owner_id: e2e.fake.botUser.id,
    });
    expect(answer.path).toBe(`/channels/${thread?.id}/messages`);
    expect(contentOf(answer)).toContain('Antony Blinken');
    expect(contentOf(answer)).toMatch(/¶\d+/);
    expect(record(answer.body).allowed_mentions).toEqual({ parse: [] });
    const edit = await sent.waitForEdit();
    expect(contentOf(edit)).toContain('Answered in the thread below');
    // The thread was started from the public reply, never from a private one.
    expect(thread?.id).toBe(sent.original()?.id);
  });

  it('GIVEN a question longer than a thread name may be THEN the name is cut to 100 characters at a word', async () => {
    const question = `What did Blinken say about ${'the alliance and '.repeat(8)}China?`;
    const { thread } = await askInThread(e2e, question, { thread: true });
    const name = String(record(thread).name);
    expect([...name].length).toBeLessThanOrEqual(100);
    expect(name.endsWith('…')).toBe(true);
  });

  it('GIVEN thread:true in a DM THEN the answer is given in place, with a private word why', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Blinken say about China?', thread: true },
      dm: true,
      user,
    });
    const edit = await sent.waitForEdit();
    expect(contentOf(edit)).toContain('Antony Blinken');
    const note = await sent.waitForFollowUp();
    expect(contentOf(note)).toBe(NO_THREAD_HERE);
    expect(Number(record(note.body).flags) & 64).toBe(64);
  });

  it('GIVEN the bot may not create threads THEN the answer is given in the channel and the asker told privately', async () => {
    e2e.fake.failNext({ method: 'POST', pathIncludes: '/threads', status: 403, code: 50013 });
    const sent = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Blinken say about China?', thread: true },
      guildId,
      channelId,
      user,
    });
    const note = await sent.waitForFollowUp();
    expect(contentOf(note)).toBe(NO_THREAD_HERE);
    expect(sent.original()?.content).toContain('Antony Blinken');
  });
});

describe('follow-ups in a thread the bot opened', () => {
  it('GIVEN "and on Japan?" with a mention THEN it is read against the previous speaker, and the reply says so', async () => {
    const { thread } = await askInThread(e2e, 'What did Antony Blinken say about China?', { thread: true });
    const reply = await say(String(thread?.id), 'and on Japan?', true).waitForReply();
    const content = contentOf(reply);
    expect(content).toContain('Reading this as:');
    expect(content).toContain('What did Antony Blinken say about Japan?');
    expect(content).toContain('Antony Blinken');
    expect(reply.path).toBe(`/channels/${thread?.id}/messages`);
  });

  it('GIVEN a plain message without the Message Content intent THEN Discord withholds its text and the bot says once how to ask', async () => {
    const { thread } = await askInThread(e2e, 'What did Blinken say about China?', { thread: true });
    const first = say(String(thread?.id), 'where?');
    expect(first.message.content).toBe('');
    const hint = await first.waitForReply();
    expect(contentOf(hint)).toBe(MENTION_IN_THREAD_HINT);
    e2e.reset();
    const second = say(String(thread?.id), 'more');
    // A mention after it is answered, and the plain message before it got nothing more.
    const answered = await say(String(thread?.id), 'where?', true).waitForReply();
    expect(contentOf(answered)).toContain('Reading this as:');
    expect(
      messageRequests(e2e.fake).filter(
        (r) => record(record(r.body).message_reference).message_id === second.message.id,
      ),
    ).toEqual([]);
  });

  it('GIVEN a thread a user opened THEN plain messages there are not followed', async () => {
    const other = e2e.fake.addThread({ guildId, parentId: channelId, ownerId: user.id });
    const ignored = say(other.id, 'and on Japan?');
    const mentioned = await say(other.id, 'What did Blinken say about China?', true).waitForReply();
    expect(contentOf(mentioned)).toContain('Antony Blinken');
    // A mention is no follow-up outside the bot's threads: asked as typed.
    expect(contentOf(mentioned)).not.toContain('Reading this as:');
    expect(
      messageRequests(e2e.fake).filter(
        (r) => record(record(r.body).message_reference).message_id === ignored.message.id,
      ),
    ).toEqual([]);
  });
});

describe('with the Message Content intent', () => {
  const withContent = useE2E({ env: { MESSAGE_CONTENT_INTENT: 'true', ASK_IN_THREAD: 'all' } });

  it('GIVEN ASK_IN_THREAD=all THEN /ask opens a thread without being asked, and a plain "he" follow-up there is read against the answer', async () => {
    const guild = withContent.fake.addGuild({ channels: [{ name: 'news' }] });
    const sent = withContent.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Antony Blinken say about China?' },
      guildId: guild.id,
      channelId: guild.channels[0]?.id ?? '',
      user,
    });
    await sent.waitForEdit();
    const thread = await waitForThread(withContent);
    const followUp = withContent.fake.sendMessage({
      content: 'What else did he say?',
      guildId: guild.id,
      channelId: thread.id,
      author: user,
    });
    expect(followUp.message.content).toBe('What else did he say?');
    const content = contentOf(await followUp.waitForReply());
    expect(content).toContain('Reading this as:');
    expect(content).toContain('What else did Antony Blinken say?');
    // With the intent, a message with no text really has none (an image): no hint about mentions.
    const empty = withContent.fake.sendMessage({
      content: '',
      guildId: guild.id,
      channelId: thread.id,
      author: user,
    });
    await withContent.fake
      .sendMessage({ content: 'where?', guildId: guild.id, channelId: thread.id, author: user })
      .waitForReply();
    expect(
      messageRequests(withContent.fake).filter(
        (r) => record(record(r.body).message_reference).message_id === empty.message.id,
      ),
    ).toEqual([]);
    expectWithinDiscordLimits(withContent.fake.requests);
  });
});

describe('follow-ups in a DM', () => {
  it('GIVEN /ask in a DM THEN a plain message after it is read against that answer', async () => {
    await answerOf(
      e2e.fake.sendInteraction({
        kind: 'command',
        name: 'ask',
        options: { question: 'What did Antony Blinken say about China?' },
        dm: true,
        user,
      }),
    );
    const content = contentOf(
      await e2e.fake.sendMessage({ content: 'and on Japan?', dm: true, author: user }).waitForReply(),
    );
    expect(content).toContain('Reading this as:');
    expect(content).toContain('What did Antony Blinken say about Japan?');
  });

  it('GIVEN a DM answer THEN "where?" is read against it', async () => {
    await e2e.fake
      .sendMessage({ content: 'What did Antony Blinken say about China?', dm: true, author: user })
      .waitForReply();
    const content = contentOf(
      await e2e.fake.sendMessage({ content: 'where?', dm: true, author: user }).waitForReply(),
    );
    expect(content).toContain('Reading this as:');
    expect(content).toContain('Where did Antony Blinken say that about China?');
  });
});

async function waitForThread(e: E2E) {
  for (let i = 0; i < 100; i++) {
    const thread = e.fake.threads().at(-1);
    if (thread) return thread;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no thread was opened');
}
