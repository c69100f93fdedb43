/**
 * Unanswered questions end to end: refused questions and 👎 votes are recorded in the store, and
 * `/briefing gaps` shows a server's managers the most frequent ones. Through discord.js and the fake.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIUser } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAPS_REFUSED } from '../../src/bot/gaps-reply.ts';
import { answerOf, customIdsOf, useE2E } from './harness.ts';

const MANAGE_GUILD = '32';
const MEMBER = String((1n << 10n) | (1n << 11n) | (1n << 16n));

const e2e = useE2E();
let guildId: string;
let otherGuild: string;
let user: APIUser;

beforeAll(() => {
  guildId = e2e.fake.addGuild().id;
  otherGuild = e2e.fake.addGuild().id;
  user = e2e.fake.createUser();
});

function ask(question: string, where = guildId) {
  return answerOf(
    e2e.fake.sendInteraction({ kind: 'command', name: 'ask', options: { question }, guildId: where, user }),
  );
}

function gaps(permissions = MANAGE_GUILD, where = guildId) {
  return answerOf(
    e2e.fake.sendInteraction({
      kind: 'command',
      name: 'briefing',
      options: [{ name: 'gaps', type: 1, options: [] }],
      guildId: where,
      user,
      permissions,
    }),
  );
}

describe('/briefing gaps', () => {
  it('GIVEN refused questions and a 👎 THEN the most frequent are listed for this server only, privately', async () => {
    await ask('What did Vladimir Putin say about Ukraine?');
    await ask('what did vladimir putin say about ukraine');
    await ask('What did Emmanuel Macron say about Mali?', otherGuild);
    const answered = await ask('What did Blinken say about China?');
    const down = customIdsOf(answered.request).find((id) => id.startsWith('answer:down:'));
    expect(down).toBeDefined();
    await e2e.fake
      .sendInteraction({
        kind: 'button',
        customId: String(down),
        guildId,
        user,
        message: { content: answered.content },
      })
      .waitForCallback();
    // The vote is recorded as the press is answered: wait until the store has it.
    for (let i = 0; i < 50 && !(await stored()).includes('"down"'); i++)
      await new Promise((r) => setTimeout(r, 20));

    const { content, ephemeral } = await gaps();
    expect(ephemeral).toBe(true);
    expect(content).toMatch(/1\\\. what did vladimir putin say about ukraine · refused 2×/u);
    expect(content).toContain('What did Blinken say about China? · 👎 1×');
    expect(content).not.toContain('Macron');
  });

  it('GIVEN the store THEN no user id is in it, by default', async () => {
    expect(await stored()).not.toContain(user.id);
  });

  it('GIVEN a member without Manage Server THEN refused, privately', async () => {
    expect(await gaps(MEMBER)).toMatchObject({ content: GAPS_REFUSED, ephemeral: true });
  });
});

async function stored(): Promise<string> {
  const names = await readdir(e2e.gapsDir).catch(() => []);
  const texts = await Promise.all(names.map((name) => readFile(join(e2e.gapsDir, name), 'utf8')));
  return texts.join('');
}
