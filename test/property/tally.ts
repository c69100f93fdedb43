/**
 * Runs properties with the fixed seed and counts what they tried, so a test file can print
 * "N questions, 0 failures" for the README and CI logs.
 */
import fc from 'fast-check';
import { SEED } from './arbitraries.ts';

export interface Tally {
  /**
   * Runs a synchronous property, counting one input per run unless `count` is false (the property
   * then counts with `add`); throws fast-check's report (seed, path, shrunk counterexample).
   */
  run<T>(property: fc.IProperty<T>, numRuns: number, count?: boolean): void;
  runAsync<T>(property: fc.IAsyncProperty<T>, numRuns: number, count?: boolean): Promise<void>;
  /** Counts inputs a run checked itself (the files of a folder, say). */
  add(n: number): void;
  readonly tried: number;
  print(extra?: string): void;
}

export function tally(noun: string): Tally {
  let tried = 0;
  let failures = 0;
  const settle = <T>(details: fc.RunDetails<T>, count = true) => {
    if (count) tried += details.numRuns;
    if (details.failed) {
      failures++;
      const cause = details.errorInstance;
      const reason = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
      throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\n${reason}`, { cause });
    }
  };
  return {
    run: (property, numRuns, count) => settle(fc.check(property, { seed: SEED, numRuns }), count),
    runAsync: async (property, numRuns, count) =>
      settle(await fc.check(property, { seed: SEED, numRuns }), count),
    add: (n) => {
      tried += n;
    },
    get tried() {
      return tried;
    },
    print: (extra) => {
      const parts = [`${tried} ${noun}`, ...(extra ? [extra] : []), `${failures} failures`];
      process.stdout.write(`property tests (seed ${SEED}): ${parts.join(', ')}\n`);
    },
  };
}
