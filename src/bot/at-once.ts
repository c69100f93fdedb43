/**
 * An answer sent as the first response to its interaction when the bot is not busy: one request to
 * Discord instead of two (the "thinking…" acknowledgement, then the edit that answers), which is most
 * of what a user waits for beyond the search itself.
 *
 * Discord gives an interaction 3 s to be acknowledged, and an answer sent at once acknowledges it only
 * once the search is done: under a burst, answering every question at once would make the last
 * acknowledgement wait for every search before it (2,000 questions at once: seconds). So answers are
 * sent at once only within a budget of the event loop's idle time; beyond it, and while any answer
 * waits behind a defer, questions are acknowledged first and answered in turn (`turns.ts`), as before.
 *
 * `/ask`, `/whosaid`, `/quotes`, `/sources`, the message context menu "Ask the briefing" and the
 * More button all answer this way.
 *
 * @example
 * const outcome = await answerAtOnceOrDefer(interaction, ephemeral, services, () => askReply(…));
 */
import type { RepliableInteraction } from 'discord.js';
import { defer, type Reply, respond } from './replies.ts';
import { answerTurns, type Turns } from './turns.ts';

/**
 * What the budget holds when full (ms): the most time a run of answers sent at once may hold a busy
 * event loop while interactions that arrive meanwhile wait for their acknowledgement. A thirtieth of
 * Discord's 3 s, well within the deadline even with a slow network on both sides.
 */
export const AT_ONCE_BURST_MS = 100;

/** The clocks the budget reads: both in milliseconds, from any origin. */
export interface LoopClock {
  now(): number;
  /** The time the event loop has spent idle, waiting for something to do. */
  idle(): number;
}

const processLoop: LoopClock = {
  now: () => performance.now(),
  idle: () => performance.eventLoopUtilization().idle,
};

/**
 * A token bucket of event-loop time: it holds up to `burstMs`, refills with the time the event loop
 * spends idle, and each answer sent at once takes what its search and rendering took (it may go
 * below zero after a slow one, which then defers the answers after it until refilled). Idle time, not
 * time passing: under a burst the loop is never idle, so the run of answers sent at once stops after
 * `burstMs` however long each interaction's other work (reading it, sending its reply) takes. At 20
 * questions a second of 3–10 ms each, the loop idles most of every 50 ms: all answered at once.
 */
export class AtOnceBudget {
  #tokens: number;
  #idle: number;
  /** Answers deferred and not yet searched: an answer sent at once must not overtake them. */
  #behind = 0;

  constructor(
    private readonly clock: LoopClock = processLoop,
    private readonly burstMs = AT_ONCE_BURST_MS,
    private readonly turns: Pick<Turns, 'waiting'> = answerTurns,
  ) {
    this.#tokens = burstMs;
    this.#idle = clock.idle();
  }

  /** Whether an answer may be searched for and sent now, as the first response. */
  allows(): boolean {
    const idle = this.clock.idle();
    this.#tokens = Math.min(this.burstMs, this.#tokens + (idle - this.#idle));
    this.#idle = idle;
    return this.#behind === 0 && this.turns.waiting === 0 && this.#tokens > 0;
  }

  /** Runs `work` (a search and its rendering), taking its time from the budget. */
  spend<T>(work: () => T): T {
    const started = this.clock.now();
    try {
      return work();
    } finally {
      this.#tokens -= this.clock.now() - started;
    }
  }

  /**
   * Starts an answer sent at once whose work spans awaits (a button's checks, then its search):
   * the returned function, called when the reply is ready, takes the time since from the budget.
   */
  start(): () => void {
    const started = this.clock.now();
    return () => {
      this.#tokens -= this.clock.now() - started;
    };
  }

  /** An answer deferred: until the returned function is called, no answer is sent at once. */
  deferred(): () => void {
    this.#behind++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#behind--;
    };
  }
}

/**
 * Answers `interaction` with what `answer` returns: searched and sent as the first response when
 * `budget` allows (always deferred first when it is `null`), else acknowledged first (privately when
 * `ephemeral`) and searched in turn, then sent as the edit.
 */
export async function answerAtOnceOrDefer<T extends { reply: Reply }>(
  interaction: RepliableInteraction,
  ephemeral: boolean,
  budget: AtOnceBudget | null,
  answer: () => T,
): Promise<T> {
  if (budget?.allows()) {
    const outcome = budget.spend(answer);
    await respond(interaction, outcome.reply);
    return outcome;
  }
  const done = budget?.deferred();
  let outcome: T;
  try {
    await defer(interaction, ephemeral);
    outcome = answer();
  } finally {
    done?.();
  }
  await respond(interaction, outcome.reply);
  return outcome;
}

/**
 * What a button does before its search, when the search may be slow (More): nothing when `budget`
 * allows an answer at once (the press is then answered by the reply itself), else the press is
 * acknowledged privately first. Call `settle` once the reply is ready (or has failed).
 */
export function beforeSearchOrDefer(
  interaction: RepliableInteraction,
  budget: AtOnceBudget | null,
): { beforeSearch: () => Promise<void>; settle: () => void } {
  let settle = () => {};
  const beforeSearch = async () => {
    if (budget?.allows()) {
      settle = budget.start();
      return;
    }
    settle = budget?.deferred() ?? (() => {});
    await defer(interaction, true);
  };
  return { beforeSearch, settle: () => settle() };
}
