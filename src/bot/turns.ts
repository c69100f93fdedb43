/**
 * Answers wait their turn: one answer per turn of the event loop, with everything that arrived
 * meanwhile (new interactions to acknowledge, responses from Discord) handled in between. Discord
 * gives an interaction 3 s to be acknowledged, and an acknowledgement costs a fraction of what an
 * answer costs, so under a burst the bot acknowledges everyone first and answers in order, instead of
 * letting a queue of answers push the last acknowledgements past the deadline.
 *
 * @example
 * await interaction.deferReply();
 * await turns.next(); // then search and render
 */
export class Turns {
  readonly #waiting: (() => void)[] = [];
  #head = 0;
  #scheduled = false;

  /** Resolves on a later turn of the event loop, in the order asked, one caller per turn. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(this.#run);
      }
    });
  }

  /** How many callers are waiting for their turn. */
  get waiting(): number {
    return this.#waiting.length - this.#head;
  }

  readonly #run = (): void => {
    const resolve = this.#waiting[this.#head];
    this.#head++;
    if (this.#head === this.#waiting.length) {
      this.#waiting.length = 0;
      this.#head = 0;
      this.#scheduled = false;
    } else {
      // Answered callers are dropped in batches, so a long queue is not shifted once per turn.
      if (this.#head >= 1024 && this.#head * 2 >= this.#waiting.length) {
        this.#waiting.splice(0, this.#head);
        this.#head = 0;
      }
      setImmediate(this.#run);
    }
    resolve?.();
  };
}

/**
 * The process's one queue of answers. One, because the event loop it shares out is one per process:
 * two queues would each let an answer through per turn.
 */
export const answerTurns = new Turns();
