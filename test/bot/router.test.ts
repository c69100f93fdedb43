import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/answer/render/discord.ts';
import type { FeedbackEntry } from '../../src/bot/feedback.ts';
import { UserLimits } from '../../src/bot/rate-limiter.ts';
import { editPayload, interactionPayload, messagePayload, type Reply } from '../../src/bot/replies.ts';
import {
  askReply,
  buttonReply,
  type IncomingMessage,
  quotesReply,
  routeMessage,
  sourcesReply,
  whoSaidReply,
} from '../../src/bot/router.ts';
import { type BotServices, createServices } from '../../src/bot/services.ts';
import type { Article } from '../../src/corpus/types.ts';
import { ARTICLE, type FakeBriefing, fakeBriefing, STATEMENTS } from './fake-briefing.ts';

const BOT = '900';
const USER = '100';

function setup(options: { max?: number; actions?: number; briefing?: FakeBriefing } = {}) {
  const briefing = options.briefing ?? fakeBriefing();
  const votes: FeedbackEntry[] = [];
  const clock = { now: Date.UTC(2024, 0, 9, 12) };
  const services: BotServices = createServices({
    briefing,
    rateLimiter: new UserLimits({
      questions: options.max ?? 6,
      actions: options.actions ?? 60,
      windowMs: 60_000,
      now: () => clock.now,
    }),
    recordFeedback: async (entry) => {
      votes.push(entry);
    },
    now: () => clock.now,
  });
  return { briefing, services, votes, clock };
}

function dm(content: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return { content, authorId: USER, authorIsBot: false, inGuild: false, botUserId: BOT, ...overrides };
}

function customIds(reply: Reply): string[] {
  return reply.components.flatMap((row) =>
    row.components.flatMap((c) => ('custom_id' in c && typeof c.custom_id === 'string' ? [c.custom_id] : [])),
  );
}

function buttonLabels(reply: Reply): string[] {
  return reply.components.flatMap((row) =>
    row.components.flatMap((c) => ('label' in c && typeof c.label === 'string' ? [c.label] : [])),
  );
}

describe('messages', () => {
  it('GIVEN a DM saying "help" THEN the help text, without searching', () => {
    const { services, briefing } = setup();
    const routed = routeMessage(dm('Help'), services);
    expect(routed?.outcome).toBe('help');
    expect(routed?.reply.content).toContain('/ask');
    expect(routed?.reply.content).toContain('/quotes');
    expect(briefing.calls).toHaveLength(0);
  });

  it('GIVEN a DM question THEN an answer quoting the briefing, with buttons', () => {
    const { services, briefing } = setup();
    const routed = routeMessage(dm('What did Sousa say?'), services);
    expect(routed?.outcome).toBe('answer');
    expect(routed?.results).toBe(3);
    expect(briefing.calls[0]).toMatchObject({ method: 'ask', question: 'What did Sousa say?' });
    expect(routed?.reply.content).toContain('**Question:** What did Sousa say?');
    expect(routed?.reply.content).toContain('— **Marta Sousa**, in Lisbon');
    expect(buttonLabels(routed?.reply as Reply)).toEqual(
      expect.arrayContaining(['More', 'Full paragraph 1 (¶2)', 'Full paragraph 3 (¶2)']),
    );
  });

  it('GIVEN a message over 500 characters THEN a polite refusal and no search', () => {
    const { services, briefing } = setup();
    const routed = routeMessage(dm('why '.repeat(126)), services);
    expect(routed?.outcome).toBe('too-long');
    expect(routed?.reply.content).toMatch(/503 characters long; I can answer questions of up to 500/);
    expect(briefing.calls).toHaveLength(0);
  });

  it('GIVEN a question the briefing does not cover THEN it says so, with hints and no buttons', () => {
    const { services } = setup();
    const routed = routeMessage(dm('What is the weather on Mars?'), services);
    expect(routed?.results).toBe(0);
    expect(routed?.reply.content).toContain('The briefing does not cover that.');
    expect(routed?.reply.content).toContain('/sources');
    expect(routed?.reply.components).toEqual([]);
  });

  it('GIVEN a server message that does not mention the bot THEN silence', () => {
    const { services } = setup();
    expect(routeMessage(dm('What did Sousa say?', { inGuild: true }), services)).toBeNull();
    expect(routeMessage(dm(`<@${USER}> What did Sousa say?`, { inGuild: true }), services)).toBeNull();
  });

  it('GIVEN a server message mentioning the bot THEN the question without the mention is asked', () => {
    const { services, briefing } = setup();
    const routed = routeMessage(dm(`<@!${BOT}>   What did Sousa say?`, { inGuild: true }), services);
    expect(routed?.question).toBe('What did Sousa say?');
    expect(briefing.calls[0]?.question).toBe('What did Sousa say?');
  });

  it("GIVEN a mention of the bot's managed role THEN it counts as a mention", () => {
    const { services } = setup();
    const routed = routeMessage(dm('<@&555> who spoke?', { inGuild: true, botRoleIds: ['555'] }), services);
    expect(routed?.question).toBe('who spoke?');
  });

  it('GIVEN only a mention THEN the help hint', () => {
    const { services, briefing } = setup();
    const routed = routeMessage(dm(`<@${BOT}>`, { inGuild: true }), services);
    expect(routed?.outcome).toBe('empty');
    expect(routed?.reply.content).toContain('Ask me a question about the briefing');
    expect(briefing.calls).toHaveLength(0);
  });

  it('GIVEN a message from a bot, or from itself THEN silence', () => {
    const { services } = setup();
    expect(routeMessage(dm('hello', { authorIsBot: true }), services)).toBeNull();
    expect(routeMessage(dm('hello', { authorId: BOT }), services)).toBeNull();
  });

  it('GIVEN a question with @everyone and role mentions THEN the echo cannot ping', () => {
    const { services } = setup();
    const routed = routeMessage(dm('@everyone <@&123> what did **Sousa** say?'), services);
    expect(routed?.reply.content).toContain('@\u200beveryone <@\u200b&123> what did \\*\\*Sousa\\*\\* say?');
  });

  it('GIVEN more questions than the rate limit THEN a reply with when to try again', () => {
    const { services, briefing, clock } = setup({ max: 2 });
    routeMessage(dm('one?'), services);
    clock.now += 15_000;
    routeMessage(dm('two?'), services);
    const routed = routeMessage(dm('three?'), services);
    expect(routed?.outcome).toBe('rate-limited');
    expect(routed?.reply.content).toBe("You're asking quickly: try again in 45 s.");
    expect(routed?.repeated).toBe(false);
    expect(routeMessage(dm('four?'), services)?.repeated).toBe(true);
    expect(briefing.calls).toHaveLength(2);
  });

  it('GIVEN questions the briefing does not cover, help and greetings THEN they leave the question budget whole', () => {
    const { services, briefing } = setup({ max: 2 });
    for (let i = 0; i < 5; i++)
      expect(routeMessage(dm('weather on mars?'), services)?.outcome).toBe('answer');
    routeMessage(dm('help'), services);
    routeMessage(dm('hi!'), services);
    expect(routeMessage(dm('one?'), services)?.results).toBe(3);
    expect(routeMessage(dm('two?'), services)?.results).toBe(3);
    expect(routeMessage(dm('three?'), services)?.outcome).toBe('rate-limited');
    expect(briefing.calls).toHaveLength(7);
  });

  it('GIVEN a flood of anything THEN the actions limit stops it, answered or not', () => {
    const { services, briefing } = setup({ max: 20, actions: 5 });
    const outcomes = Array.from({ length: 7 }, () => routeMessage(dm('weather on mars?'), services)?.outcome);
    expect(outcomes).toEqual([
      'answer',
      'answer',
      'answer',
      'answer',
      'answer',
      'rate-limited',
      'rate-limited',
    ]);
    expect(briefing.calls).toHaveLength(5);
  });

  it.each([
    ['hi!', false],
    ['Hello there', false],
    ['hey bot :)', false],
    ['good morning!', false],
    ['thanks', true],
    ['Thank you so much!', true],
    ['thx 🙏', true],
  ])('GIVEN the DM "%s" THEN a friendly line pointing to /help, not a search', (text, thanks) => {
    const { services, briefing } = setup();
    const routed = routeMessage(dm(text), services);
    expect(routed?.outcome).toBe('greeting');
    expect(routed?.reply.content).toContain('/help');
    expect(routed?.reply.content).toMatch(thanks ? /welcome/ : /^Hello!/);
    expect(routed?.reply.content).not.toContain('does not cover');
    expect(briefing.calls).toHaveLength(0);
  });

  it.each([
    'hi, what did Sousa say?',
    'thanks for the quotes on the harbour, who is Rui Costa?',
    'Hello world order',
  ])('GIVEN "%s" (a greeting with a question) THEN it is searched', (text) => {
    const { services, briefing } = setup();
    expect(routeMessage(dm(text), services)?.outcome).toBe('answer');
    expect(briefing.calls).toHaveLength(1);
  });
});

describe('payloads', () => {
  it('GIVEN private:true THEN the first response carries flag 64, and no payload can mention', () => {
    const { services } = setup();
    const { reply } = askReply('What did Sousa say?', services, true);
    expect(interactionPayload(reply)).toMatchObject({
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    expect(editPayload(reply)).toMatchObject({ allowedMentions: { parse: [] } });
    expect(messagePayload(reply)).toMatchObject({ allowedMentions: { parse: [], repliedUser: false } });
  });

  it('GIVEN private unset THEN no ephemeral flag', () => {
    const { services } = setup();
    const { reply } = askReply('What did Sousa say?', services, false);
    expect(interactionPayload(reply)).not.toHaveProperty('flags');
  });

  it('GIVEN an answer THEN custom ids, labels and rows are within Discord limits', () => {
    const { services } = setup();
    for (let i = 0; i < 50; i++) {
      const { reply } = askReply(`question ${'x'.repeat(290)} ${i}`, services, false);
      expect(reply.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
      for (const row of reply.components)
        expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      for (const id of customIds(reply)) expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      for (const label of buttonLabels(reply))
        expect([...label].length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      expect(new Set(customIds(reply)).size).toBe(customIds(reply).length);
    }
  });
});

describe('buttons', () => {
  it('GIVEN More THEN the next results, from where the answer stopped, ephemeral', async () => {
    const { services, briefing } = setup();
    const { reply } = askReply('What did Sousa say?', services, false);
    const more = customIds(reply).find((id) => id.includes(':more:')) as string;
    const pressed = await buttonReply(more, USER, services);
    expect(briefing.calls[1]).toMatchObject({
      method: 'ask',
      question: 'What did Sousa say?',
      options: { offset: 3 },
    });
    expect(pressed?.reply.ephemeral).toBe(true);
    expect(pressed?.reply.content).toContain('Results from 4 on');
    expect(pressed?.results).toBe(2);
    // The last page has nothing more to offer.
    expect(customIds(pressed?.reply as Reply).some((id) => id.includes(':more:'))).toBe(false);
  });

  it('GIVEN More under a who-said answer THEN it pages who-said', async () => {
    const { services, briefing } = setup();
    const { reply } = whoSaidReply('enter blind', services, true);
    const more = customIds(reply).find((id) => id.includes(':more:')) as string;
    await buttonReply(more, USER, services);
    expect(briefing.calls[1]).toMatchObject({
      method: 'whoSaid',
      question: 'enter blind',
      options: { offset: 3 },
    });
  });

  it('GIVEN Full paragraph THEN that excerpt’s whole paragraph, ephemeral', async () => {
    const { services } = setup();
    const { reply } = askReply('What did Sousa say?', services, false);
    const second = customIds(reply).find((id) => id.includes(':para:') && id.endsWith(':1')) as string;
    const pressed = await buttonReply(second, USER, services);
    expect(pressed?.reply.ephemeral).toBe(true);
    expect(pressed?.reply.content).toContain('¶3');
    expect(pressed?.reply.content).toContain('Rui Costa said the new radar would be installed by March.');
  });

  it('GIVEN 👍 or 👎 THEN one feedback line with the answer, the question and the results shown, and thanks', async () => {
    const { services, votes } = setup();
    const { reply } = askReply('What did Sousa say?', services, false);
    const down = customIds(reply).find((id) => id.includes(':down:')) as string;
    const pressed = await buttonReply(down, USER, services);
    expect(pressed?.reply).toMatchObject({ ephemeral: true, content: expect.stringContaining('Thanks') });
    expect(votes).toEqual([
      {
        at: '2024-01-09T12:00:00.000Z',
        answer: down.split(':')[2],
        user: USER,
        question: 'What did Sousa say?',
        results: ['harbour:2:0', 'harbour:3:1', 'harbour:2:2'],
        vote: 'down',
      },
    ]);
  });

  it('GIVEN 👍 pressed again, then 👎 THEN one vote per user: the same vote is not recorded twice, the other changes it', async () => {
    const { services, votes } = setup();
    const { reply } = askReply('What did Sousa say?', services, false);
    const up = customIds(reply).find((id) => id.includes(':up:')) as string;
    const down = customIds(reply).find((id) => id.includes(':down:')) as string;
    await buttonReply(up, USER, services);
    const again = await buttonReply(up, USER, services);
    const changed = await buttonReply(down, USER, services);
    expect(again?.reply.content).toBe('You already voted 👍 on this answer.');
    expect(changed?.reply.content).toBe('Changed your vote to 👎. Thanks!');
    expect(votes.map((v) => [v.user, v.vote])).toEqual([
      [USER, 'up'],
      [USER, 'down'],
    ]);
    // Another user's vote on the same public answer is their own.
    await buttonReply(up, 'someone-else', services);
    expect(votes.map((v) => [v.user, v.vote])).toContainEqual(['someone-else', 'up']);
  });

  it('GIVEN a vote that cannot be written THEN it is not remembered either: pressing again records it', async () => {
    const { services, votes } = setup();
    let broken = true;
    const record = services.recordFeedback;
    services.recordFeedback = async (entry) => {
      if (broken) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      await record(entry);
    };
    const { reply } = askReply('What did Sousa say?', services, false);
    const up = customIds(reply).find((id) => id.includes(':up:')) as string;
    await expect(buttonReply(up, USER, services)).rejects.toThrow(/EACCES/);
    broken = false;
    expect((await buttonReply(up, USER, services))?.reply.content).toMatch(/Thanks for the feedback/);
    expect(votes).toHaveLength(1);
  });

  it('GIVEN thousands of vote presses THEN the actions limit stops them: a handful reach the file', async () => {
    const { services, votes } = setup({ actions: 10 });
    const ids = Array.from({ length: 20 }, (_, i) => {
      const { reply } = askReply(`question ${i}?`, services, false);
      return customIds(reply).find((id) => id.includes(':up:')) as string;
    });
    const pressed = [];
    for (let i = 0; i < 5_000; i++)
      pressed.push(await buttonReply(ids[i % ids.length] as string, 'voter', services));
    expect(votes.length).toBeLessThanOrEqual(10);
    expect(pressed.at(-1)?.reply.content).toMatch(/try again in \d+ s/);
  });

  it('GIVEN a button of an answer no longer remembered THEN "expired, ask again"', async () => {
    const { services } = setup();
    const pressed = await buttonReply('answer:more:AAAAAAAAAAAA', USER, services);
    expect(pressed?.reply).toEqual({
      content: 'This answer has expired, ask again.',
      components: [],
      ephemeral: true,
    });
  });

  it('GIVEN a custom id that is not ours THEN it is left alone', async () => {
    const { services } = setup();
    expect(await buttonReply('something-else', USER, services)).toBeNull();
  });

  it('GIVEN More over the actions limit THEN the wait instead of results', async () => {
    const { services } = setup({ actions: 1 });
    const { reply } = askReply('What did Sousa say?', services, false);
    services.rateLimiter?.action(USER);
    const more = customIds(reply).find((id) => id.includes(':more:')) as string;
    const pressed = await buttonReply(more, USER, services);
    expect(pressed?.reply.content).toMatch(/try again in 60 s/);
  });

  it('GIVEN More pressed THEN the question budget is untouched', async () => {
    const { services } = setup({ max: 1 });
    const { reply } = askReply('What did Sousa say?', services, false);
    const more = customIds(reply).find((id) => id.includes(':more:')) as string;
    for (let i = 0; i < 3; i++) expect((await buttonReply(more, USER, services))?.outcome).toBe('more');
    expect(routeMessage(dm('one?'), services)?.outcome).toBe('answer');
  });

  it('GIVEN More THEN the search waits for the caller to acknowledge the press', async () => {
    const { services, briefing } = setup();
    const { reply } = askReply('What did Sousa say?', services, false);
    const more = customIds(reply).find((id) => id.includes(':more:')) as string;
    const order: string[] = [];
    await buttonReply(more, USER, services, async () => {
      order.push(`acknowledged after ${briefing.calls.length} searches`);
    });
    expect(order).toEqual(['acknowledged after 1 searches']);
    expect(briefing.calls).toHaveLength(2);
  });
});

describe('buttons of a private answer', () => {
  const privateAnswer = (services: BotServices) =>
    askReply('What did Sousa say?', services, true, { asker: USER, private: true }).reply;

  it('GIVEN another user pressing More, Full paragraph or a vote with its custom ids THEN each is refused, and nothing of the answer is shown', async () => {
    const { services, briefing, votes } = setup();
    const reply = privateAnswer(services);
    for (const id of customIds(reply)) {
      const pressed = await buttonReply(id, 'intruder', services);
      expect(pressed?.outcome).toBe('refused');
      expect(pressed?.reply).toMatchObject({
        ephemeral: true,
        content: expect.stringContaining('belong to'),
      });
      expect(pressed?.reply.content).not.toContain('Sousa');
    }
    expect(briefing.calls).toHaveLength(1);
    expect(votes).toEqual([]);
  });

  it('GIVEN the asker pressing them THEN they work', async () => {
    const { services } = setup();
    const reply = privateAnswer(services);
    const outcomes = [];
    for (const id of customIds(reply)) outcomes.push((await buttonReply(id, USER, services))?.outcome);
    expect(outcomes).toEqual(['more', 'vote', 'vote', 'para', 'para', 'para']);
  });

  it('GIVEN an answer in a DM THEN its buttons are the asker’s alone too', async () => {
    const { services } = setup();
    const routed = routeMessage(dm('What did Sousa say?'), services);
    const more = customIds(routed?.reply as Reply).find((id) => id.includes(':more:')) as string;
    expect((await buttonReply(more, 'intruder', services))?.outcome).toBe('refused');
    expect((await buttonReply(more, USER, services))?.outcome).toBe('more');
  });

  it('GIVEN a public answer in a server THEN anyone may page it, privately', async () => {
    const { services } = setup();
    const routed = routeMessage(dm(`<@${BOT}> What did Sousa say?`, { inGuild: true }), services);
    const more = customIds(routed?.reply as Reply).find((id) => id.includes(':more:')) as string;
    const pressed = await buttonReply(more, 'someone-else', services);
    expect(pressed).toMatchObject({ outcome: 'more', reply: { ephemeral: true } });
  });
});

describe('Full paragraph after a reload', () => {
  it('GIVEN the cited article changed since the answer (a paragraph inserted) THEN it says so instead of showing another paragraph under ¶3', async () => {
    const briefing = fakeBriefing();
    const { services } = setup({ briefing });
    const { reply } = askReply('What did Sousa say?', services, false);
    const second = customIds(reply).find((id) => id.includes(':para:') && id.endsWith(':1')) as string;
    const reloaded: Article = {
      ...ARTICLE,
      hash: '1',
      paragraphs: [
        ...ARTICLE.paragraphs.slice(0, 2),
        { n: 3, text: 'A paragraph inserted by the reporter.', kind: 'body' },
        { n: 4, text: 'Rui Costa said the new radar would be installed by March.', kind: 'body' },
      ],
    };
    (briefing.articles as Article[])[0] = reloaded;
    const pressed = await buttonReply(second, USER, services);
    expect(pressed?.reply.content).toMatch(/article has changed since this answer/);
    expect(pressed?.reply.content).not.toContain('A paragraph inserted');
  });

  it('GIVEN the article unchanged THEN the paragraph cited', async () => {
    const { services } = setup();
    const { reply } = askReply('What did Sousa say?', services, false);
    const first = customIds(reply).find((id) => id.includes(':para:') && id.endsWith(':0')) as string;
    expect((await buttonReply(first, USER, services))?.reply.content).toContain('enter blind');
  });

  it('GIVEN the article removed THEN it says the article has changed', async () => {
    const briefing = fakeBriefing();
    const { services } = setup({ briefing });
    const { reply } = askReply('What did Sousa say?', services, false);
    const first = customIds(reply).find((id) => id.includes(':para:')) as string;
    (briefing.articles as Article[]).length = 0;
    expect((await buttonReply(first, USER, services))?.reply.content).toMatch(/has changed/);
  });
});

describe('quotes and sources', () => {
  it('GIVEN a speaker alias THEN what that speaker said, with citations', () => {
    const { services } = setup();
    const { reply, results } = quotesReply('Ms. Sousa', null, services, false);
    expect(results).toBe(1);
    expect(reply.content).toContain('**What Marta Sousa said** · 1 statement');
    expect(reply.content).toContain('Harbour pilots warn of winter storms');
  });

  it('GIVEN a speaker who said nothing on the topic THEN close names are suggested', () => {
    const { services } = setup();
    const { reply, results } = quotesReply('Sousa', 'budget', services, true);
    expect(results).toBe(0);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('No statements found');
    expect(reply.content).toContain('Did you mean: **Marta Sousa**?');
  });

  it('GIVEN /sources THEN one line per article with date, author, source and counts', () => {
    const { services } = setup();
    expect(sourcesReply(services).content).toContain(
      '2024-01-09 · Ana Lima · Coastal Times · 3 ¶ · 2 statements',
    );
  });

  it('GIVEN an engine summary counting body paragraphs only THEN /sources counts ¶ as citations number them', () => {
    const briefing = fakeBriefing();
    const bodyOnly = briefing.sources().map((source) => ({ ...source, paragraphs: 2 }));
    const { services } = setup({ briefing: { ...briefing, sources: () => bodyOnly } });
    expect(sourcesReply(services).content).toContain('· 3 ¶ ·');
  });

  it('GIVEN a date filter THEN the page and total count only statements of dated articles that pass, and the note how many undated ones were left out', () => {
    const base = STATEMENTS[0] as (typeof STATEMENTS)[number];
    const undated = { ...ARTICLE, id: 'undated', title: 'Tides without a date', date: null };
    const older = { ...ARTICLE, id: 'older', title: 'Tides of last year', date: '2023-05-02' };
    const said = (article: string, i: number) => ({
      ...base,
      id: `${article}:2:${i}:0`,
      article,
      text: `Statement ${i} of ${article} about the harbour.`,
    });
    const statements = [
      ...[0, 1, 2].map((i) => said('harbour', i)),
      ...[0, 1].map((i) => said('undated', i)),
      said('older', 0),
    ];
    const briefing = fakeBriefing({ statements, articles: [ARTICLE, undated, older] });
    const { services } = setup({ briefing });
    const filter = { article: null, speaker: null, since: '2024-01-01', until: null };
    const { reply, results } = quotesReply('Sousa', null, services, false, undefined, 0, filter);
    expect(results).toBe(3);
    expect(reply.content).toContain('· 3 statements');
    expect(reply.content).toContain('2 results from articles without a date left out');
    expect(reply.content).not.toContain('of older');
  });

  it('GIVEN more statements than one message holds THEN a page of them, and More for the rest, page after page', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...(STATEMENTS[0] as (typeof STATEMENTS)[number]),
      id: `harbour:2:${i}:0`,
      text: `Statement number ${i + 1} about the harbour, long enough to take some room in a message: ${'words '.repeat(12)}`,
    }));
    const briefing = fakeBriefing({ statements: many });
    const { services } = setup({ briefing });
    const first = quotesReply('Sousa', null, services, false, { asker: USER, private: false });
    expect(first.reply.content).toContain('· 40 statements');
    expect(first.results).toBeLessThan(40);
    const seen = [first.results];
    let reply = first.reply;
    for (let page = 0; page < 10; page++) {
      const more = customIds(reply).find((id) => id.includes(':more:'));
      if (more === undefined) break;
      const pressed = await buttonReply(more, USER, services);
      expect(pressed?.reply.ephemeral).toBe(true);
      seen.push(pressed?.results ?? 0);
      reply = pressed?.reply as Reply;
    }
    expect(seen.reduce((a, b) => a + b, 0)).toBe(40);
    expect(reply.content).toContain('Statement number 40');
    expect(customIds(reply)).toEqual([]);
  });
});
