import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Briefing, createBriefing } from '../../src/answer/briefing.ts';
import { clipPlain, codePointLength, DISCORD_LIMITS } from '../../src/answer/render/discord.ts';
import { renderAnswerForTerminal, renderStatementsForTerminal } from '../../src/answer/render/terminal.ts';
import type { Answer } from '../../src/answer/types.ts';
import { MAX_QUESTION_LENGTH, type Reply } from '../../src/bot/replies.ts';
import {
  answerReply,
  askReply,
  buttonReply,
  handleQuestion,
  outcomeReply,
  quotesReply,
  routeMessage,
} from '../../src/bot/router.ts';
import { type BotServices, createServices } from '../../src/bot/services.ts';
import { loadArticles, parseArticle } from '../../src/corpus/index.ts';
import { HOSTILE_ARTICLE, hostileQuestion, questionRuns, REAL_WORDS, TIMEOUT, token } from './arbitraries.ts';
import { ensure, expectEscapedEcho, expectSafeReply, expectTerminalSafe } from './checks.ts';
import { type Tally, tally } from './tally.ts';

const BOT = '900';
const USER = '100';

let briefing: Briefing;
let services: BotServices;
const counts: Tally = tally('questions');

beforeAll(async () => {
  const { articles } = await loadArticles('seeds', { warn: () => {} });
  // The seeds plus one article full of markdown, mentions and escapes, so that answers carry them too.
  const hostile = parseArticle(HOSTILE_ARTICLE, 'hostile', 'hostile.md');
  briefing = createBriefing('seeds', [...articles, hostile]);
  services = createServices({ briefing, rateLimiter: null, recordFeedback: async () => {} });
});

afterAll(() => counts.print());

/** What every answer of the engine keeps, whatever was asked. */
function expectWellFormed(answer: Answer, question: string): void {
  ensure(answer.question === question, () => expect(answer.question).toBe(question));
  ensure(answer.total >= answer.results.length, () =>
    expect(answer.total).toBeGreaterThanOrEqual(answer.results.length),
  );
  if (answer.answered) ensure(answer.results.length > 0, () => expect(answer.results).not.toEqual([]));
  else ensure(Boolean(answer.reason?.trim()), () => expect(answer.reason?.trim()).toBeTruthy());
  for (const result of answer.results) {
    // An author given only in the front matter is cited as paragraph 0, its line made from the field.
    if (result.paragraph === 0) {
      const author = briefing.article(result.article)?.author;
      ensure(result.excerpt === `author: ${author}`, () => expect(result.excerpt).toBe(`author: ${author}`));
      continue;
    }
    // Citations can be checked against the article: the excerpt is verbatim from the paragraph.
    const paragraph = briefing.paragraph(result.article, result.paragraph)?.text;
    ensure(paragraph?.includes(result.excerpt) === true, () => expect(paragraph).toContain(result.excerpt));
  }
}

/** The same question asked again gets the very same answer. */
function expectSameAnswer(again: Answer, first: Answer): void {
  ensure(isDeepStrictEqual(again, first), () => expect(again).toEqual(first));
}

function expectAnswerReply(reply: Reply, mode: 'ask' | 'whosaid'): void {
  expectSafeReply(reply);
  expectEscapedEcho(reply.content, mode);
}

describe('GIVEN hostile questions', () => {
  it(
    'WHEN asked as a DM THEN the engine never throws and the reply is safe for Discord and a terminal',
    () => {
      counts.run(
        fc.property(hostileQuestion, (question) => {
          const outcome = handleQuestion(question, USER, services);
          const reply = outcomeReply(outcome, services);
          expectSafeReply(reply);
          if (outcome.kind === 'answer') {
            expectWellFormed(outcome.answer, outcome.question);
            expectEscapedEcho(reply.content, 'ask');
            expectTerminalSafe(renderAnswerForTerminal(outcome.answer));
          }
          if (outcome.kind === 'too-long') {
            // /ask caps its option, but the engine and renderer hold for any length.
            expect(codePointLength(question.trim())).toBeGreaterThan(MAX_QUESTION_LENGTH);
            expectAnswerReply(askReply(question, services, true).reply, 'ask');
          }
        }),
        questionRuns(0.3),
      );
    },
    TIMEOUT,
  );

  it(
    'WHEN asked /whosaid THEN the engine never throws and the reply is safe',
    () => {
      counts.run(
        fc.property(hostileQuestion, (phrase) => {
          const answer = briefing.whoSaid(phrase);
          expectWellFormed(answer, phrase);
          expectAnswerReply(
            answerReply(answer, { mode: 'whosaid', question: phrase, offset: 0 }, services, false),
            'whosaid',
          );
          expectTerminalSafe(renderAnswerForTerminal(answer));
        }),
        questionRuns(0.2),
      );
    },
    TIMEOUT,
  );

  it(
    'WHEN asked /quotes with a hostile speaker and topic THEN statements, suggestions and autocomplete stay safe',
    () => {
      const typed = fc.oneof(
        hostileQuestion,
        fc.tuple(fc.constantFrom(...REAL_WORDS), token).map(([word, noise]) => `${word}${noise}`),
      );
      counts.run(
        fc.property(typed, fc.option(typed, { nil: null }), (speaker, topic) => {
          const statements = briefing.quotes({ speaker, ...(topic === null ? {} : { topic }) });
          const again = briefing.quotes({ speaker, ...(topic === null ? {} : { topic }) });
          ensure(isDeepStrictEqual(again, statements), () => expect(again).toEqual(statements));
          expectSafeReply(quotesReply(speaker, topic, services, false).reply);
          expectTerminalSafe(
            renderStatementsForTerminal(statements.slice(0, 25), {
              title: (id) => briefing.article(id)?.title,
            }),
          );
          const found = briefing.findSpeakers(speaker, DISCORD_LIMITS.autocompleteChoices);
          ensure(found.length <= DISCORD_LIMITS.autocompleteChoices, () =>
            expect(found.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices),
          );
          for (const { name } of found) {
            const choice = clipPlain(name, DISCORD_LIMITS.choiceValue);
            ensure(codePointLength(choice) <= DISCORD_LIMITS.choiceValue, () =>
              expect(codePointLength(choice)).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue),
            );
          }
        }),
        questionRuns(0.25),
      );
    },
    TIMEOUT,
  );

  it(
    'WHEN asked again, in another order, of a briefing fresh from the same articles THEN the very same answers',
    () => {
      // The shared briefing has answered thousands of questions by now: no cache may change an answer.
      const fresh = createBriefing(briefing.dir, [...briefing.articles], [...briefing.skipped]);
      counts.run(
        fc.property(fc.tuple(hostileQuestion, hostileQuestion), fc.boolean(), (questions, whoSaid) => {
          const ask = (b: Briefing, q: string) => (whoSaid ? b.whoSaid(q) : b.ask(q));
          const first = questions.map((q) => ask(briefing, q));
          const again = [...questions]
            .reverse()
            .map((q) => ask(fresh, q))
            .reverse();
          counts.add(questions.length);
          for (const [i, answer] of again.entries()) expectSameAnswer(answer, first[i] as Answer);
        }),
        questionRuns(0.05),
        false,
      );
    },
    TIMEOUT,
  );

  it(
    'WHEN asked THEN no two results of an answer show the same excerpt',
    () => {
      counts.run(
        fc.property(hostileQuestion, fc.boolean(), (question, whoSaid) => {
          const answer = whoSaid
            ? briefing.whoSaid(question, { limit: 10 })
            : briefing.ask(question, { limit: 10 });
          // The id names the excerpt (buttons, feedback): a repeated id is the same text shown twice.
          const ids = answer.results.map((result) => result.id);
          expect(ids).toEqual([...new Set(ids)]);
        }),
        questionRuns(0.05),
      );
    },
    TIMEOUT,
  );

  it(
    'WHEN sent as a DM or a mention and every button pressed THEN every reply is safe',
    async () => {
      const message = fc.record({
        question: hostileQuestion,
        inGuild: fc.boolean(),
        mention: fc.constantFrom(`<@${BOT}>`, `<@!${BOT}>`, `<@&77>`),
        mentionFirst: fc.boolean(),
      });
      await counts.runAsync(
        fc.asyncProperty(message, async ({ question, inGuild, mention, mentionFirst }) => {
          const content = inGuild
            ? mentionFirst
              ? `${mention} ${question}`
              : `${question} ${mention}`
            : question;
          const routed = routeMessage(
            { content, authorId: USER, authorIsBot: false, inGuild, botUserId: BOT, botRoleIds: ['77'] },
            services,
          );
          expect(routed).not.toBeNull();
          if (routed === null) return;
          expectSafeReply(routed.reply);
          if (routed.outcome === 'answer') expectEscapedEcho(routed.reply.content, 'ask');
          for (const row of routed.reply.components) {
            for (const component of row.components) {
              if (!('custom_id' in component)) continue;
              const pressed = await buttonReply(component.custom_id, USER, services);
              expect(pressed).not.toBeNull();
              if (pressed) expectSafeReply(pressed.reply);
            }
          }
        }),
        questionRuns(0.1),
      );
    },
    TIMEOUT,
  );
});
