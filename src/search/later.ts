/**
 * Work an open leaves for after it: what most first questions do not read (which articles' titles
 * hold a word, each statement's tokens, the typo buckets …). Its steps run a slice at a time while
 * the event loop is idle (`settle`), or all at once when something needs the value before that: a
 * start answers its first question sooner, and every answer is the same as if it had been made at
 * the open.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';

export class Later<T> {
  private steps: Generator<void, T> | null;
  private result: T | undefined;
  /** What a step threw: thrown again to whoever reads the value. */
  private failure: { error: unknown } | null = null;

  constructor(steps: Generator<void, T>) {
    this.steps = steps;
  }

  /** Work of one step: `make`, run when its turn comes or its value is needed. */
  static of<T>(make: () => T): Later<T> {
    return new Later(
      // biome-ignore lint/correctness/useYield: a single step, run whole when its turn comes.
      (function* (): Generator<void, T> {
        return make();
      })(),
    );
  }

  /** The value, its remaining steps run now. */
  get value(): T {
    while (this.step());
    if (this.failure) throw this.failure.error;
    return this.result as T;
  }

  /** Runs one step; false once the value is made (or a step threw, which `value` throws again). */
  step(): boolean {
    if (this.steps === null) return false;
    let next: IteratorResult<void, T>;
    try {
      next = this.steps.next();
    } catch (error) {
      this.failure = { error };
      this.steps = null;
      return false;
    }
    if (!next.done) return true;
    this.result = next.value;
    this.steps = null;
    return false;
  }
}

/**
 * Longest stretch `settle` or a background build holds the event loop before giving it back. A step
 * may overrun it, and a collection or a question may follow it in the same turn: 8 ms slices gave
 * turns of 25–40 ms during a reload of 924 articles, against a target of 20.
 */
const SLICE_MS = 4;

/**
 * Runs a step generator, giving the event loop back (with `setImmediate`, ahead of timers) once a
 * slice of time is used up: a build or a cache write in the background, which the caller awaits.
 */
export async function runInBackground<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
}

/**
 * Runs the steps of each, in order, a slice of time per turn of the event loop, on timers that do
 * not keep a process alive (a one-shot command that has answered exits without waiting for them).
 */
export async function settle(later: readonly Later<unknown>[]): Promise<void> {
  let at = 0;
  while (at < later.length) {
    const end = performance.now() + SLICE_MS;
    while (at < later.length && performance.now() < end) if (!(later[at] as Later<unknown>).step()) at++;
    if (at < later.length) await new Promise<void>((resolve) => setTimeout(resolve, 0).unref());
  }
}
