/**
 * What keeps the bot answering, end to end: the question rate limit, a handler that throws, a gateway
 * disconnect, and Discord's own 429s.
 */
import type { APIUser } from 'discord.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { GENERIC_ERROR_MESSAGE } from '../../src/errors.ts';
import { answerOf, contentOf, openSeedBriefing, record, useE2E } from './harness.ts';

describe('with a limit of 2 questions per window', () => {
  const e2e = useE2E({ env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_SECONDS: '60' } });
  let user: APIUser;

  beforeEach(() => {
    // A fresh user per test, so each test has its own budget of 2.
    user = e2e.fake.createUser();
  });

  const ask = (question = 'What did Blinken say about China?') =>
    e2e.fake.sendInteraction({ kind: 'command', name: 'ask', options: { question }, dm: true, user });

  it('GIVEN a third question within the window THEN an ephemeral "try again in N s" and no answer', async () => {
    for (let i = 0; i < 2; i++) expect((await answerOf(ask())).content).toContain('Antony Blinken');
    const third = ask();
    const callback = await third.waitForCallback();
    expect(callback.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/try again in \d+ s/) },
    });
  });

  it('GIVEN /sources and /quotes after two of them THEN they are limited like questions: refused before any search', async () => {
    const command = (name: 'sources' | 'quotes') =>
      e2e.fake.sendInteraction({
        kind: 'command',
        name,
        ...(name === 'quotes' ? { options: { speaker: 'Blinken' } } : {}),
        dm: true,
        user,
      });
    expect((await answerOf(command('sources'))).content).toMatch(/articles/u);
    expect((await answerOf(command('quotes'))).content).toContain('Antony Blinken');
    for (const name of ['sources', 'quotes'] as const) {
      const refused = await command(name).waitForCallback();
      // Refused at once, privately, instead of deferring and reading the whole briefing.
      expect(refused.body).toMatchObject({
        type: 4,
        data: { flags: 64, content: expect.stringMatching(/try again in \d+ s/) },
      });
    }
  });

  it('GIVEN the gateway closes with 4000 THEN the bot resumes and answers what was sent while it was down', async () => {
    expect((await answerOf(ask())).content).toContain('Antony Blinken');
    const identifies = e2e.fake.gatewayPayloads.filter((p) => p.op === 2).length;
    e2e.fake.disconnect(4000);
    const meanwhile = ask();
    const resume = await e2e.fake.waitForResume();
    expect(resume.token).toBe(e2e.fake.token);
    expect((await answerOf(meanwhile)).content).toContain('Antony Blinken');
    expect(e2e.fake.gatewayPayloads.filter((p) => p.op === 2)).toHaveLength(identifies);
  });

  it('GIVEN a 429 on the interaction callback THEN discord.js waits, retries and the answer is delivered', async () => {
    e2e.fake.failNext({ method: 'POST', pathIncludes: '/callback', status: 429, retryAfter: 0.05 });
    const sent = ask();
    const { content } = await answerOf(sent);
    expect(content).toContain('Antony Blinken');
    const attempts = e2e.fake.requests.filter(
      (r) => r.path === `/interactions/${sent.id}/${sent.token}/callback`,
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
  });

  it('GIVEN the connection reset under an answer sent as the first response (UND_ERR_SOCKET) THEN it is sent again and delivered', async () => {
    e2e.fake.failNext({ method: 'POST', pathIncludes: '/callback', status: 0, reset: true });
    const sent = ask();
    const { content } = await answerOf(sent);
    expect(content).toContain('Antony Blinken');
    const attempts = e2e.fake.requests.filter(
      (r) => r.path === `/interactions/${sent.id}/${sent.token}/callback`,
    );
    expect(attempts.map((r) => r.status)).toEqual([0, 204]);
  });

  it('GIVEN a 429 on the reply to a message THEN it is retried and delivered', async () => {
    e2e.fake.failNext({ method: 'POST', pathIncludes: '/messages', status: 429, retryAfter: 0.05 });
    const sent = e2e.fake.sendMessage({ content: 'help', dm: true, author: user });
    await sent.waitForReply();
    const path = `/channels/${e2e.fake.dmChannel(user).id}/messages`;
    expect(e2e.fake.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([429, 200]);
  });
});

describe('with a bot that acknowledges first, as a busy one does', () => {
  const e2e = useE2E({ services: { atOnce: null } });

  const ask = (options: Record<string, unknown> = {}) =>
    e2e.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Blinken say about China?', ...options },
      dm: true,
      user: e2e.fake.createUser(),
    });

  it('GIVEN /ask private:true THEN the defer carries flag 64 and the edit brings the answer', async () => {
    const sent = ask({ private: true });
    expect((await sent.waitForCallback()).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(contentOf(await sent.waitForEdit())).toContain('Antony Blinken');
  });

  it('GIVEN the connection reset under the edit of a deferred answer (UND_ERR_SOCKET) THEN the edit is sent again and the answer delivered', async () => {
    e2e.fake.failNext({ method: 'PATCH', pathIncludes: '/messages/@original', status: 0, reset: true });
    const sent = ask();
    const { content } = await answerOf(sent);
    expect(content).toContain('Antony Blinken');
    const edits = e2e.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${sent.token}/messages/@original`),
    );
    expect(edits.map((r) => r.status)).toEqual([0, 200]);
  });
});

describe('with a briefing whose search throws', () => {
  // Acknowledged first, so that a public /ask has a "thinking…" to remove when its search fails; a
  // search failing when answered at once: see the faults suite.
  const e2e = useE2E(async () => {
    const briefing = await openSeedBriefing();
    return {
      services: { atOnce: null },
      briefing: {
        ...briefing,
        ask: () => {
          throw new Error('index failure at /srv/secret/path');
        },
      },
    };
  });
  let user: APIUser;

  beforeEach(() => {
    user = e2e.fake.createUser();
  });

  it('GIVEN /ask private:true fails THEN the asker alone gets a short error line, and the bot answers the next interaction', async () => {
    const failed = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Blinken say about China?', private: true },
      dm: true,
      user,
    });
    const error = await answerOf(failed);
    expect(error.ephemeral).toBe(true);
    expect(error.content).toBe(GENERIC_ERROR_MESSAGE);
    expect(error.content).not.toContain('secret');

    const next = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'whosaid',
      options: { phrase: 'All parties must work together' },
      dm: true,
      user,
    });
    expect((await answerOf(next)).content).toContain('Zhao Lijian');
  });

  it('GIVEN the context menu fails THEN an ephemeral error line, not silence', async () => {
    const failed = e2e.fake.sendInteraction({
      kind: 'messageCommand',
      name: 'Ask the briefing',
      target: { content: 'What did Blinken say about China?' },
      dm: true,
      user,
    });
    const error = await answerOf(failed);
    expect(error.ephemeral).toBe(true);
    expect(error.content).toBe(GENERIC_ERROR_MESSAGE);
  });

  it('GIVEN a public /ask fails after deferring THEN "thinking…" is deleted and the asker alone gets the error line', async () => {
    const failed = e2e.fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'What did Blinken say about China?' },
      dm: true,
      user,
    });
    const followUp = await failed.waitForFollowUp();
    expect(record(followUp.body).content).toBe(GENERIC_ERROR_MESSAGE);
    expect(Number(record(followUp.body).flags ?? 0) & 64).toBe(64);
    const deleted = e2e.fake.requests.find(
      (r) => r.method === 'DELETE' && r.path.endsWith('/messages/@original'),
    );
    expect(deleted, 'the public deferred reply is removed').toBeDefined();
    const help = e2e.fake.sendInteraction({ kind: 'command', name: 'help', dm: true, user });
    expect((await answerOf(help)).content).toContain('/ask');
  });

  it('GIVEN a DM question fails THEN a short error line is posted, and the next DM is answered', async () => {
    const failed = await e2e.fake
      .sendMessage({ content: 'What did Blinken say about China?', dm: true, author: user })
      .waitForReply();
    expect(failed.body).toMatchObject({ content: GENERIC_ERROR_MESSAGE });
    const help = await e2e.fake.sendMessage({ content: 'help', dm: true, author: user }).waitForReply();
    expect(help.body).toMatchObject({ content: expect.stringContaining('/ask') });
  });
});
