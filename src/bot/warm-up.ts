/**
 * Requests of each kind answered once before the bot logs in, through the router functions users
 * reach, with nothing kept: a throwaway answer store, no limits, no gaps recorded. Without it the
 * first users pay for the engine's code being compiled and for what it builds on first use (the
 * everyday words' stems, the scoring cache): the first `/ask` at 3,000 articles took about 300 ms.
 *
 * @example
 * warmUp(services); // before client.login
 */
import { AnswerStore } from './answer-store.ts';
import { Conversations } from './conversations.ts';
import { askReply, filteredAsk, quotesReply, sourcesReply, whoSaidReply } from './router.ts';
import type { BotServices } from './services.ts';

/** Questions of the kinds the engine reads apart beside "what did X say" and "who said". */
export const OTHER_KINDS: readonly ((speaker: string, surname: string, topic: string) => string)[] = [
  (speaker) => `Who is ${speaker}?`,
  (_, surname, topic) => `Where did ${surname} speak about ${topic}?`,
  (_, surname, topic) => `When did ${surname} talk about ${topic}?`,
  (_, surname, topic) => `Why did ${surname} criticise ${topic}?`,
  (_, surname, topic) => `How many ${topic} did ${surname} mention?`,
  (_, surname, topic) => `According to ${surname}, what is ${topic}?`,
];

/** What the warm-up asked, for the log line and for tests. */
export interface WarmUpReport {
  requests: number;
  ms: number;
}

/**
 * Asks, pages, looks up and lists as users would, with questions drawn from the briefing itself (its
 * first speaker, a word and the opening words of its first quote). Never throws: a request that fails
 * here is logged, and fails again, with the user told, when a user makes it.
 */
export function warmUp(services: BotServices): WarmUpReport {
  const started = performance.now();
  const quiet: BotServices = {
    ...services,
    rateLimiter: null,
    gaps: null,
    answers: new AnswerStore(),
    conversations: new Conversations(1, services.now),
  };
  const { briefing } = services;
  const speaker = briefing.speakers()[0]?.name ?? 'the minister';
  const surname = speaker.split(' ').at(-1) ?? speaker;
  const quote = briefing.statements.find((s) => s.kind === 'direct')?.text ?? 'the talks were tough';
  const words = quote.split(/\s+/u);
  const phrase = words.slice(0, 6).join(' ');
  const topic = words.find((w) => w.length > 5)?.replace(/[^\p{L}\p{N}-]/gu, '') ?? 'talks';
  const requests: (() => unknown)[] = [
    () => askReply(`What did ${surname} say about ${topic}?`, quiet, false),
    () => askReply(`Who said “${phrase}”?`, quiet, true),
    () => askReply('What is the weather like on the far side of the moon?', quiet, false),
    // One question of each other kind the engine reads apart: each has patterns and code of its
    // own, whose first run otherwise fell to the first user asking so (924 real articles: a first
    // "who is" 7.5–8.2 ms against 1.2–1.3, a first "where" 8.0–9.4 against 2.7–3.5).
    ...OTHER_KINDS.map((ask) => () => askReply(ask(speaker, surname, topic), quiet, false)),
    () => filteredAsk(`What did ${surname} say?`, null, quiet, 3),
    () => whoSaidReply(phrase, quiet, false),
    () => quotesReply(surname, null, quiet, false),
    () => quotesReply(surname, topic, quiet, false),
    () => briefing.findSpeakers(surname.slice(0, 2), 25),
    () => sourcesReply(quiet),
  ];
  for (const request of requests) {
    try {
      request();
    } catch (error) {
      services.logger.warn('a warm-up request failed', { error });
    }
  }
  return { requests: requests.length, ms: Math.round(performance.now() - started) };
}
