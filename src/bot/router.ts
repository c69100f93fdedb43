/**
 * The bot's decisions, from plain data to plain `Reply`s, with no discord.js networking: what a DM or
 * a mention asks, what each command and button answers. The event listeners and commands only adapt
 * discord.js objects to these functions, so tests drive the real routing with a fake `Briefing`.
 *
 * @example
 * const routed = routeMessage({ content: 'help', authorId: '1', authorIsBot: false, inGuild: false, botUserId: '9' }, services);
 * routed?.reply.content; // the help text
 */
import {
  type AnswerMode,
  codePointLength,
  renderAnswer,
  renderNoStatements,
  renderParagraph,
  renderSources,
  renderStatements,
} from '../answer/render/discord.ts';
import type { Answer } from '../answer/types.ts';
import type { StoredAnswer } from './answer-store.ts';
import { answerButtons, parseCustomId } from './buttons.ts';
import { emptyQuestionHint, helpForDiscord } from './help.ts';
import {
  EXPIRED_MESSAGE,
  MAX_QUESTION_LENGTH,
  type Reply,
  rateLimitedReply,
  textReply,
  tooLongMessage,
} from './replies.ts';
import type { BotServices } from './services.ts';

/** How many statements /quotes fetches; the renderer shows what fits. */
const QUOTES_LIMIT = 25;

export type QuestionOutcome =
  | { kind: 'empty' }
  | { kind: 'help' }
  | { kind: 'too-long'; length: number }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'answer'; question: string; answer: Answer };

/**
 * What a free-text question (a DM, a mention, a console line) comes to: help, a refusal, or an answer.
 * The rate limit applies only when `services.rateLimiter` is set.
 */
export function handleQuestion(
  text: string,
  user: string,
  services: Pick<BotServices, 'briefing' | 'rateLimiter'>,
): QuestionOutcome {
  const question = text.trim();
  if (question === '') return { kind: 'empty' };
  if (/^\/?help[.!?]*$/i.test(question)) return { kind: 'help' };
  const length = codePointLength(question);
  if (length > MAX_QUESTION_LENGTH) return { kind: 'too-long', length };
  const verdict = services.rateLimiter?.take(user);
  if (verdict && !verdict.allowed) return { kind: 'rate-limited', retryAfterMs: verdict.retryAfterMs };
  return { kind: 'answer', question, answer: services.briefing.ask(question) };
}

/** The Discord reply for an outcome of `handleQuestion`. */
export function outcomeReply(outcome: QuestionOutcome, services: BotServices, ephemeral = false): Reply {
  switch (outcome.kind) {
    case 'empty':
      return textReply(emptyQuestionHint(), ephemeral);
    case 'help':
      return textReply(helpForDiscord(), ephemeral);
    case 'too-long':
      return textReply(tooLongMessage(outcome.length), ephemeral);
    case 'rate-limited':
      return rateLimitedReply(outcome.retryAfterMs);
    case 'answer':
      return answerReply(
        outcome.answer,
        { mode: 'ask', question: outcome.question, offset: 0 },
        services,
        ephemeral,
      );
  }
}

export interface AnswerPage {
  mode: AnswerMode;
  /** The question as asked, kept for "More" and feedback. */
  question: string;
  offset: number;
}

/** An answer rendered, remembered for its buttons, with the buttons attached; no buttons when unanswered. */
export function answerReply(
  answer: Answer,
  page: AnswerPage,
  services: BotServices,
  ephemeral: boolean,
): Reply {
  const { content, shown } = renderAnswer(answer, { offset: page.offset, mode: page.mode });
  if (shown === 0) return textReply(content, ephemeral);
  const stored: StoredAnswer = {
    ...page,
    results: answer.results
      .slice(0, shown)
      .map((result) => ({ id: result.id, article: result.article, paragraph: result.paragraph })),
    total: answer.total,
  };
  const id = services.answers.add(stored);
  return { content, components: answerButtons(id, stored), ephemeral };
}

/** A reply, and how many results it drew on, for the log line. */
export interface CountedReply {
  reply: Reply;
  results: number;
}

/** /ask and the context menu. */
export function askReply(question: string, services: BotServices, ephemeral: boolean): CountedReply {
  const answer = services.briefing.ask(question);
  const reply = answerReply(answer, { mode: 'ask', question, offset: 0 }, services, ephemeral);
  return { reply, results: answer.results.length };
}

/** /whosaid. */
export function whoSaidReply(phrase: string, services: BotServices, ephemeral: boolean): CountedReply {
  const answer = services.briefing.whoSaid(phrase);
  const reply = answerReply(answer, { mode: 'whosaid', question: phrase, offset: 0 }, services, ephemeral);
  return { reply, results: answer.results.length };
}

/** /quotes: what a speaker said, optionally about a topic; closest names when nothing matches. */
export function quotesReply(
  speaker: string,
  topic: string | null,
  services: BotServices,
  ephemeral: boolean,
): CountedReply {
  const { briefing } = services;
  const statements = briefing.quotes({ speaker, ...(topic ? { topic } : {}) }).slice(0, QUOTES_LIMIT);
  if (statements.length === 0) {
    const suggestions = briefing.findSpeakers(speaker, 3).map((s) => s.name);
    return { reply: textReply(renderNoStatements(speaker, topic, suggestions), ephemeral), results: 0 };
  }
  const content = renderStatements({
    speaker,
    topic,
    statements,
    article: (id) => briefing.article(id),
  });
  return { reply: textReply(content, ephemeral), results: statements.length };
}

/** /sources. */
export function sourcesReply(services: BotServices, ephemeral = false): Reply {
  return textReply(renderSources(services.briefing.sources()), ephemeral);
}

/** A message as the router needs it: no discord.js objects. */
export interface IncomingMessage {
  content: string;
  authorId: string;
  authorIsBot: boolean;
  /** `false` for a DM. */
  inGuild: boolean;
  botUserId: string;
  /** Ids of roles that stand for the bot (its managed role), which clients sometimes insert for "@Bot". */
  botRoleIds?: readonly string[];
}

export interface Routed {
  reply: Reply;
  question: string;
  outcome: QuestionOutcome['kind'];
  results: number | null;
}

/**
 * A message to the bot: every DM from a person, and in a server only messages that mention the bot,
 * with the mention removed. `null` means "not for us": stay silent.
 */
export function routeMessage(message: IncomingMessage, services: BotServices): Routed | null {
  if (message.authorIsBot || message.authorId === message.botUserId) return null;
  const ids = [message.botUserId, ...(message.botRoleIds ?? [])].map(escapeRegExp).join('|');
  const mention = new RegExp(`<@[!&]?(?:${ids})>`, 'g');
  if (message.inGuild && !mention.test(message.content)) return null;
  const question = message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  const outcome = handleQuestion(question, message.authorId, services);
  return {
    reply: outcomeReply(outcome, services),
    question,
    outcome: outcome.kind,
    results: outcome.kind === 'answer' ? outcome.answer.results.length : null,
  };
}

/**
 * What pressing one of our buttons replies (always ephemeral: it answers the one person who pressed).
 * `null` for a custom id that is not ours; `results` is set when the press ran a search (More).
 */
export async function buttonReply(
  id: string,
  user: string,
  services: BotServices,
): Promise<{ reply: Reply; results: number | null } | null> {
  const parsed = parseCustomId(id);
  if (parsed === null) return null;
  const stored = services.answers.get(parsed.answerId);
  if (stored === undefined) return { reply: textReply(EXPIRED_MESSAGE, true), results: null };

  switch (parsed.action) {
    case 'more': {
      const verdict = services.rateLimiter?.take(user);
      if (verdict && !verdict.allowed)
        return { reply: rateLimitedReply(verdict.retryAfterMs), results: null };
      const offset = stored.offset + stored.results.length;
      const answer =
        stored.mode === 'whosaid'
          ? services.briefing.whoSaid(stored.question, { offset })
          : services.briefing.ask(stored.question, { offset });
      const reply = answerReply(
        answer,
        { mode: stored.mode, question: stored.question, offset },
        services,
        true,
      );
      return { reply, results: answer.results.length };
    }
    case 'para': {
      const result = stored.results[parsed.index];
      const paragraph = result && services.briefing.paragraph(result.article, result.paragraph);
      const article = result && services.briefing.article(result.article);
      if (!paragraph || !article) return { reply: textReply(EXPIRED_MESSAGE, true), results: null };
      return { reply: textReply(renderParagraph(article, paragraph.n, paragraph.text), true), results: null };
    }
    case 'up':
    case 'down': {
      await services.recordFeedback({
        at: new Date(services.now()).toISOString(),
        user,
        question: stored.question,
        results: stored.results.map((result) => result.id),
        vote: parsed.action,
      });
      const thanks =
        parsed.action === 'up'
          ? 'Thanks for the feedback, glad it helped!'
          : 'Thanks for the feedback: noted.';
      return { reply: textReply(thanks, true), results: null };
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
