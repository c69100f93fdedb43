/**
 * Every command, option, autocomplete and button, end to end: the real bot and briefing, through
 * discord.js, against the fake Discord. Assertions are on the REST requests the fake recorded.
 */
import { readFile } from 'node:fs/promises';
import type { APIUser } from 'discord.js';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  answerOf,
  buttonLabelsOf,
  customIdsOf,
  messageOf,
  openSeedBriefing,
  record,
  useE2E,
} from './harness.ts';

const e2e = useE2E();
let guildId: string;
let user: APIUser;

beforeAll(() => {
  guildId = e2e.fake.addGuild().id;
});

beforeEach(() => {
  user = e2e.fake.createUser();
});

/** Asks `/ask` in the guild and returns its answer as sent. */
async function ask(question: string, options: Record<string, string | boolean> = {}) {
  const sent = e2e.fake.sendInteraction({
    kind: 'command',
    name: 'ask',
    options: { question, ...options },
    guildId,
    user,
  });
  return { sent, ...(await answerOf(sent)) };
}

/** Presses a button under a message the bot sent. */
function press(customId: string, content: string) {
  return e2e.fake.sendInteraction({ kind: 'button', customId, message: { content }, guildId, user });
}

describe('slash commands', () => {
  it('GIVEN /ask with a question THEN a public answer with the escaped question, cited excerpts, the speaker and buttons', async () => {
    const { sent, request, content, ephemeral } = await ask('What did Blinken say about China?');
    expect(ephemeral).toBe(false);
    // Not busy: the answer is the first response itself (type 4), no "thinking…" to edit.
    expect((await sent.waitForCallback()).body).toMatchObject({ type: 4 });
    expect(sent.original()?.content).toBe(content);
    expect(content).toContain('What did Blinken say about China?');
    expect(content).toContain('Antony Blinken');
    // The cited article's title, whichever of the two the first result comes from.
    expect(content).toMatch(
      /North Korean threats strengthen balance with China|Blinken asks China to influence North Korea/u,
    );
    expect(content).toMatch(/¶\d+/);
    expect(content).toMatch(/^> /m);
    const labels = buttonLabelsOf(request);
    expect(labels).toEqual(expect.arrayContaining(['More', '👍', '👎']));
    expect(labels.some((label) => label.startsWith('Full paragraph'))).toBe(true);
    expect(sent.original()?.flags ?? 0).toBe(0);
  });

  it('GIVEN /ask private:true THEN the first response (the answer) carries flag 64', async () => {
    const { sent, content, ephemeral } = await ask('What did Blinken say about China?', { private: true });
    expect(ephemeral).toBe(true);
    expect((await sent.waitForCallback()).body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(content).toContain('Antony Blinken');
    expect((sent.original()?.flags ?? 0) & 64).toBe(64);
  });

  it('GIVEN /quotes speaker topic private:true THEN that speaker’s statements on the topic, only for the asker', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'quotes',
      options: { speaker: 'Blinken', topic: 'China', private: true },
      guildId,
      user,
    });
    const { content, ephemeral } = await answerOf(sent);
    expect(ephemeral).toBe(true);
    expect(content).toContain('Antony Blinken');
    expect(content).toMatch(/China/);
    expect(content).toMatch(/¶\d+/);
  });

  it('GIVEN /quotes with a speaker only THEN a public list of what they said', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'quotes',
      options: { speaker: 'Blinken' },
      guildId,
      user,
    });
    const { content, ephemeral } = await answerOf(sent);
    expect(ephemeral).toBe(false);
    expect(content).toContain('Antony Blinken');
    expect(content).toMatch(/¶\d+/);
  });

  it('GIVEN /whosaid phrase to a bot that is not busy THEN its first response gives the speaker and the full quote', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'whosaid',
      options: { phrase: 'All parties must work together' },
      guildId,
      user,
    });
    expect(record((await sent.waitForCallback()).body).type).toBe(4);
    const { content, ephemeral } = await answerOf(sent);
    expect(ephemeral).toBe(false);
    expect(content).toContain('Zhao Lijian');
    expect(content).toContain(
      '“All parties must work together to maintain peace and stability on the Korean Peninsula”',
    );
    expect(content).toMatch(/¶\d+/);
  });

  it('GIVEN /sources to a bot that is not busy THEN its first response lists the articles by title, counting ¶ as citations number them', async () => {
    const sent = e2e.fake.sendInteraction({ kind: 'command', name: 'sources', guildId, user });
    const { content } = await answerOf(sent);
    expect(record((await sent.waitForCallback()).body).type).toBe(4);
    expect(content).toContain('North Korean threats strengthen balance with China');
    // Each article's last ¶, the number its citations go up to (10 and 31 for the seed articles).
    const briefing = await openSeedBriefing();
    for (const article of briefing.articles) {
      expect(content).toContain(`· ${article.paragraphs.at(-1)?.n} ¶ ·`);
    }
  });

  it('GIVEN /quotes for a speaker with more statements than one message holds THEN More shows the rest, page by page', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'quotes',
      options: { speaker: 'Blinken' },
      guildId,
      user,
    });
    // Not busy: the first page is the first response.
    expect(record((await sent.waitForCallback()).body).type).toBe(4);
    const first = await answerOf(sent);
    const total = Number(/· (\d+) statements/.exec(first.content)?.[1]);
    expect(total).toBeGreaterThan(10);
    let page = first;
    let quoted = (first.content.match(/^> /gm) ?? []).length;
    for (let i = 0; i < 10; i++) {
      const more = customIdsOf(page.request).find((id) => id.includes(':more:'));
      if (more === undefined) break;
      page = await answerOf(press(more, page.content));
      expect(page.ephemeral).toBe(true);
      quoted += (page.content.match(/^> /gm) ?? []).length;
    }
    expect(quoted).toBe(total);
  });

  it('GIVEN /help THEN the help text, only for the asker', async () => {
    const sent = e2e.fake.sendInteraction({ kind: 'command', name: 'help', guildId, user });
    const { content, ephemeral } = await answerOf(sent);
    expect(ephemeral).toBe(true);
    for (const command of ['/ask', '/quotes', '/whosaid', '/sources']) expect(content).toContain(command);
  });

  it('GIVEN a question the briefing does not cover THEN it says so, with hints and no buttons', async () => {
    const { request, content } = await ask('What did Vladimir Putin say about Ukraine?');
    expect(content).toMatch(/does not cover/);
    expect(content).toContain('/sources');
    expect(content).toContain('/quotes');
    expect(customIdsOf(request)).toEqual([]);
  });
});

describe('autocomplete', () => {
  it('GIVEN "blin" typed in /quotes speaker THEN "Antony Blinken" is offered, within Discord’s limits', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'autocomplete',
      name: 'quotes',
      focused: 'speaker',
      options: { speaker: 'blin' },
      guildId,
      user,
    });
    const callback = await sent.waitForCallback();
    expect(callback.status).toBe(204);
    const choices = messageOf(callback).choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((choice) => choice.value)).toContain('Antony Blinken');
  });
});

describe('buttons', () => {
  it('GIVEN More under an answer THEN the next results, only for the presser', async () => {
    const first = await ask('What did Blinken say about China?');
    const more = customIdsOf(first.request).find((id) => id.includes(':more:'));
    expect(more).toBeDefined();
    const sent = press(more ?? '', first.content);
    const { content, ephemeral } = await answerOf(sent);
    expect(ephemeral).toBe(true);
    expect(content).toMatch(/Results from \d+ on/);
    expect(content).toMatch(/¶\d+/);
    expect(content).not.toBe(first.content);
  });

  it('GIVEN Full paragraph THEN the whole paragraph, only for the presser', async () => {
    const first = await ask('What did Blinken say about China?');
    const para = customIdsOf(first.request).find((id) => id.includes(':para:'));
    expect(para).toBeDefined();
    const sent = press(para ?? '', first.content);
    const { content, ephemeral } = await answerOf(sent);
    expect(ephemeral).toBe(true);
    // The cited article's title, whichever of the two the first result comes from.
    expect(content).toMatch(
      /North Korean threats strengthen balance with China|Blinken asks China to influence North Korea/u,
    );
    expect(content).toMatch(/¶\d+/);
    expect(content).toMatch(/biggest geopolitical test|China/);
  });

  it('GIVEN 👍 then 👎 THEN one feedback line each in the configured file, and an ephemeral thanks', async () => {
    const first = await ask('What did Blinken say about China?');
    const ids = customIdsOf(first.request);
    const replies: string[] = [];
    for (const action of ['up', 'down']) {
      const id = ids.find((candidate) => candidate.includes(`:${action}:`));
      expect(id).toBeDefined();
      const { content, ephemeral } = await answerOf(press(id ?? '', first.content));
      expect(ephemeral).toBe(true);
      replies.push(content);
    }
    expect(replies).toEqual(['Thanks for the feedback, glad it helped!', 'Changed your vote to 👎. Thanks!']);
    const lines = (await readFile(e2e.feedbackFile, 'utf8')).trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const answer = ids[0]?.split(':')[2];
    expect(entries.slice(-2)).toEqual([
      expect.objectContaining({
        answer,
        user: user.id,
        question: 'What did Blinken say about China?',
        vote: 'up',
      }),
      expect.objectContaining({
        answer,
        user: user.id,
        question: 'What did Blinken say about China?',
        vote: 'down',
      }),
    ]);
  });
});

describe('message context menu', () => {
  it('GIVEN "Ask the briefing" on a message to a bot that is not busy THEN the first response is the ephemeral answer to its text', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'messageCommand',
      name: 'Ask the briefing',
      target: { content: 'What did Blinken say about China?' },
      guildId,
      user,
    });
    // One request, as /ask: no "thinking…" to edit.
    expect((await sent.waitForCallback()).body).toMatchObject({ type: 4, data: { flags: 64 } });
    const { content, ephemeral } = await answerOf(sent);
    expect(ephemeral).toBe(true);
    expect(content).toContain('Antony Blinken');
    expect(content).toMatch(/¶\d+/);
  });
});
