/**
 * Who may press what, end to end through discord.js and the fake Discord: the buttons of a private
 * answer belong to its asker, votes are one per user and answer, and "Full paragraph" never shows a
 * paragraph that a reload has renumbered under the old citation.
 */
import { readFile } from 'node:fs/promises';
import type { APIUser } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { HARBOUR, LIGHTHOUSE, type TempFolder, tempFolder } from '../answer/articles.ts';
import { answerOf, customIdsOf, useE2E } from './harness.ts';

const e2e = useE2E();
let guildId: string;
let asker: APIUser;
let other: APIUser;

beforeAll(() => {
  guildId = e2e.fake.addGuild().id;
});

beforeEach(() => {
  asker = e2e.fake.createUser();
  other = e2e.fake.createUser();
});

async function ask(question: string, options: { private?: boolean; dm?: boolean } = {}) {
  const sent = e2e.fake.sendInteraction({
    kind: 'command',
    name: 'ask',
    options: { question, ...(options.private ? { private: true } : {}) },
    ...(options.dm ? { dm: true as const } : { guildId }),
    user: asker,
  });
  const answer = await answerOf(sent);
  return { ...answer, ids: customIdsOf(answer.request) };
}

function press(customId: string, by: APIUser, where: { dm?: boolean } = {}) {
  return answerOf(
    e2e.fake.sendInteraction({
      kind: 'button',
      customId,
      ...(where.dm ? { dm: true as const } : { guildId }),
      user: by,
    }),
  );
}

describe('the buttons of a private answer', () => {
  it('GIVEN another user pressing More, Full paragraph and 👍 with its custom ids THEN each is refused privately, and shows nothing of the answer', async () => {
    const { ids, ephemeral } = await ask('What did Blinken say about China?', { private: true });
    expect(ephemeral).toBe(true);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const id of ids) {
      const { content, ephemeral: privately } = await press(id, other);
      expect(privately).toBe(true);
      expect(content).toMatch(/belong to the person who asked/);
      expect(content).not.toMatch(/Blinken|China/);
    }
  });

  it('GIVEN the asker pressing More THEN the next results', async () => {
    const { ids } = await ask('What did Blinken say about China?', { private: true });
    const more = ids.find((id) => id.includes(':more:')) as string;
    const { content, ephemeral, request } = await press(more, asker);
    expect(ephemeral).toBe(true);
    expect(content).toContain('Results from 4 on');
    // The bot is not busy: the next page is the press's first response, not an edit after "thinking…".
    expect(request.body).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('GIVEN an answer in a DM THEN its buttons refuse anyone but the asker', async () => {
    const { ids } = await ask('What did Blinken say about China?', { dm: true });
    const more = ids.find((id) => id.includes(':more:')) as string;
    expect((await press(more, other, { dm: true })).content).toMatch(/belong to the person who asked/);
    expect((await press(more, asker, { dm: true })).content).toContain('Results from 4 on');
  });
});

describe('votes', () => {
  it('GIVEN one user pressing 👍 five times, and another user 👎 on the same public answer THEN one line each', async () => {
    const { ids } = await ask('What did Blinken say about China?');
    const up = ids.find((id) => id.includes(':up:')) as string;
    const down = ids.find((id) => id.includes(':down:')) as string;
    const replies: string[] = [];
    for (let i = 0; i < 5; i++) replies.push((await press(up, asker)).content);
    replies.push((await press(down, other)).content);
    expect(replies).toEqual([
      'Thanks for the feedback, glad it helped!',
      ...Array.from({ length: 4 }, () => 'You already voted 👍 on this answer.'),
      'Thanks for the feedback: noted.',
    ]);
    const lines = (await readFile(e2e.feedbackFile, 'utf8')).trim().split('\n');
    const answer = up.split(':')[2];
    const entries = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((e) => e.answer === answer);
    expect(entries.map((entry) => [entry.user, entry.vote])).toEqual([
      [asker.id, 'up'],
      [other.id, 'down'],
    ]);
  });
});

describe('votes over the actions limit', () => {
  // The question counts as one action: three votes pass, the fourth and fifth do not.
  const limited = useE2E({ env: { RATE_LIMIT_ACTIONS_MAX: '4' } });

  it('GIVEN one user switching 👍 and 👎 as fast as they can THEN presses past the limit are refused privately and write nothing', async () => {
    const guild = limited.fake.addGuild().id;
    const user = limited.fake.createUser();
    const asked = await answerOf(
      limited.fake.sendInteraction({
        kind: 'command',
        name: 'ask',
        options: { question: 'What did Blinken say about China?' },
        guildId: guild,
        user,
      }),
    );
    const ids = customIdsOf(asked.request);
    const up = ids.find((id) => id.includes(':up:')) as string;
    const down = ids.find((id) => id.includes(':down:')) as string;
    const replies = [];
    for (const customId of [up, down, up, down, up]) {
      replies.push(
        await answerOf(limited.fake.sendInteraction({ kind: 'button', customId, guildId: guild, user })),
      );
    }
    expect(replies.slice(0, 3).map((r) => r.content)).toEqual([
      'Thanks for the feedback, glad it helped!',
      'Changed your vote to 👎. Thanks!',
      'Changed your vote to 👍. Thanks!',
    ]);
    for (const refused of replies.slice(3)) {
      expect(refused.content).toMatch(/try again in \d+ s/u);
      expect(refused.ephemeral).toBe(true);
    }
    const votes = (await readFile(limited.feedbackFile, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.user === user.id)
      .map((entry) => entry.vote);
    expect(votes).toEqual(['up', 'down', 'up']);
  });
});

describe('Full paragraph after a reload', () => {
  let folder: TempFolder;
  let live: LiveBriefing;
  // Registered first so that it runs last, once the bot has stopped (after-hooks run in reverse).
  afterAll(async () => {
    await folder?.remove();
  });
  const bot = useE2E(async () => {
    folder = await tempFolder({ 'harbour.txt': HARBOUR, 'lighthouse.txt': LIGHTHOUSE });
    live = await LiveBriefing.open(folder.dir, { warn: () => {} });
    return { briefing: live };
  });

  it('GIVEN a paragraph inserted above the cited one and the briefing reloaded THEN it says the article has changed, not another paragraph under the old ¶', async () => {
    const user = bot.fake.createUser();
    const sent = bot.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Marta Sousa say?' },
      dm: true,
      user,
    });
    const answer = await answerOf(sent);
    expect(answer.content).toMatch(/enter blind.*¶3/s);
    const para = customIdsOf(answer.request).find((id) => id.includes(':para:')) as string;
    await folder.write(
      'harbour.txt',
      HARBOUR.replace(
        '\n\n“We will',
        '\n\nThe port authority met on Monday to plan for the storms.\n\n“We will',
      ),
    );
    await live.reload();
    expect(live.paragraph('harbour', 3)?.text).toMatch(/^The port authority met/);
    const pressed = await answerOf(
      bot.fake.sendInteraction({ kind: 'button', customId: para, dm: true, user }),
    );
    expect(pressed.content).toMatch(/article has changed since this answer/);
    expect(pressed.content).not.toContain('The port authority');
  });

  it('GIVEN the article unchanged by a reload THEN the cited paragraph in full', async () => {
    const user = bot.fake.createUser();
    const sent = bot.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Rui Costa say about the lamp?' },
      dm: true,
      user,
    });
    const answer = await answerOf(sent);
    const para = customIdsOf(answer.request).find((id) => id.includes(':para:')) as string;
    await live.reload();
    const pressed = await answerOf(
      bot.fake.sendInteraction({ kind: 'button', customId: para, dm: true, user }),
    );
    expect(pressed.content).toContain('The lamp went dark twice in one night');
  });
});
