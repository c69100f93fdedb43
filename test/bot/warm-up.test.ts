import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/answer/briefing.ts';
import { startBot } from '../../src/bot/bot.ts';
import { createServices } from '../../src/bot/services.ts';
import { OTHER_KINDS, warmUp } from '../../src/bot/warm-up.ts';
import { loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { startFakeDiscord } from '../fake-discord/fake-discord.ts';
import { fakeBriefing } from './fake-briefing.ts';

/** A briefing that records each engine call it serves, with how many requests Discord had by then. */
function recording(briefing: Briefing, requestsSoFar: () => number) {
  const calls: { method: string; discordRequests: number }[] = [];
  const note =
    <A extends unknown[], R>(method: string, f: (...args: A) => R) =>
    (...args: A): R => {
      calls.push({ method, discordRequests: requestsSoFar() });
      return f(...args);
    };
  const wrapped: Briefing = {
    ...briefing,
    dir: briefing.dir,
    articles: briefing.articles,
    statements: briefing.statements,
    skipped: briefing.skipped,
    ask: note('ask', briefing.ask),
    whoSaid: note('whoSaid', briefing.whoSaid),
    quotePage: note('quotePage', briefing.quotePage),
    findSpeakers: note('findSpeakers', briefing.findSpeakers),
    sources: note('sources', briefing.sources),
  };
  return { briefing: wrapped, calls };
}

describe('warmUp', () => {
  it('GIVEN the services THEN every kind of request reaches the engine, and nothing is kept: no answer for buttons, no limit used, no gap', () => {
    const { briefing, calls } = recording(fakeBriefing(), () => 0);
    const gaps: string[] = [];
    const services = createServices({ briefing });
    services.gaps = {
      record: async (gap: { question: string }) => {
        gaps.push(gap.question);
      },
    } as unknown as NonNullable<typeof services.gaps>;
    const report = warmUp(services);
    expect(new Set(calls.map((c) => c.method))).toEqual(
      new Set(['ask', 'whoSaid', 'quotePage', 'findSpeakers', 'sources']),
    );
    expect(report.requests).toBeGreaterThanOrEqual(calls.length - 1);
    expect(services.answers.size).toBe(0);
    expect(gaps).toEqual([]);
    // The user who asks first still has a whole budget.
    for (let i = 0; i < 20; i++) expect(services.rateLimiter?.question('anyone').allowed).toBe(true);
  });

  it('GIVEN the services THEN a question of each kind the engine reads apart is asked: who is, where, when, why, how many, according to', () => {
    const asked: string[] = [];
    const base = fakeBriefing();
    const briefing: Briefing = {
      ...base,
      ask: (q, options) => {
        asked.push(q);
        return base.ask(q, options);
      },
    };
    warmUp(createServices({ briefing }));
    for (const kind of [
      /^Who is /u,
      /^Where did /u,
      /^When did /u,
      /^Why did /u,
      /^How many /u,
      /^According to /u,
    ])
      expect(asked.some((q) => kind.test(q))).toBe(true);
    expect(asked.length).toBeGreaterThanOrEqual(OTHER_KINDS.length + 3);
  });

  it('GIVEN an engine that throws THEN the warm-up says so in the log and does not throw', () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) } as unknown as Logger;
    const broken: Briefing = {
      ...fakeBriefing(),
      ask: () => {
        throw new Error('broken');
      },
    };
    const services = createServices({ briefing: broken, logger });
    expect(() => warmUp(services)).not.toThrow();
    expect(warnings.length).toBeGreaterThan(0);
    expect(new Set(warnings)).toEqual(new Set(['a warm-up request failed']));
  });

  it('GIVEN the bot starting THEN it warms up before its first request to Discord', async () => {
    const fake = await startFakeDiscord();
    const { briefing, calls } = recording(fakeBriefing(), () => fake.requests.length);
    const dir = await mkdtemp(join(tmpdir(), 'briefing-bot-warm-up-'));
    try {
      const config = loadConfig({
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE: fake.apiBase,
        FEEDBACK_FILE: join(dir, 'feedback.jsonl'),
        GAPS_DIR: join(dir, 'gaps'),
      });
      const bot = await startBot({ config, briefing });
      try {
        expect(fake.requests.length).toBeGreaterThan(0);
        expect(calls.length).toBeGreaterThan(0);
        expect(calls.every((c) => c.discordRequests === 0)).toBe(true);
        expect(bot.services.answers.size).toBe(0);
      } finally {
        await bot.stop();
      }
    } finally {
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
