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
import {
  castVote,
  type StoredAnswer,
  type StoredQuotes,
  type Vote,
  type VoteOutcome,
} from './answer-store.ts';
import { answerButtons, parseCustomId } from './buttons.ts';
import {
  applyFilter,
  FILTER_POOL,
  filterNote,
  isEmptyFilter,
  type ResultFilter,
  statementKeeper,
} from './filters.ts';
import { conversationAfter, type FollowUpContext, readFollowUp } from './follow-up.ts';
import { emptyQuestionHint, greetingReply, helpForDiscord } from './help.ts';
import { ALLOWED } from './rate-limiter.ts';
import {
  ARTICLE_CHANGED_MESSAGE,
  EXPIRED_MESSAGE,
  MAX_QUESTION_LENGTH,
  NOT_YOURS_MESSAGE,
  NOTHING_MORE_MESSAGE,
  type Reply,
  rateLimitedReply,
  textReply,
  tooLongMessage,
} from './replies.ts';
import { type BotServices, noteGap } from './services.ts';

/** Statements per /quotes page; the renderer shows what fits and More pages on from there. */
const QUOTES_PAGE = 25;

export type QuestionOutcome =
  | { kind: 'empty' }
  | { kind: 'help' }
  | { kind: 'greeting'; thanks: boolean }
  | { kind: 'too-long'; length: number }
  | { kind: 'rate-limited'; retryAfterMs: number; repeated: boolean }
  | { kind: 'answer'; question: string; answer: Answer; readAs: boolean };

/**
 * A greeting or thanks with nothing else in it ("hi!", "hello bot", "thanks a lot"): answered with a
 * friendly line, not searched, since the briefing cannot cover it.
 */
const GREETING =
  /^(?:(hi|hello|hey|hiya|howdy|yo|good (?:morning|afternoon|evening)|greetings)|(thanks|thank you|thx|ty|cheers|many thanks))(?:\s+(?:there|all|everyone|again|a lot|so much|very much|you))*(?:\s+(?:briefing[- ]?bot|bot))?(?:[\s!.,:;)(*~]|<3|\p{Extended_Pictographic}|\uFE0F|\u200D)*$/iu;

/** What a greeting is: a hello (`thanks: false`), thanks, or neither (`null`). */
export function greetingOf(text: string): { thanks: boolean } | null {
  const match = GREETING.exec(text.trim());
  return match ? { thanks: match[2] !== undefined } : null;
}

/**
 * What a free-text question (a DM, a mention, a console line) comes to: help, a greeting, a refusal,
 * or an answer. With `services.rateLimiter` set, an answered question counts against the user's
 * question budget and anything else against their actions only. With `previous` (the last answer of
 * the conversation), the question is read as a follow-up of it (`readFollowUp`).
 */
export function handleQuestion(
  text: string,
  user: string,
  services: Pick<BotServices, 'briefing' | 'rateLimiter'>,
  previous: FollowUpContext | null = null,
): QuestionOutcome {
  const question = text.trim();
  const limits = services.rateLimiter;
  const cheap = (outcome: QuestionOutcome): QuestionOutcome => {
    const verdict = limits?.action(user) ?? ALLOWED;
    return verdict.allowed ? outcome : { kind: 'rate-limited', ...verdict };
  };
  if (question === '') return cheap({ kind: 'empty' });
  if (/^\/?help[.!?]*$/i.test(question)) return cheap({ kind: 'help' });
  const greeting = greetingOf(question);
  if (greeting) return cheap({ kind: 'greeting', thanks: greeting.thanks });
  const length = codePointLength(question);
  if (length > MAX_QUESTION_LENGTH) return cheap({ kind: 'too-long', length });
  const verdict = limits?.question(user) ?? ALLOWED;
  if (!verdict.allowed) return { kind: 'rate-limited', ...verdict };
  const reading = readFollowUp(question, previous);
  const answer = services.briefing.ask(reading.question);
  if (!isAnswered(answer)) limits?.unanswered(user);
  return { kind: 'answer', question: reading.question, answer, readAs: reading.rewritten };
}

/** An answer with something in it: what counts against the question budget. */
export function isAnswered(answer: Answer): boolean {
  return answer.answered && answer.results.length > 0;
}

/** Who a reply is for: the person who asked, and whether only they can see it (private, or a DM). */
export interface Audience {
  asker: string;
  private: boolean;
}

/** For callers that know no asker (scripts, tests): anyone may use the buttons. */
const NO_OWNER: Audience = { asker: '', private: false };

/** The Discord reply for an outcome of `handleQuestion`. */
export function outcomeReply(
  outcome: QuestionOutcome,
  services: BotServices,
  ephemeral = false,
  audience: Audience = NO_OWNER,
): Reply {
  switch (outcome.kind) {
    case 'empty':
      return textReply(emptyQuestionHint(), ephemeral);
    case 'help':
      return textReply(helpForDiscord(services.briefingScope), ephemeral);
    case 'greeting':
      return textReply(greetingReply(outcome.thanks), ephemeral);
    case 'too-long':
      return textReply(tooLongMessage(outcome.length), ephemeral);
    case 'rate-limited':
      return rateLimitedReply(outcome.retryAfterMs);
    case 'answer':
      return answerReply(
        outcome.answer,
        { mode: 'ask', question: outcome.question, offset: 0, readAs: outcome.readAs },
        services,
        ephemeral,
        audience,
      );
  }
}

export interface AnswerPage {
  mode: AnswerMode;
  /** The question as asked (or as a follow-up was read), kept for "More" and feedback. */
  question: string;
  offset: number;
  /** `question` is the reading of a follow-up: echo it as "Reading this as: …". */
  readAs?: boolean;
  /** The filters the results were limited to, kept for More, and the line that says so. */
  filter?: ResultFilter;
  note?: string;
}

/**
 * An answer rendered, remembered for its buttons, with the buttons attached; no buttons when
 * unanswered. `audience` says who may use the buttons (default: anyone).
 */
export function answerReply(
  answer: Answer,
  page: AnswerPage,
  services: BotServices,
  ephemeral: boolean,
  audience: Audience = NO_OWNER,
): Reply {
  const { content, shown } = renderAnswer(answer, {
    offset: page.offset,
    mode: page.mode,
    readAs: page.readAs ?? false,
    ...(page.note ? { note: page.note } : {}),
  });
  if (shown === 0) return textReply(content, ephemeral);
  const stored: StoredAnswer = {
    kind: 'answer',
    ...page,
    ...audience,
    results: answer.results.slice(0, shown).map((result) => ({
      id: result.id,
      article: result.article,
      paragraph: result.paragraph,
      // Read in the same synchronous step as the answer, so from the very briefing that answered.
      articleHash: services.briefing.article(result.article)?.hash ?? null,
    })),
    total: answer.total,
    votes: new Map(),
    ...(page.filter ? { filter: page.filter } : {}),
  };
  const id = services.answers.add(stored);
  return { content, components: answerButtons(id, stored), ephemeral };
}

/** A reply, how many results it drew on (for the log line), and whether it answered (for the limit). */
export interface CountedReply {
  reply: Reply;
  results: number;
  answered: boolean;
}

/**
 * /ask and the context menu. `audience` says who may use the buttons (default: anyone); commands pass
 * the asker, and whether only they see it.
 */
export function askReply(
  question: string,
  services: BotServices,
  ephemeral: boolean,
  audience: Audience = NO_OWNER,
  filter: ResultFilter | null = null,
): CountedReply & { answer: Answer } {
  const { answer, note } = filteredAsk(question, filter, services, 0);
  // A refusal of the briefing's, not of the filters'.
  if (!answer.answered && (filter === null || isEmptyFilter(filter))) {
    noteGap(services, 'refused', question, audience.asker);
  }
  const page = {
    mode: 'ask' as const,
    question,
    offset: 0,
    ...(filter && note ? { filter, note } : {}),
  };
  const reply = answerReply(answer, page, services, ephemeral, audience);
  return { reply, results: answer.results.length, answered: isAnswered(answer), answer };
}

/** Results on a page of /ask (the engine's default). */
const ASK_PAGE = 3;

/**
 * An answer limited to `filter`: the engine is asked for a wide pool and the results that pass are
 * paged here, `offset` on. The note says what the answer was limited to; `null` without a filter.
 */
export function filteredAsk(
  question: string,
  filter: ResultFilter | null,
  services: Pick<BotServices, 'briefing'>,
  offset: number,
): { answer: Answer; note: string | null } {
  const { briefing } = services;
  if (filter === null || isEmptyFilter(filter))
    return { answer: briefing.ask(question, { offset }), note: null };
  const wide = briefing.ask(question, { limit: FILTER_POOL });
  if (!wide.answered) return { answer: wide, note: null };
  const { kept, undatedLeftOut } = applyFilter(wide.results, filter, briefing);
  const note = filterNote(filter, undatedLeftOut, briefing);
  if (kept.length === 0) {
    const reason = `Nothing it says about that passes the filters. ${note}`;
    return {
      answer: { ...wide, answered: false, related: false, results: [], total: 0, reason },
      note: null,
    };
  }
  return { answer: { ...wide, results: kept.slice(offset, offset + ASK_PAGE), total: kept.length }, note };
}

/** /whosaid. */
export function whoSaidReply(
  phrase: string,
  services: BotServices,
  ephemeral: boolean,
  audience: Audience = NO_OWNER,
): CountedReply {
  const answer = services.briefing.whoSaid(phrase);
  const page = { mode: 'whosaid' as const, question: phrase, offset: 0 };
  const reply = answerReply(answer, page, services, ephemeral, audience);
  return { reply, results: answer.results.length, answered: isAnswered(answer) };
}

/**
 * /quotes: what a speaker said, optionally about a topic, a page at a time (More pages on); the
 * closest names when nothing matches.
 */
export function quotesReply(
  speaker: string,
  topic: string | null,
  services: BotServices,
  ephemeral: boolean,
  audience: Audience = NO_OWNER,
  offset = 0,
  filter: ResultFilter | null = null,
): CountedReply {
  const { briefing } = services;
  const active = filter !== null && !isEmptyFilter(filter) ? filter : null;
  const keeper = active ? statementKeeper(active, briefing) : null;
  // Only the page shown is sorted and made; the engine counts the rest.
  const { statements, total, found } = briefing.quotePage(
    { speaker, ...(topic ? { topic } : {}) },
    { offset, limit: QUOTES_PAGE, keep: keeper?.keep },
  );
  const note = keeper && active ? filterNote(active, keeper.undatedLeftOut(), briefing) : null;
  if (statements.length === 0) {
    if (offset > 0) return { reply: textReply(NOTHING_MORE_MESSAGE, ephemeral), results: 0, answered: false };
    const suggestions = briefing.findSpeakers(speaker, 3).map((s) => s.name);
    const none = renderNoStatements(speaker, topic, suggestions);
    return {
      reply: textReply(note && found > 0 ? `${none}\n${note}` : none, ephemeral),
      results: 0,
      answered: false,
    };
  }
  const { content, shown } = renderStatements({
    speaker,
    topic,
    statements,
    offset,
    total,
    article: (id) => briefing.article(id),
    ...(note ? { note } : {}),
  });
  const stored: StoredQuotes = {
    kind: 'quotes',
    ...audience,
    speaker,
    topic,
    offset,
    shown,
    total,
    ...(filter && note ? { filter } : {}),
  };
  const components = total > offset + shown ? answerButtons(services.answers.add(stored), stored) : [];
  return { reply: { content, components, ephemeral }, results: shown, answered: true };
}

/**
 * /sources. Each article's paragraphs are counted as citations number them (its last ¶), which the
 * engine's summary, counting body paragraphs only, does not.
 */
export function sourcesReply(services: BotServices, ephemeral = false): Reply {
  const { briefing } = services;
  const sources = briefing.sources().map((source) => {
    const last = briefing.article(source.article)?.paragraphs.at(-1)?.n;
    return last === undefined ? source : { ...source, paragraphs: last };
  });
  const label = services.briefingScope === 'server' ? 'This server’s own briefing' : 'The briefing';
  return textReply(renderSources(sources, label), ephemeral);
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
  /** Where it was sent: the conversation a follow-up belongs to. */
  channelId?: string;
  /**
   * A conversation with the bot: a DM, or a thread the bot opened. Every message in it is for the bot
   * (no mention needed) and is read as a follow-up of the last answer there.
   */
  conversation?: boolean;
}

export interface Routed {
  reply: Reply;
  question: string;
  outcome: QuestionOutcome['kind'];
  results: number | null;
  /** For a rate-limited message: the user was already told since their last allowed question. */
  repeated: boolean;
}

/**
 * A message to the bot: every DM from a person, and in a server only messages that mention the bot,
 * with the mention removed. `null` means "not for us": stay silent.
 */
export function routeMessage(message: IncomingMessage, services: BotServices): Routed | null {
  const question = questionOf(message);
  if (question === null) return null;
  const channel = (message.conversation || !message.inGuild) && message.channelId ? message.channelId : null;
  const previous = channel === null ? null : services.conversations.get(channel);
  const outcome = handleQuestion(question, message.authorId, services, previous);
  if (outcome.kind === 'answer' && !outcome.answer.answered) {
    noteGap(services, 'refused', outcome.question, message.authorId);
  }
  if (channel !== null && outcome.kind === 'answer' && isAnswered(outcome.answer)) {
    services.conversations.set(channel, conversationAfterAnswer(outcome.question, outcome.answer, previous));
  }
  return {
    reply: outcomeReply(outcome, services, false, { asker: message.authorId, private: !message.inGuild }),
    question,
    outcome: outcome.kind,
    results: outcome.kind === 'answer' ? outcome.answer.results.length : null,
    repeated: outcome.kind === 'rate-limited' && outcome.repeated,
  };
}

/** What a conversation remembers after `answer`: its topic, first speaker and first article. */
export function conversationAfterAnswer(
  question: string,
  answer: Answer,
  previous: FollowUpContext | null = null,
): FollowUpContext {
  const first = answer.results[0];
  return conversationAfter(question, first?.speaker ?? null, first?.title ?? null, previous);
}

/** Whether a message is for the bot (a DM from a person, or a mention of the bot): cheap, no search. */
export function isForBot(message: IncomingMessage): boolean {
  return questionOf(message) !== null;
}

/** The text a message asks, without the bot's mention; `null` when the message is not for the bot. */
function questionOf(message: IncomingMessage): string | null {
  if (message.authorIsBot || message.authorId === message.botUserId) return null;
  const ids = [message.botUserId, ...(message.botRoleIds ?? [])].map(escapeRegExp).join('|');
  const mention = new RegExp(`<@[!&]?(?:${ids})>`, 'g');
  if (message.inGuild && !message.conversation && !mention.test(message.content)) return null;
  return message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** What a button press came to: the reply, and how many results it searched for (More) or `null`. */
export interface ButtonOutcome {
  reply: Reply;
  results: number | null;
  /** What the press did, for the log line. */
  outcome: 'more' | 'para' | 'vote' | 'refused' | 'expired' | 'rate-limited';
}

/**
 * What pressing one of our buttons replies (always ephemeral: it answers the one person who pressed).
 * `null` for a custom id that is not ours. `beforeSearch` is awaited before a search (More), so the
 * caller can acknowledge the press first.
 *
 * Buttons under a private answer or a DM work for the asker alone; votes are one per user and answer
 * (pressing the other one changes it); every press counts against the presser's actions limit.
 */
export async function buttonReply(
  id: string,
  user: string,
  services: BotServices,
  beforeSearch: () => Promise<void> = async () => {},
): Promise<ButtonOutcome | null> {
  const parsed = parseCustomId(id);
  if (parsed === null) return null;
  const stored = services.answers.get(parsed.answerId);
  if (stored === undefined)
    return { reply: textReply(EXPIRED_MESSAGE, true), results: null, outcome: 'expired' };
  if (stored.private && stored.asker !== user) {
    return { reply: textReply(NOT_YOURS_MESSAGE, true), results: null, outcome: 'refused' };
  }
  const verdict = services.rateLimiter?.action(user) ?? ALLOWED;
  if (!verdict.allowed) {
    return { reply: rateLimitedReply(verdict.retryAfterMs), results: null, outcome: 'rate-limited' };
  }

  if (parsed.action === 'more') {
    await beforeSearch();
    const audience: Audience = { asker: user, private: true };
    if (stored.kind === 'quotes') {
      const offset = stored.offset + stored.shown;
      const { reply, results } = quotesReply(
        stored.speaker,
        stored.topic,
        services,
        true,
        audience,
        offset,
        stored.filter ?? null,
      );
      return { reply, results, outcome: 'more' };
    }
    const offset = stored.offset + stored.results.length;
    const { answer, note } =
      stored.mode === 'whosaid'
        ? { answer: services.briefing.whoSaid(stored.question, { offset }), note: null }
        : filteredAsk(stored.question, stored.filter ?? null, services, offset);
    const page = {
      mode: stored.mode,
      question: stored.question,
      offset,
      ...(stored.filter && note ? { filter: stored.filter, note } : {}),
    };
    const reply =
      answer.results.length === 0
        ? textReply(NOTHING_MORE_MESSAGE, true)
        : answerReply(answer, page, services, true, audience);
    return { reply, results: answer.results.length, outcome: 'more' };
  }
  if (stored.kind !== 'answer')
    return { reply: textReply(EXPIRED_MESSAGE, true), results: null, outcome: 'expired' };

  if (parsed.action === 'para') {
    const result = stored.results[parsed.index];
    const article = result && services.briefing.article(result.article);
    const paragraph = result && services.briefing.paragraph(result.article, result.paragraph);
    if (!result) return { reply: textReply(EXPIRED_MESSAGE, true), results: null, outcome: 'expired' };
    // Paragraphs are numbered by position: once the file has changed, ¶N may be another paragraph.
    if (!article || !paragraph || article.hash !== result.articleHash) {
      return { reply: textReply(ARTICLE_CHANGED_MESSAGE, true), results: null, outcome: 'para' };
    }
    return {
      reply: textReply(renderParagraph(article, paragraph.n, paragraph.text), true),
      results: null,
      outcome: 'para',
    };
  }

  const vote = parsed.action;
  const previous = stored.votes.get(user);
  const cast = castVote(stored, user, vote);
  if (cast === 'recorded' || cast === 'changed') {
    // A vote that could not be written is not remembered either, so pressing again retries it.
    const forget = (error: unknown) => {
      if (previous === undefined) stored.votes.delete(user);
      else stored.votes.set(user, previous);
      throw error;
    };
    await services
      .recordFeedback({
        at: new Date(services.now()).toISOString(),
        answer: parsed.answerId,
        user,
        question: stored.question,
        results: stored.results.map((result) => result.id),
        vote,
      })
      .catch(forget);
    if (vote === 'down') noteGap(services, 'down', stored.question, user);
  }
  return { reply: textReply(voteMessage(cast, vote), true), results: null, outcome: 'vote' };
}

function voteMessage(cast: VoteOutcome, vote: Vote): string {
  const emoji = vote === 'up' ? '👍' : '👎';
  switch (cast) {
    case 'recorded':
      return vote === 'up' ? 'Thanks for the feedback, glad it helped!' : 'Thanks for the feedback: noted.';
    case 'changed':
      return `Changed your vote to ${emoji}. Thanks!`;
    case 'unchanged':
      return `You already voted ${emoji} on this answer.`;
    case 'full':
      return 'Thanks! This answer has all the votes it can take.';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
