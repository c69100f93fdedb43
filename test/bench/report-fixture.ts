import type { BenchReport } from '../../bench/report.ts';

/** A bench report with every section empty: a test adds the one section it formats. */
export function emptyReport(): BenchReport {
  return {
    date: 'd',
    node: 'v20',
    platform: 'linux-x64',
    cpus: 2,
    seed: 1,
    seedsDir: 'seeds',
    questionsFile: 'q',
    queries: 0,
    peerBudgetMs: 0,
    isolated: true,
    sizes: [],
    coldStart: null,
    e2e: null,
  };
}
