/**
 * Cold start: how long a user waits for one answer from a fresh process, the cost a CLI call or a
 * bot restart pays (tsx start-up, module loading, reading and indexing the briefing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './measure.ts';

export const COLD_START_QUESTION = 'What did Blinken say about China?';

export interface ColdStart {
  skipped: string | null;
  command: string;
  runsMs: number[];
  medianMs: number | null;
  failures: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function measureColdStart(seedsDir: string, runs: number): ColdStart {
  const args = ['run', '--silent', 'ask', '--'];
  if (seedsDir !== 'seeds') args.push('--seeds', seedsDir);
  args.push(COLD_START_QUESTION);
  const result: ColdStart = {
    skipped: null,
    command: `npm ${args.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}`,
    runsMs: [],
    medianMs: null,
    failures: 0,
  };
  if (!existsSync(new URL('../src/cli/ask.ts', import.meta.url))) {
    result.skipped = 'src/cli/ask.ts does not exist yet';
    return result;
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const ms = performance.now() - t0;
    if (run.status === 0) result.runsMs.push(ms);
    else {
      result.failures++;
      process.stderr.write(
        `bench: cold start run failed (${run.status ?? run.signal}): ${run.stderr.slice(0, 300)}\n`,
      );
    }
  }
  result.medianMs = median(result.runsMs);
  return result;
}
